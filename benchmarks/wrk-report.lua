-- wrk script: the request method comes from WRK_METHOD; prints one machine-readable line.
wrk.method = os.getenv("WRK_METHOD") or "GET"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT\t%d\t%d\t%d\t%d\t%d\t%.0f\t%d\t%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean,
    e.status, e.connect + e.read + e.write + e.timeout))
end
