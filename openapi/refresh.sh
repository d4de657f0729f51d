#!/usr/bin/env bash
# Rewrites openapi/v*.json from what the app serves (a test host on an in-memory database), then the
# TypeScript types generated from it. Review and commit openapi/ and clients/typescript/.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tools/OpenApiExport -- openapi
if [ -d openapi/node_modules ]; then (cd openapi && npm run --silent types); fi
git status --short openapi/ clients/typescript/
