-- Each wrk thread posts its own file of signed payloads, each once (a repeat would be a duplicate,
-- not an event), then only GET /health, and counts the 200s that acknowledged an event.
local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

function init(args)
   payloads = {}
   for line in io.lines(args[1] .. "." .. id) do
      local tab = line:find("\t", 1, true)
      payloads[#payloads + 1] = { line:sub(1, tab - 1), line:sub(tab + 1) }
   end
   index = 0
   ok = 0
end

function request()
   index = index + 1
   local p = payloads[index]
   if p == nil then
      return wrk.format("GET", "/health")
   end
   return wrk.format("POST", "/webhooks/meta",
      { ["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = p[1] }, p[2])
end

function response(status, headers, body)
   -- Only event acknowledgements ({"duplicate": …, "ok": true}), not the closing /health.
   if status == 200 and body:find('"ok":', 1, true) then
      ok = ok + 1
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do
      total = total + thread:get("ok")
   end
   io.write(string.format("RESULT ok=%d requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n",
      total, summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
         + summary.errors.status))
end
