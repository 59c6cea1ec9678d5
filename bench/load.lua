-- One SCIM call under load, for wrk. The call is chosen by BENCH_MODE; the tenant's files
-- come from the seeding tool (BENCH_DIR). Calls that change data walk a slice of users per
-- wrk thread and keep their place in BENCH_STATE between runs, so that every request makes
-- a real change: a deactivation is followed, a pass later, by a reactivation, and a member
-- added in one run is taken out in the next.

local mode = os.getenv("BENCH_MODE")
local dir = os.getenv("BENCH_DIR")
local state_file = os.getenv("BENCH_STATE")
local base = "/scim/v2"

local function lines(name)
  local list = {}
  for line in io.lines(dir .. "/" .. name) do
    list[#list + 1] = line
  end
  return list
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local function read_state()
  local saved = {}
  local file = io.open(state_file, "r")
  if file then
    for line in file:lines() do
      local key, value = line:match("^(%S+) (%S+)$")
      saved[key] = tonumber(value)
    end
    file:close()
  end
  return saved
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local token = nil
local users = nil
local slice = nil
-- Globals, not locals, so that done() can read them with thread:get().
pos = 0
start = 0
pass = 0
local sent = 0
local added = 0
-- Removals of users that the add runs had not added (they change nothing).
noops = 0
local run = os.getenv("BENCH_RUN") or "0"
local total = tonumber(os.getenv("BENCH_USERS") or "0")

function init(args)
  token = io.open(dir .. "/token"):read("*l")
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/scim+json"
  math.randomseed(os.time() + id * 7919)
  if mode == "get_user" or mode == "filter" or mode == "deactivate" then
    users = {}
    for _, line in ipairs(lines("sample")) do
      local user_id, user_name = line:match("^(%S+) (%S+)$")
      users[#users + 1] = { id = user_id, name = user_name }
    end
  elseif mode == "cursor" then
    users = lines("cursors")
  elseif mode == "member_add" or mode == "member_remove" then
    users = lines("candidates")
  end
  if mode == "deactivate" or mode == "member_add" or mode == "member_remove" then
    -- Each thread owns every n-th entry, n being the number of threads.
    local threads_total = tonumber(os.getenv("BENCH_THREADS"))
    slice = {}
    for i = id, #users, threads_total do
      slice[#slice + 1] = users[i]
    end
    local saved = read_state()
    pos = saved[mode .. "." .. id .. ".pos"] or 0
    added = saved["member_add." .. id .. ".pos"] or 0
    if mode == "member_remove" then
      -- The members this thread added and did not take out yet start here: at the last
      -- removal, or, if removals overtook the adds, where the last add run began.
      pos = math.min(pos, saved["member_add." .. id .. ".start"] or 0)
    end
    start = pos
  end
end

local function patch(path, body)
  return wrk.format("PATCH", base .. path, nil, body)
end

local function next_in_slice()
  local entry = slice[pos % #slice + 1]
  pass = math.floor(pos / #slice)
  pos = pos + 1
  return entry
end

function request()
  sent = sent + 1
  if mode == "spc" then
    return wrk.format("GET", base .. "/ServiceProviderConfig")
  elseif mode == "get_user" then
    return wrk.format("GET", base .. "/Users/" .. users[math.random(#users)].id)
  elseif mode == "filter" then
    local name = users[math.random(#users)].name
    return wrk.format("GET", base .. "/Users?filter=" .. encode('userName eq "' .. name .. '"'))
  elseif mode == "deep_page" then
    local deepest = math.max(1, total - 99)
    local first = math.max(1, math.floor(total * 0.9))
    return wrk.format("GET", base .. "/Users?startIndex=" .. math.random(first, deepest)
        .. "&count=100")
  elseif mode == "cursor" then
    return wrk.format("GET", base .. "/Users?count=100&cursor=" .. users[math.random(#users)])
  elseif mode == "get_group" then
    return wrk.format("GET", base .. "/Groups/" .. os.getenv("BENCH_GROUP")
        .. "?excludedAttributes=members")
  elseif mode == "create" then
    local name = "load-" .. run .. "-" .. id .. "-" .. sent .. "@bench.example.com"
    return wrk.format("POST", base .. "/Users", nil, '{"schemas":'
        .. '["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name .. '",'
        .. '"name":{"givenName":"Load","familyName":"Test"},"active":true,'
        .. '"emails":[{"value":"' .. name .. '","type":"work","primary":true}]}')
  elseif mode == "deactivate" then
    local user = next_in_slice()
    local active = (pass % 2 == 1) and "true" or "false"
    return patch("/Users/" .. user.id, '{"schemas":'
        .. '["urn:ietf:params:scim:api:messages:2.0:PatchOp"],'
        .. '"Operations":[{"op":"replace","value":{"active":' .. active .. '}}]}')
  elseif mode == "member_add" or mode == "member_remove" then
    if mode == "member_remove" and pos >= added then
      noops = noops + 1
    end
    local user = next_in_slice()
    local op = mode == "member_add" and "add" or "remove"
    local operation
    if op == "add" then
      operation = '{"op":"add","path":"members","value":[{"value":"' .. user .. '"}]}'
    else
      operation = '{"op":"remove","path":"members[value eq \\"' .. user .. '\\"]"}'
    end
    return patch("/Groups/" .. os.getenv("BENCH_GROUP"), '{"schemas":'
        .. '["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' .. operation
        .. ']}')
  end
  error("unknown BENCH_MODE " .. tostring(mode))
end

function done(summary, latency, requests)
  if state_file and (mode == "deactivate" or mode == "member_add"
      or mode == "member_remove") then
    local saved = read_state()
    for _, thread in ipairs(threads) do
      local tid = thread:get("id")
      saved[mode .. "." .. tid .. ".pos"] = thread:get("pos")
      saved[mode .. "." .. tid .. ".pass"] = thread:get("pass")
      saved[mode .. "." .. tid .. ".start"] = thread:get("start")
    end
    local file = io.open(state_file, "w")
    for key, value in pairs(saved) do
      file:write(key .. " " .. value .. "\n")
    end
    file:close()
  end
  local noop_total = 0
  for _, thread in ipairs(threads) do
    noop_total = noop_total + (thread:get("noops") or 0)
  end
  local errors = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_us=%d p99_us=%d requests=%d non2xx=%d"
      .. " socket_errors=%d noops=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50),
      latency:percentile(99), summary.requests, errors.status,
      errors.connect + errors.read + errors.write + errors.timeout, noop_total))
end
