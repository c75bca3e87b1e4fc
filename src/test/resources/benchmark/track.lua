-- POST /api/track for tracking codes on file, picked at random (args: the codes, comma-separated,
-- and the last four digits of their applicant's national ID).
function init(args)
  codes = {}
  for code in string.gmatch(args[1], "[^,]+") do codes[#codes + 1] = code end
  lastFour = args[2]
end
function request()
  local code = codes[math.random(#codes)]
  local body = '{"trackingCode": "' .. code .. '", "nationalIdLastFour": "' .. lastFour .. '"}'
  return wrk.format("POST", "/api/track", { ["Content-Type"] = "application/json" }, body)
end
