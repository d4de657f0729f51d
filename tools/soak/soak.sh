#!/usr/bin/env bash
# Reliability soak: the Release build on a fresh SQLite file with the demo data, then
#   1. mixed public reads (half uncached) at 64 connections (wrk), with one PATCH every 0.5 s and, half
#      way, a burst of identical concurrent POSTs (with and without one Idempotency-Key) and imports;
#   2. hostile requests and faults, each with the answer it got (tools/soak/faults.sh): among them full
#      NDJSON dumps at once, a flood of unknown keys and an import racing a PATCH of the same NGO;
#   3. kill -9 in the middle of a 5,000-row import, a restart, PRAGMA integrity_check and all-or-nothing.
# Prints a summary; fails when any request got a 5xx or an unexpected answer.
# Usage: tools/soak/soak.sh [--short]   full: 60 s of load (README's Reliability section); --short: 8 s (CI)
set -euo pipefail
cd "$(dirname "$0")/../.."
short=false
[ "${1:-}" = "--short" ] && short=true
duration=60
$short && duration=8

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need sqlite3 sqlite3
need curl curl

work=$(mktemp -d)
port=5311
base="http://127.0.0.1:$port"
db="$work/directory.db"
api_pid=""
failures=()
cleanup() {
  [ -n "$api_pid" ] && kill -9 "$api_pid" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { failures+=("$*"); echo "UNEXPECTED: $*" >&2; }

echo "Building Release…" >&2
dotnet publish src/Directory.Api -c Release -o "$work/app" --nologo -v q >/dev/null

# Limits high enough that the load measures the service, not the rate limiter (which tests cover).
run_app() {
  exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" Database__ConnectionString="Data Source=$db" Database__SeedDemoData=true \
  RateLimits__Anonymous__PermitLimit=1000000000 RateLimits__Editor__PermitLimit=1000000000 RateLimits__Export__PermitLimit=1000000 \
  Logging__LogLevel__Default=Warning "$work/app/Directory.Api" "$@"
}
start_api() {
  if curl -s -o /dev/null "$base/health/live"; then echo "something already answers on $base" >&2; exit 1; fi
  run_app >>"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$base/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  cat "$work/api.log" >&2; echo "the API did not get ready" >&2; exit 1
}
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$api_pid/status"; }

start_api
key=$(run_app keys create --name soak --role editor 2>/dev/null | tail -1)
auth=(-H "X-Api-Key: $key")
rss_start=$(rss_mb)
echo "Ready (RSS $rss_start MB); $duration s of mixed reads at 64 connections, a PATCH every 0.5 s, a burst half way" >&2

# One PATCH every 0.5 s, each with the ETag just read; prints one status a line.
patch_loop() {
  local end=$(( $(date +%s) + duration )) n=0 etag
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    etag=$(curl -s -D - -o /dev/null "${auth[@]}" "$base/api/v1/ngos/abelu-varti" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
    curl -s -o /dev/null -w '%{http_code}\n' -X PATCH "${auth[@]}" -H 'Content-Type: application/merge-patch+json' \
      -H "If-Match: $etag" -d "{\"shortName\":\"Soak $n\"}" "$base/api/v1/ngos/abelu-varti"
    sleep 0.5
  done
}

ngo_body() { # $1 = slug, $2 = registration number
  printf '{"slug":"%s","name":"Soak %s","legalForm":"association","registrationNumber":"%s","descriptionLv":"Atbalsts ģimenēm.","registeredMunicipality":"0006000","address":"Skolas iela 1","postalCode":"LV-4601","workAreas":["0006000"],"supportAreas":["parenting"],"targetGroups":["parents"],"languages":["lv"],"email":"%s@soak.example","status":"published"}' "$1" "$1" "$2" "$1"
}

# Valid registration numbers (weighted sum 3 mod 11) from a prefix and a counter.
registration() { # $1 = 9-digit stem
  awk -v s="$1" 'BEGIN { split("9 1 4 8 3 10 2 5 7 6", w, " "); t = 0; n = "4" s;
    for (i = 1; i <= 10; i++) t += w[i] * substr(n, i, 1); c = (3 - t % 11 + 11) % 11; if (c < 10) print n c }'
}
registrations() { # $1 = count, $2 = first stem; one valid number a line
  local stem=$2 found=0 number
  while [ "$found" -lt "$1" ]; do
    number=$(registration "$stem")
    [ -n "$number" ] && { echo "$number"; found=$((found + 1)); }
    stem=$((stem + 1))
  done
}

burst() { # identical POSTs and imports at once; prints "kind status" lines
  sleep $((duration / 2))
  local keyed plain import
  mapfile -t numbers < <(registrations 4 950000000)
  keyed=$(ngo_body soak-keyed "${numbers[0]}")
  plain=$(ngo_body soak-plain "${numbers[1]}")
  import="[$(ngo_body soak-import-1 "${numbers[2]}"),$(ngo_body soak-import-2 "${numbers[3]}")]"
  for _ in 1 2 3 4; do
    curl -s -o /dev/null -w 'keyed %{http_code}\n' -X POST "${auth[@]}" -H 'Content-Type: application/json' -H 'Idempotency-Key: soak-1' -d "$keyed" "$base/api/v1/ngos" &
    curl -s -o /dev/null -w 'plain %{http_code}\n' -X POST "${auth[@]}" -H 'Content-Type: application/json' -d "$plain" "$base/api/v1/ngos" &
  done
  for _ in 1 2 3; do
    curl -s -o /dev/null -w 'import %{http_code}\n' -X POST "${auth[@]}" -H 'Content-Type: application/json' -d "$import" "$base/api/v1/imports" &
  done
  wait
}

patch_loop >"$work/patches" &
patch_pid=$!
burst >"$work/burst" &
burst_pid=$!
wrk -t2 -c64 -d"${duration}s" --latency -s tools/soak/reads.lua "$base" >"$work/wrk" 2>&1
wait "$patch_pid" "$burst_pid"
rss_end=$(rss_mb)

read -r requests ok c4 c5 socket < <(awk '/^SOAK/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); printf "%s ", kv[2] } print "" }' "$work/wrk")
rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk")
[ "$c4" = 0 ] && [ "$c5" = 0 ] && [ "$socket" = 0 ] || fail "reads: $c4 × 4xx, $c5 × 5xx, $socket socket errors"
patches=$(wc -l <"$work/patches")
patch_bad=$(grep -vc '^200$' "$work/patches" || true)
[ "$patch_bad" = 0 ] || fail "PATCH: $patch_bad of $patches not 200 ($(sort "$work/patches" | uniq -c | tr '\n' ' '))"
burst_summary=$(sort "$work/burst" | uniq -c | awk '{ printf "%s %s×%s, ", $2, $1, $3 }' | sed 's/, $//')
grep -E '^(keyed (201|409)|plain (201|400|409)|import (200|409|422|429))$' -vc "$work/burst" >/dev/null && fail "burst answers: $burst_summary"
[ "$(grep -c '^plain 201$' "$work/burst")" = 1 ] || fail "burst: identical POSTs without a key did not create exactly one"
burst_5xx=$(grep -c ' 5[0-9][0-9]$' "$work/burst" || true)

echo "Faults…" >&2
faults=$(BASE="$base" KEY="$key" DB="$db" bash tools/soak/faults.sh) || fail "a fault got an unexpected answer"

echo "kill -9 during a 5,000-row import…" >&2
csv="$work/import.csv"
{
  echo "slug;name;shortName;legalForm;registrationNumber;descriptionLv;descriptionEn;registeredMunicipality;address;postalCode;nationwide;workAreas;supportAreas;targetGroups;languages;email;phone;website;socialLinks;isMember;status"
  registrations 5000 960000000 | awk '{ printf "soak-kill-%d;Soak kill %d;;association;%s;Atbalsts ģimenēm.;;0006000;Skolas iela 1;LV-4601;nē;0006000;parenting;parents;lv;k%d@soak.example;+37164600000;;;nē;published\n", NR, NR, $1, NR }'
} >"$csv"
curl -s -o /dev/null -X POST "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$csv" "$base/api/v1/imports" &
import_pid=$!
# Kill once the import's transaction is writing: its pages spill into the write-ahead log before it commits.
for _ in $(seq 1 600); do
  [ "$(stat -c %s "$db-wal" 2>/dev/null || echo 0)" -gt 1000000 ] && break
  kill -0 "$import_pid" 2>/dev/null || break
  sleep 0.05
done
wal_bytes=$(stat -c %s "$db-wal" 2>/dev/null || echo 0)
import_running=$(kill -0 "$import_pid" 2>/dev/null && echo yes || echo no)
kill -9 "$api_pid"
{ wait "$api_pid"; } 2>/dev/null || true
wait "$import_pid" 2>/dev/null || true
api_pid=""
integrity=$(sqlite3 "$db" "PRAGMA integrity_check")
start_api
killed_rows=$(sqlite3 "$db" "SELECT count(*) FROM Ngos WHERE Slug LIKE 'soak-kill-%'")
[ "$integrity" = ok ] || fail "integrity_check after kill -9: $integrity"
[ "$killed_rows" = 0 ] || [ "$killed_rows" = 5000 ] || fail "import after kill -9 left $killed_rows of 5000 rows"
[ "$import_running" = yes ] || fail "the import had finished before the kill; the kill tested nothing"

summary=$(cat <<SUMMARY

Soak ($duration s, wrk -t2 -c64, one PATCH every 0.5 s; $(nproc) cores, $(dotnet --version) SDK)
| what | result |
| --- | --- |
| mixed reads (half uncached) | $requests requests, $rps req/s, p99 $p99; $ok 2xx/3xx, $c4 × 4xx, $c5 × 5xx, $socket socket errors |
| PATCH every 0.5 s | $patches PATCHes, $patch_bad not 200 |
| burst: 4 POSTs with one Idempotency-Key, 4 identical POSTs, 3 identical imports | $burst_summary; $burst_5xx × 5xx |
| RSS | $rss_start MB at start, $rss_end MB at the end |
| kill -9 while a 5,000-row import was writing (still running: $import_running, write-ahead log at $wal_bytes bytes), restart | integrity_check: $integrity; rows of the import after restart: $killed_rows (all or nothing) |
$faults
SUMMARY
)
echo "$summary"
if ! $short; then
  mkdir -p tools/soak/results
  { echo "# Soak: $(date -u +%Y-%m-%dT%H:%MZ)"; echo "$summary"; } >tools/soak/results/latest.md
  echo "Written to tools/soak/results/latest.md" >&2
fi

if [ "${#failures[@]}" -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
