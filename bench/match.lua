-- wrk script for bench/match.sh: GET /api/v1/cities/ID/partner-suggestions
-- for each city id of the file given after `--` (one per line), in turn.
local paths = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    local id = line:match("^(%d+)$")
    if id then paths[#paths + 1] = "/api/v1/cities/" .. id .. "/partner-suggestions" end
  end
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %d errors; latency ms p50 %.2f p90 %.2f p99 %.2f mean %.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.mean / 1000))
end
