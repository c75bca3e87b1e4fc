-- POST /api/requests with a new Idempotency-Key each time: every call files a new request.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  run = args[1] or "run"
  n = 0
  body = [[{"service": "complaint", "applicant": {"nationalId": "1101700230074", "firstNameTh": "สมชาย",
 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"},
 "fields": {"category": "ROAD_AND_TRAFFIC", "subject": "ไฟถนนดับ", "location": "ซอย 3", "details": "ไฟดับทั้งซอย"}}]]
end
function request()
  n = n + 1
  local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = run .. "-" .. tid .. "-" .. n }
  return wrk.format("POST", "/api/requests", headers, body)
end
