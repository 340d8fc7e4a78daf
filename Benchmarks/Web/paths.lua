-- wrk script for Benchmarks/Web/load.sh: cycles through path queries on the built-in graph, among them
-- Arabic names, constraints, k > 1 and time-respecting routes, so that no single answer dominates.
local ends = { "biden", "hamas", "netanyahu", "qatar-pm", "kamel", "burns", "barnea", "emir-tamim", "sullivan",
               "%D8%A8%D8%A7%D9%8A%D8%AF%D9%86", "%D8%AD%D9%85%D8%A7%D8%B3" }
local extras = { "", "&k=3", "&avoid-side=qatar", "&only=call,meeting,message", "&after=2023-10-15", "&at=2023-11" }
local paths = {}
for _, from in ipairs(ends) do
  for _, to in ipairs(ends) do
    if from ~= to then
      for _, extra in ipairs(extras) do
        paths[#paths + 1] = "/api/path?from=" .. from .. "&to=" .. to .. extra
      end
    end
  end
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("distinct queries: %d\n", #paths))
  io.write(string.format("requests: %d, errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
  io.write(string.format("throughput: %.0f requests/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%g: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
