-- POST the same JSON body each time (args: path, body, Authorization header or "-").
function init(args)
  path = args[1]
  body = args[2]
  headers = { ["Content-Type"] = "application/json" }
  if args[3] ~= "-" then headers["Authorization"] = args[3] end
end
function request()
  return wrk.format("POST", path, headers, body)
end
