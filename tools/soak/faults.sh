#!/usr/bin/env bash
# Hostile requests and storage faults against a running API (BASE, an editor KEY, the SQLite file DB).
# Prints one table row per fault with the answer it got; exits 1 when an answer is not the expected one.
set -uo pipefail
bad=0
row() { # $1 = fault, $2 = expected ("ok" takes any "ok: …" from only), $3 = got
  if [ "$2" = "$3" ] || { [ "$2" = ok ] && [[ $3 == ok:* ]]; }; then echo "| $1 | $3 |"; else echo "| $1 | **$3** (expected $2) |"; bad=1; fi
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
type_of() { curl -s -o /dev/null -w '%{http_code} %{content_type}' "$@"; }

row "HTTP/1.0 without Host" "400 application/problem+json" "$(type_of --http1.0 -H 'Host:' "$BASE/api/v1/ngos")"
row "Host: a!b" "400 application/problem+json" "$(type_of -H 'Host: a!b' "$BASE/api/v1/dataset")"
row "POST without a key, Accept: text/html" "401 application/problem+json" "$(type_of -X POST -H 'Accept: text/html' -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/ngos")"
row "X-Forwarded-Host: evil.example (no proxy configured)" "links unchanged" \
  "$(curl -s -H 'X-Forwarded-Host: evil.example' -H 'X-Forwarded-Proto: https' "$BASE/api/v1/ngos?pageSize=1" | grep -q evil.example && echo 'evil.example in links' || echo 'links unchanged')"
row "HEAD /api/v1/ngos" "200" "$(status -I "$BASE/api/v1/ngos")"
row "/api/v2/ngos" "404 application/problem+json" "$(type_of "$BASE/api/v2/ngos")"
row "misspelt parameter regoin=latgale" "400" "$(status "$BASE/api/v1/ngos?regoin=latgale")"
row "page=abc" "400" "$(status "$BASE/api/v1/ngos?page=abc")"
row "language=xx" "400" "$(status "$BASE/api/v1/ngos?language=xx")"
row "\"socialLinks\": [null] in a PATCH" "400" "$(status -X PATCH -H "X-Api-Key: $KEY" -H 'If-Match: *' -H 'Content-Type: application/merge-patch+json' -d '{"socialLinks":[null]}' "$BASE/api/v1/ngos/abelu-varti")"
row "[null] as a JSON import" "400" "$(status -X POST -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d '[null]' "$BASE/api/v1/imports")"

# "ok" when every status on standard input matches $1 (a|b|c), else the statuses with their counts.
only() {
  local codes; codes=$(sort | uniq -c | awk '{ printf "%s:%s ", $2, $1 }')
  if echo "$codes" | tr ' ' '\n' | grep -v '^$' | cut -d: -f1 | grep -qvE "^($1)$"; then echo "unexpected: $codes"; else echo "ok: ${codes% }"; fi
}
row "4 full HSDS NDJSON dumps at once (export limit, 2 open at once)" "ok" \
  "$(for _ in 1 2 3 4; do curl -s -o /dev/null -w '%{http_code}\n' "$BASE/hsds/organizations?format=ndjson&full_service=true" & done | only '200|429'; wait)"
row "200 requests with an unknown API key" "ok" \
  "$(for _ in $(seq 1 200); do curl -s -o /dev/null -w '%{http_code}\n' -H 'X-Api-Key: lblt_unknown' "$BASE/api/v1/ngos?pageSize=1"; done | only '401|429')"
number=$(curl -s "$BASE/api/v1/ngos/abelu-varti" | grep -o '"registrationNumber":"[0-9]*"' | grep -o '[0-9]\{11\}')
race_import='[{"slug":"abelu-varti","name":"Ābeļu vārti","legalForm":"association","registrationNumber":"'$number'","descriptionLv":"Atbalsts ģimenēm no importa.","registeredMunicipality":"0006000","address":"Skolas iela 1","postalCode":"LV-4601","workAreas":["0006000"],"supportAreas":["parenting"],"targetGroups":["parents"],"languages":["lv"],"status":"published"}]'
row "an import racing a PATCH of the same NGO, ×10" "ok" \
  "$(for i in $(seq 1 10); do
      curl -s -o /dev/null -w 'import %{http_code}\n' -X POST -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d "$race_import" "$BASE/api/v1/imports" &
      curl -s -o /dev/null -w 'patch %{http_code}\n' -X PATCH -H "X-Api-Key: $KEY" -H 'If-Match: *' -H 'Content-Type: application/merge-patch+json' -d "{\"shortName\":\"Race $i\"}" "$BASE/api/v1/ngos/abelu-varti" &
      wait
    done | tr ' ' '_' | only 'import_(200|409|429)|patch_(200|409|412)')"

# The database file moved away: writes 503, reads from memory, not ready; moved back: all well, no restart.
mv "$DB" "$DB.away"
row "database file moved away: POST" "503" "$(status -X POST -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/ngos")"
row "database file moved away: GET /api/v1/ngos" "200" "$(status "$BASE/api/v1/ngos")"
row "database file moved away: /health/ready" "503" "$(status "$BASE/health/ready")"
row "database file moved away: no new file created" "none" "$([ -e "$DB" ] && echo 'a file appeared' || echo none)"
mv "$DB.away" "$DB"
row "database file back: /health/ready" "200" "$(status "$BASE/health/ready")"
row "database file back: PATCH" "200" "$(status -X PATCH -H "X-Api-Key: $KEY" -H 'If-Match: *' -H 'Content-Type: application/merge-patch+json' -d '{"shortName":"Back"}' "$BASE/api/v1/ngos/abelu-varti")"
exit "$bad"
