#!/usr/bin/env bash
# Starts the API exactly as the README says, on a fresh SQLite file, and checks that it answers.
set -euo pipefail
cd "$(dirname "$0")/.."
port=5199
data=$(mktemp -d)
log="$data/run.log"
# The launch profile's environment (Development: demo data on a fresh database), on a port of its own.
ASPNETCORE_ENVIRONMENT=Development Database__ConnectionString="Data Source=$data/directory.db" \
  dotnet run --project src/Directory.Api --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "smoke: the API exited"; exit 1; fi
  sleep 1
done

body=$(curl -fs "http://127.0.0.1:$port/api/v1/ngos?region=latgale&supportArea=disabilities&pageSize=3") || { cat "$log"; echo "smoke: list failed"; exit 1; }
grep -q '"totalItems":' <<<"$body" || { echo "smoke: unexpected list body: $body"; exit 1; }
doc=$(curl -fs "http://127.0.0.1:$port/swagger/v1/swagger.json") || { echo "smoke: no OpenAPI document"; exit 1; }
grep -q '"/api/v1/ngos"' <<<"$doc" || { echo "smoke: the OpenAPI document lacks /api/v1/ngos"; exit 1; }
grep -q "Swagger UI" "$log" || { cat "$log"; echo "smoke: the run did not print where the docs are"; exit 1; }
dotnet run --project samples/MunicipalPortal --no-build -- "http://127.0.0.1:$port/" 0006000 disabilities | tee "$data/sample.log"
grep -q "NGOs working in Rēzekne" "$data/sample.log" || { echo "smoke: the sample did not list NGOs"; exit 1; }
Database__ConnectionString="Data Source=$data/directory.db" dotnet run --project src/Directory.Api --no-build --no-launch-profile -- import ngos samples/import/ngos-sample.csv --dry-run >"$data/import.log" 2>&1 \
  && grep -q "3 to create, 0 to update, 0 unchanged, 0 rejected. Dry run" "$data/import.log" || { cat "$data/import.log"; echo "smoke: the import dry run of the sample failed"; exit 1; }
key=$(Database__ConnectionString="Data Source=$data/directory.db" dotnet run --project src/Directory.Api --no-build --no-launch-profile -- keys create --name smoke --role admin | tail -1)
curl -fs "http://127.0.0.1:$port/api/v1/api-keys" -H "X-Api-Key: $key" >/dev/null || { echo "smoke: the key from 'keys create' does not work"; exit 1; }
editor=$(Database__ConnectionString="Data Source=$data/directory.db" dotnet run --project src/Directory.Api --no-build --no-launch-profile -- keys create --name quickstart --role editor | tail -1)
# The quickstart as a portal would build it: a new console project outside the repo on the packed
# client (the package, not the project), restored from the pack folder and the machine's feeds.
packed="$data/packed-quickstart"
mkdir -p "$packed/feed"
dotnet pack src/Directory.Client -c Release -o "$packed/feed" --nologo >/dev/null
version=$(ls "$packed/feed" | sed -n 's/^Lblt\.Directory\.Client\.\(.*\)\.nupkg$/\1/p')
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/lblt.directory.client/$version" # never an older pack of the same version
cp samples/ClientQuickstart/Program.cs "$packed/Program.cs"
cat >"$packed/PackedQuickstart.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <RestoreAdditionalProjectSources>$packed/feed</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Lblt.Directory.Client" Version="$version" />
  </ItemGroup>
</Project>
CSPROJ
dotnet run --project "$packed/PackedQuickstart.csproj" -- "http://127.0.0.1:$port/" "$editor" | tee "$data/quickstart.log"
grep -q "Update: shortName" "$data/quickstart.log" && grep -q "is unchanged (" "$data/quickstart.log" || { echo "smoke: the README's client quickstart, built on the packed client, did not create, patch with the ETag it was given, read the history and read again with its ETag (304)"; exit 1; }
(cd openapi && API_BASE="http://127.0.0.1:$port" API_KEY="$editor" node --test --test-reporter=dot typescript-client.test.mjs) >"$data/ts.log" 2>&1 \
  || { cat "$data/ts.log"; echo "smoke: the TypeScript client test (openapi/typescript-client.test.mjs) failed"; exit 1; }
(cd openapi && API_BASE="http://127.0.0.1:$port" node --test --test-reporter=dot dcat.test.mjs) >"$data/dcat.log" 2>&1 \
  || { cat "$data/dcat.log"; echo "smoke: the DCAT-AP record does not expand to DCAT with jsonld, or its Turtle is another graph (openapi/dcat.test.mjs)"; exit 1; }
echo "smoke: dotnet run migrated, seeded and answered on port $port; the sample listed NGOs; keys create made working keys; the README's C# quickstart (a new console project on the packed client) and the TypeScript client ran against it; its DCAT-AP record expanded as DCAT"
