#!/usr/bin/env bash
# Benchmark harness: builds Release, generates the demo data set, starts the API and nginx serving the
# same response bytes, runs wrk with fixed settings for every scenario, and prints a table (also written
# to bench/results/latest.md). Usage: bench/run.sh [--smoke]
#   full:    400 and 100,000 NGOs, wrk -t2 -c32 -d10s per scenario after a 5 s warm-up (minutes; not part of CI)
#   --smoke: 400 NGOs, wrk -t1 -c4 -d1s (seconds; run by .ci/run so the harness cannot rot)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
smoke=false
[ "${1:-}" = "--smoke" ] && smoke=true

if $smoke; then sizes=(400); threads=1; connections=4; duration=1s; warmup=""; else sizes=(400 100000); threads=2; connections=32; duration=10s; warmup=5s; fi
# BENCH_SIZES="100000" runs only those sizes (a partial run: the table is printed, not written to latest.md).
partial=false
if [ -n "${BENCH_SIZES:-}" ]; then read -r -a sizes <<<"$BENCH_SIZES"; partial=true; fi

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light
need curl curl
need python3 python3

work=$(mktemp -d)
api_port=5301
nginx_port=5302
api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building Release…" >&2
dotnet publish src/Directory.Api -c Release -o "$work/app" --nologo -v q >/dev/null

# nginx serves a folder of files holding exactly the bytes the API answered.
mkdir -p "$work/www" "$work/nginx"
chmod 755 "$work" "$work/www"  # nginx workers run unprivileged
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nginx_port; root $work/www; etag on;
    # The API's Brotli bytes, served as they are (the same bytes on the wire).
    location ~ \.br\.json\$ { add_header Content-Encoding br; add_header Vary Accept-Encoding; }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf"

# The GC budget the image sets (Dockerfile): the API is measured as it ships.
gen0size=$(sed -n 's/.*DOTNET_GCgen0size=\(0x[0-9a-fA-F]*\).*/\1/p' Dockerfile)
[ -n "$gen0size" ] || { echo "the Dockerfile sets no DOTNET_GCgen0size" >&2; exit 1; }

start_api() { # $1 = database file, $2 = NGO count, $3 = expert count; sets api_pid and ready_seconds
  DOTNET_GCgen0size="$gen0size" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
  Database__ConnectionString="Data Source=$1" Database__SeedDemoData=true Database__DemoNgoCount="$2" Database__DemoExpertCount="$3" \
  RateLimits__Anonymous__PermitLimit=1000000000 RateLimits__Export__PermitLimit=1000000 Logging__LogLevel__Default=Warning \
    "$work/app/Directory.Api" >>"$work/api.log" 2>&1 &
  api_pid=$!
  local started=$(date +%s.%N)
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1; then
      ready_seconds=$(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)")
      return 0
    fi
    sleep 0.1
  done
  cat "$work/api.log" >&2; echo "the API did not get ready" >&2; exit 1
}

stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""; }

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$api_pid/status"; }

