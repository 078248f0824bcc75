-- wrk script for bench/speed.sh: GET each path of the file given after `--`
-- (one path a line), in turn; each thread starts at its own place in the
-- list. Prints one line that the script reads:
--   speed: requests N errors E non2xx S rps R p50_ms A p99_ms B bytes_per_req C
local paths = {}
local i = 0
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- spread the threads over the list
  i = ((tid or 1) - 1) * math.floor(#paths / 2)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "speed: requests %d errors %d non2xx %d rps %.1f p50_ms %.3f p99_ms %.3f bytes_per_req %.0f\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status,
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests > 0 and summary.bytes / summary.requests or 0))
end
