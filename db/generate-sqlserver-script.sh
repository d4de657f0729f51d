#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script that DBAs apply (db/sqlserver/migrate.sql).
# A test fails when the committed script no longer matches the migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/Directory.Infrastructure --startup-project src/Directory.Infrastructure \
  --context SqlServerDirectoryDbContext --output db/sqlserver/migrate.sql