to_ms() { # wrk latency like 1.23ms, 456.00us, 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

run_wrk() { # $1 = url, then extra wrk args; prints "req/s p50ms p99ms"
  local url=$1; shift
  local out
  # The same request unmeasured first, so that both servers are measured warm (the API's JIT has tiered up).
  if [ -n "$warmup" ]; then wrk -t"$threads" -c"$connections" -d"$warmup" "$@" "$url" >/dev/null; fi
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  echo "$rps $p50 $p99"
}

rows=()
add_row() { rows+=("$*"); }

# The issue's targets: $1 = "ratio>=X", "p99<=MS", "ready<=S", "rows>=N" or "" (none at this size), $2 = the
# measured value; at 100,000 NGOs every row also checks resident memory. Prints the table's target cell.
target() {
  $smoke && { echo "(smoke)"; return; }
  local spec=$1 value=$2 text="" ok=1 limit
  case $spec in
    ratio\>=*) limit=${spec#ratio>=}; text="≥ ${limit}× nginx"; ok=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v >= l) }') ;;
    p99\<=*) limit=${spec#p99<=}; text="p99 ≤ ${limit} ms"; ok=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v <= l) }') ;;
    ready\<=*) limit=${spec#ready<=}; text="≤ ${limit} s"; ok=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v <= l) }') ;;
    rows\>=*) limit=${spec#rows>=}; text="≥ ${limit} rows/s"; ok=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v >= l) }') ;;
    cpu\<=*) limit=${spec#cpu<=}; text="≤ ${limit} s CPU"; ok=$(awk -v v="$value" -v l="$limit" 'BEGIN { print (v <= l) }') ;;
  esac
  if [ "$current_size" -ge 100000 ]; then
    text="${text:+$text, }RSS ≤ 400 MB"
    [ "$(rss_mb)" -le 400 ] || ok=0
  fi
  if [ -z "$text" ]; then echo "—"; elif [ "$ok" = 1 ]; then echo "$text: met"; else echo "$text: **not met**"; fi
}

scenario() { # $1 = name, $2 = path, $3 = mode: conditional (If-None-Match), cached (repeated page), brotli (repeated page, Accept-Encoding: br) or uncached (Cache-Control: no-cache), $4 = target
  local name=$1 path=$2 mode=$3 goal=${4:-} file coding=() suffix=.json
  if [ "$mode" = brotli ]; then coding=(-H "Accept-Encoding: br"); suffix=.br.json; fi
  file="$work/www/$(echo "$name" | tr -c 'a-zA-Z0-9' '_')$suffix"
  curl -fs "${coding[@]}" -D "$file.headers" -o "$file" "http://127.0.0.1:$api_port$path"
  chmod 644 "$file"
  local etag nginx_etag api nginx note
  note="$(stat -c %s "$file") bytes"
  if [ "$mode" = brotli ]; then
    grep -qi '^content-encoding: br' "$file.headers" || { echo "the API did not answer $path in Brotli" >&2; exit 1; }
    local limit=20480
    note="$note on the wire ($(curl -fs "http://127.0.0.1:$api_port$path" | wc -c) uncompressed); ≤ 20 KB: $([ "$(stat -c %s "$file")" -le $limit ] && echo met || echo '**not met**')"
  fi
  if [ "$mode" = conditional ]; then
    etag=$(awk 'tolower($1) == "etag:" { print $2 }' "$file.headers" | tr -d '\r')
    nginx_etag=$(curl -fsI "http://127.0.0.1:$nginx_port/$(basename "$file")" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
    api=$(run_wrk "http://127.0.0.1:$api_port$path" -H "If-None-Match: $etag")
    nginx=$(run_wrk "http://127.0.0.1:$nginx_port/$(basename "$file")" -H "If-None-Match: $nginx_etag")
  elif [ "$mode" = uncached ]; then
    api=$(run_wrk "http://127.0.0.1:$api_port$path" -H "Cache-Control: no-cache")
    nginx=$(run_wrk "http://127.0.0.1:$nginx_port/$(basename "$file")")
  else
    api=$(run_wrk "http://127.0.0.1:$api_port$path" "${coding[@]}")
    nginx=$(run_wrk "http://127.0.0.1:$nginx_port/$(basename "$file")" "${coding[@]}")
  fi
  read -r api_rps api_p50 api_p99 <<<"$api"
  read -r nginx_rps _ _ <<<"$nginx"
  local ratio
  ratio=$(awk -v a="$api_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')
  local measured=$ratio
  [[ $goal == p99* ]] && measured=$api_p99
  add_row "| $current_size | $name | $(printf '%.0f' "$api_rps") | $api_p50 | $api_p99 | $(printf '%.0f' "$nginx_rps") | $ratio | $(rss_mb) | $note | $(target "$goal" "$measured") |"
  echo "  $name: $(printf '%.0f' "$api_rps") req/s (nginx $(printf '%.0f' "$nginx_rps"), ratio $ratio), p99 $api_p99 ms" >&2
}

# The q rows above repeat one query, whose parse and matches the API keeps (as Lucene keeps a query's bit
# set); here each request asks a pair of words drawn at random (bench/distinct-q.lua), mostly new queries
# of known words. No nginx counterpart: the row is for reading beside the repeated ones.
distinct_queries() {
  local rps p50 p99
  read -r rps p50 p99 < <(run_wrk "http://127.0.0.1:$api_port/" -s "$root/bench/distinct-q.lua" -H "Cache-Control: no-cache")
  add_row "| $current_size | uncached q: a different pair of words each request | $(printf '%.0f' "$rps") | $p50 | $p99 | | | $(rss_mb) | 2,304 pairs of 48 words in random order (bench/distinct-q.lua) | — |"
  echo "  uncached q, a different pair each request: $(printf '%.0f' "$rps") req/s, p99 $p99 ms" >&2
}

# One anonymous client's minute of quota (300 requests) spent on the costliest query there is: twelve
# long words, each misspelt, a different set each request. Resident CPU seconds of the API process for the
# 300 (utime + stime from /proc); the issue's bound: ≤ 2 s. $1 = target ("cpu<=2" or "").
typo_quota() {
  local before after seconds
  python3 - "$work/typo-urls" <<'PY'
import random, sys, urllib.parse
words = ["invaliditāte", "ģimenēm", "atbalstu", "bērniem", "konsultācijas", "psiholoģiskā", "nodarbības",
         "jauniešiem", "vecākiem", "audžuģimenes", "rehabilitācija", "izglītība"]
rng = random.Random(7)
def typo(word, i):  # one letter replaced by another, both drawn at random: a new word nearly every time
    k = rng.randrange(1, len(word) - 1)
    return word[:k] + rng.choice([c for c in "abcdefghijklmnoprstuvzāčēģīķļņšūž" if c != word[k]]) + word[k + 1:]
with open(sys.argv[1], "w") as f:
    for i in range(300):
        q = " ".join(typo(w, i + j) for j, w in enumerate(words))
        f.write("/api/v1/ngos?q=" + urllib.parse.quote(q) + "\n")
PY
  cpu() { awk '{ print $14 + $15 }' "/proc/$api_pid/stat"; }
  before=$(cpu)
  while read -r url; do curl -fs -o /dev/null -H 'Cache-Control: no-cache' "http://127.0.0.1:$api_port$url"; done <"$work/typo-urls"
  after=$(cpu)
  seconds=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }')
  add_row "| $current_size | q: twelve typo words, a minute's anonymous quota (300 requests) | | | | | | $(rss_mb) | ${seconds} s of CPU for the 300 | $(target "$1" "$seconds") |"
  echo "  twelve typo words x 300: ${seconds} s CPU" >&2
}

# Uncached filtered pages while an editor PATCHes a profile 5 times a second: readers must not wait for the
# read model to take the writes in, and each write must show in a list read right after its answer.
# $1 = database file, $2 = the p99 target of this size.
reads_while_writing() {
  local db=$1 goal=$2 key out stop=$work/stop-writes slugs
  key=$(ASPNETCORE_ENVIRONMENT=Production Database__ConnectionString="Data Source=$db" "$work/app/Directory.Api" keys create --name bench --role editor 2>/dev/null | tail -1)
  # Fifty profiles in turn: a write is not overwritten by the next before its visibility is read.
  mapfile -t slugs < <(curl -fs "http://127.0.0.1:$api_port/api/v1/ngos?pageSize=50&sort=-name" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4)
  rm -f "$stop" "$work/visibility"
  # One PATCH every 0.2 s, each in its own process, so that the rate holds however long a write takes.
  write_once() { # $1 = n
    curl -fs -o /dev/null -X PATCH -H "X-Api-Key: $key" -H 'If-Match: *' -H 'Content-Type: application/merge-patch+json' \
      -d "{\"shortName\":\"benchw${1}x\"}" "http://127.0.0.1:$api_port/api/v1/ngos/${slugs[$(($1 % ${#slugs[@]}))]}"
    # The next read on this instance: how long after the write's answer until it shows in a list (0 when at once).
    local start seen=0
    start=$(date +%s%N)
    for _ in $(seq 1 100); do
      # The name itself, not a near one: q forgives typos, so an earlier write's name could answer too.
      curl -fs -H 'Cache-Control: no-cache' "http://127.0.0.1:$api_port/api/v1/ngos?q=benchw${1}x&pageSize=1" | grep -q "\"shortName\":\"benchw${1}x\"" && { seen=1; break; }
      sleep 0.01
    done
    echo "$(( ($(date +%s%N) - start) / 1000000 )) $seen" >>"$work/visibility"
  }
  (
    n=0
    while [ ! -e "$stop" ]; do
      n=$((n + 1))
      write_once "$n" &
      sleep 0.2
    done
    wait
  ) &
  local writer=$!
  out=$(run_wrk "http://127.0.0.1:$api_port/api/v1/ngos?region=latgale&supportArea=family-support&sort=name&page=2" -H "Cache-Control: no-cache")
  touch "$stop"
  wait "$writer" 2>/dev/null || true
  read -r rps p50 p99 <<<"$out"
  local writes worst unseen
  writes=$(wc -l <"$work/visibility")
  worst=$(awk 'BEGIN { m = 0 } $1 > m { m = $1 } END { print m }' "$work/visibility")
  unseen=$(awk '$2 == 0' "$work/visibility" | wc -l)
  local verdict="—"
  if ! $smoke && [ -n "$goal" ]; then
    verdict=$(target "$goal" "$p99")
    if [ "$unseen" -gt 0 ] || [ "$worst" -gt 1000 ]; then verdict="$verdict; writes visible within 1 s: **not met**"; else verdict="$verdict; writes visible within 1 s: met"; fi
  fi
  add_row "| $current_size | uncached filtered list while ~5 PATCHes/s arrive | $(printf '%.0f' "$rps") | $p50 | $p99 | | | $(rss_mb) | $writes writes, each visible to the next read after ${worst} ms at most, $unseen never | $verdict |"
  echo "  reads while writing: $(printf '%.0f' "$rps") req/s, p99 $p99 ms; $writes writes, visible after ≤ ${worst} ms" >&2
}

# A 5,000-row CSV import (half the rows change exported NGOs, half are new), dry run then written, on a
# directory of this size: rows per second for each, and resident memory after. $1 = database file, $2 = target.
import_rows() {
  local db=$1 goal=$2 key file=$work/import.csv
  key=$(ASPNETCORE_ENVIRONMENT=Production Database__ConnectionString="Data Source=$db" "$work/app/Directory.Api" keys create --name bench-import --role editor 2>/dev/null | tail -1)
  curl -fs "http://127.0.0.1:$api_port/api/v1/ngos/export?format=csv" -o "$work/export.csv"
  python3 - "$work/export.csv" "$file" <<'PY'
import csv, sys
weights = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]
def complete(ten):  # the Latvian registration number's check digit (Domain/RegistrationNumber.cs)
    for d in range(10):
        n = ten + str(d)
        if sum(w * int(c) for w, c in zip(weights, n)) % 11 == 3:
            return n
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
changed = [dict(r, descriptionLv=r["descriptionLv"] + " Atjaunots.") for r in rows[:2500]]
new, i = [], 0
while len(new) < 2500:
    r = rows[i % len(rows)]; i += 1
    number = complete("49" + f"{i:08d}")
    if number:
        new.append(dict(r, slug=f"{r['slug'][:100]}-imp{i}", name=f"{r['name']} {i}", registrationNumber=number))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader(); w.writerows(changed + new)
PY
  local lines mode start seconds rate status
  lines=$(($(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8", newline=""))))' "$file") - 1))
  # One dry run first, unreported, as wrk warms up before each scenario: the first import compiles its code paths.
  curl -fs -o /dev/null -X POST -H "X-Api-Key: $key" -H 'Content-Type: text/csv' --data-binary "@$file" "http://127.0.0.1:$api_port/api/v1/imports?dryRun=true"
  for mode in true false; do
    start=$(date +%s.%N)
    status=$(curl -s -o "$work/import-report.json" -w '%{http_code}' -X POST -H "X-Api-Key: $key" -H 'Content-Type: text/csv' \
      --data-binary "@$file" "http://127.0.0.1:$api_port/api/v1/imports?dryRun=$mode")
    seconds=$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")
    [ "$status" = 200 ] || { head -c 2000 "$work/import-report.json" >&2; echo "the import answered $status" >&2; exit 1; }
    rate=$(awk -v r="$lines" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
    local what=$([ "$mode" = true ] && echo "dry run" || echo "written in one transaction")
    local counts
    counts=$(grep -oE '"(created|updated|unchanged|rejected)":[0-9]+' "$work/import-report.json" | tr '\n' ' ')
    add_row "| $current_size | CSV import of $lines rows, $what | $rate rows/s | | | | | $(rss_mb) | ${seconds}s; $counts | $(target "$goal" "$rate") |"
    echo "  import ($what): $rate rows/s" >&2
  done
  # The floor under the written row: its statements alone, in SQLite, without the API.
  local written
  read -r seconds rate written < <(python3 "$root/bench/import-floor.py" "$db")
  add_row "| $current_size | the written import's statements alone (bench/import-floor.py: SQLite, no API) | $rate rows/s | | | | | | $written rows in ${seconds}s: the database's share of a written import | — |"
  echo "  import floor: $rate rows/s" >&2
}

for size in "${sizes[@]}"; do
  current_size=$size
  experts=$(( size >= 100000 ? 20000 : 80 ))
  db="$work/directory-$size.db"
  echo "Seeding $size NGOs and $experts experts…" >&2
  start_api "$db" "$size" "$experts"
  seed_seconds=$ready_seconds
  stop_api
  start_api "$db" "$size" "$experts"
  ready=$ready_seconds
  add_row "| $size | start to ready (data in place) | | | | | | $(rss_mb) | ${ready}s (seeding took ${seed_seconds}s) | $(target "$([ "$size" -ge 100000 ] && echo "ready<=15")" "$ready") |"
  echo "  ready in ${ready}s (seeding took ${seed_seconds}s)" >&2

  if [ "$size" -ge 100000 ]; then list=p99\<=25 facets=p99\<=50 search=p99\<=50; else list=ratio\>=0.3 facets=ratio\>=0.3 search=""; fi
  scenario "304 on a list page" "/api/v1/ngos?region=latgale" conditional "ratio>=0.6"
  scenario "repeated list page" "/api/v1/ngos" cached "ratio>=0.6"
  scenario "repeated 100-item page, Brotli" "/api/v1/ngos?pageSize=100" brotli "ratio>=0.6"
  scenario "uncached filtered list (region+area+sort+page 2)" "/api/v1/ngos?region=latgale&supportArea=family-support&sort=name&page=2" uncached "$list"
  scenario "uncached expert list (region+expertise)" "/api/v1/experts?region=riga&expertise=health&sort=name" uncached "$list"
  scenario "uncached facets (region)" "/api/v1/ngos/facets?region=latgale" uncached "$facets"
  scenario "uncached q search" "/api/v1/ngos?q=gimenu%20atbalsts" uncached "$search"
  # Two inflected words (dative plural, accusative), then a typo in a long word (two edits allowed).
  scenario "uncached q: two inflected words (ģimenēm atbalstu)" "/api/v1/ngos?q=%C4%A3imen%C4%93m%20atbalstu" uncached "$search"
  scenario "uncached q: a typo (invalidtātes)" "/api/v1/ngos?q=invalidt%C4%81tes" uncached "$search"
  # Everyday words: a lead-in term, a place (local NGOs, then the nationwide ones), no profile matching
  # every word (the most that match together answer), and a word that matches nothing (a suggestion).
  scenario "uncached q: a lead-in term (psihologs)" "/api/v1/ngos?q=psihologs" uncached "$search"
  scenario "uncached q: a place (Latgalē)" "/api/v1/ngos?q=Latgal%C4%93" uncached "$search"
  scenario "uncached q: a partial match (psihologs Latgalē zzqv)" "/api/v1/ngos?q=psihologs%20Latgal%C4%93%20zzqv" uncached "$search"
  scenario "uncached q: a suggestion (mējaklis)" "/api/v1/ngos?q=m%C4%93jaklis" uncached "$search"
  distinct_queries
  typo_quota "$([ "$size" -ge 100000 ] && echo "cpu<=2")"
  scenario "uncached HSDS services page (modified_after, page 2)" "/hsds/services?modified_after=2025-01-01&page=2" uncached "$list"

  reads_while_writing "$db" "$([ "$size" -ge 100000 ] && echo "p99<=25")"
  if [ "$size" -ge 100000 ] || $smoke; then import_rows "$db" "$([ "$size" -ge 100000 ] && echo "rows>=5000")"; fi

  if [ "$size" -ge 100000 ] || $smoke; then
    start=$(date +%s.%N)
    exported=$(curl -fs "http://127.0.0.1:$api_port/api/v1/ngos/export?format=csv" | wc -l)
    seconds=$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")
    rate=$(awk -v r="$exported" -v s="$seconds" 'BEGIN { printf "%.0f", (r - 1) / s }')
    add_row "| $size | CSV export | $rate rows/s | | | | | $(rss_mb) | $((exported - 1)) rows in ${seconds}s | $(target "$([ "$size" -ge 100000 ] && echo "rows>=50000")" "$rate") |"
  fi

  stop_api
done

# Issue 25, item 5: the word index and ranking against Lucene.Net's index and queries, in one process on
# the same demo profiles (bench/SearchEngines; it fails if the two engines answer differently).
echo "Comparing the word index with Lucene.Net…" >&2
dotnet build bench/SearchEngines -c Release --nologo -v q >/dev/null
engines=$(dotnet run -c Release --no-build --project bench/SearchEngines -- "${sizes[@]}" --iterations "$($smoke && echo 50 || echo 300)")

machine="$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(uname -sr), $(dotnet --version) SDK, nginx $(nginx -v 2>&1 | cut -d/ -f2), wrk -t$threads -c$connections -d$duration, loopback"
table="| NGOs | scenario | API req/s | p50 ms | p99 ms | nginx req/s | ratio | RSS MB | notes | target |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
$(printf '%s\n' "${rows[@]}")"

echo
echo "$table"
echo
echo "$engines"
if ! $smoke && ! $partial; then
  mkdir -p bench/results
  { echo "# Benchmark: $(date -u +%Y-%m-%dT%H:%MZ)"; echo; echo "Machine: $machine"; echo; echo "$table"; echo; echo "## Word index: hand-built and Lucene.Net"; echo; echo "$engines"; } >bench/results/latest.md
  echo "Written to bench/results/latest.md" >&2
fi
