#!/usr/bin/env bash
# Rewrites openapi/v*.json from what the app serves (in a test host on an in-memory database).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_OPENAPI=1 dotnet test --project tests/Directory.Api.Tests --filter-method "*.Committed_openapi_documents_are_what_the_service_serves" >/dev/null
git status --short openapi/
