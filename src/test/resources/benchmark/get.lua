-- GET one page as a logged-in officer (args: path, Cookie header).
function init(args)
  path = args[1]
  headers = { ["Cookie"] = args[2], ["Accept"] = "text/html" }
end
function request()
  return wrk.format("GET", path, headers)
end
