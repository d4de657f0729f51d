-- Mixed public reads for tools/soak.sh: every other request is a list page a portal repeats (served
-- from the cache after the first), the rest a random filter, page size and page with no-cache.
local repeated = {
  "/api/v1/ngos", "/api/v1/ngos?region=latgale", "/api/v1/experts", "/api/v1/ngos/facets",
  "/api/v1/regions", "/api/v1/support-areas", "/api/v1/ngos?q=gimenu%20atbalsts", "/api/v1/dataset",
}
local regions = { "latgale", "riga", "0001000", "0006000", "rezeknes-novads" }
local areas = { "family-support", "health", "disabilities", "parenting", "foster-care" }
local threads = {}
local counter = 0

setup = function(thread) table.insert(threads, thread) end

init = function() ok = 0; client_errors = 0; server_errors = 0 end

request = function()
  counter = counter + 1
  if counter % 2 == 0 then
    return wrk.format("GET", repeated[(counter / 2) % #repeated + 1])
  end
  local path = string.format("/api/v1/ngos?region=%s&supportArea=%s&pageSize=%d&page=%d",
    regions[math.random(#regions)], areas[math.random(#areas)], math.random(1, 100), math.random(1, 3))
  return wrk.format("GET", path, { ["Cache-Control"] = "no-cache" })
end

response = function(status)
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1
  else ok = ok + 1 end
end

done = function(summary)
  local total_ok, total_4xx, total_5xx = 0, 0, 0
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_4xx = total_4xx + t:get("client_errors")
    total_5xx = total_5xx + t:get("server_errors")
  end
  local e = summary.errors
  io.write(string.format("SOAK requests=%d ok=%d 4xx=%d 5xx=%d socket_errors=%d\n",
    summary.requests, total_ok, total_4xx, total_5xx, e.connect + e.read + e.write + e.timeout))
end
