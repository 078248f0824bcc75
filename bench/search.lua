-- wrk script for bench/search.sh: GET /api/v1/search for each query of the
-- file given after `--` (class TAB query per line), in turn.
local paths = {}
local i = 0

local function encode(s)
  return (s:gsub("[^%w%-]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  for line in io.lines(args[1]) do
    local q = line:match("^[^#][^\t]*\t(.+)$")
    if q then paths[#paths + 1] = "/api/v1/search?limit=5&q=" .. encode(q) end
  end
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %d errors; latency ms p50 %.3f p90 %.3f p99 %.3f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
