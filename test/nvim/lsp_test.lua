-- Seed Lens in Neovim's built-in LSP client (Neovim 0.7+: vim.lsp.start_client, no vim.lsp.start).
-- Run by scripts/editor/run-nvim-tests.mjs as
--   nvim --headless -u NONE -i NONE -n -c "luafile test/nvim/lsp_test.lua"
-- with SEEDLENS_SERVER (dist/server.js), SEEDLENS_WS (a temp copy of seeds/) and SEEDLENS_RESULT
-- (the JSON file this script writes; the node runner reads it and decides).

local server = assert(os.getenv('SEEDLENS_SERVER'), 'SEEDLENS_SERVER not set')
local ws = assert(os.getenv('SEEDLENS_WS'), 'SEEDLENS_WS not set')
local result_path = assert(os.getenv('SEEDLENS_RESULT'), 'SEEDLENS_RESULT not set')
local ready_ms = tonumber(os.getenv('SEEDLENS_READY_MS') or '30000')
local feature_ms = tonumber(os.getenv('SEEDLENS_FEATURE_MS') or '8000')

local results = { checks = {}, log = {}, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function log(msg) table.insert(results.log, msg) end

local function check(name, ok, detail)
  table.insert(results.checks, { name = name, ok = ok and true or false, detail = detail or '' })
end

local function write_and_quit(code)
  local f = io.open(result_path, 'w')
  f:write(vim.fn.json_encode(results))
  f:close()
  vim.cmd((code == 0) and 'qa!' or ('cquit ' .. code))
end

-- Lower case, no accents: 'GOÏTA' and 'Goïta' both give 'goita' (enough for the names in the seeds).
local function fold(s)
  s = s:lower()
  local map = { ['ï'] = 'i', ['Ï'] = 'i', ['î'] = 'i', ['é'] = 'e', ['è'] = 'e', ['ê'] = 'e', ['É'] = 'e', ['à'] = 'a', ['â'] = 'a', ['ô'] = 'o', ['ç'] = 'c' }
  for k, v in pairs(map) do s = s:gsub(k, v) end
  return s
end

local function hover_text(res)
  local parts = {}
  local function add(c)
    if type(c) == 'string' then table.insert(parts, c)
    elseif type(c) == 'table' then
      if c.value then table.insert(parts, c.value)
      else for _, x in ipairs(c) do add(x) end end
    end
  end
  if res and res.contents then add(res.contents) end
  return table.concat(parts, '\n')
end

-- Poll one request until `ok(result)` or `ms` pass; returns the last result (nil on none).
local function request_until(buf, method, params, ok, ms)
  local deadline = vim.loop.now() + ms
  local last
  repeat
    local responses = vim.lsp.buf_request_sync(buf, method, params, 3000)
    if responses then
      for _, r in pairs(responses) do
        if r.error then log(method .. ' error: ' .. vim.inspect(r.error)) end
        if r.result ~= nil then last = r.result end
      end
    end
    if last ~= nil and ok(last) then return last end
    vim.wait(300)
  until vim.loop.now() > deadline
  return last
end

local function main()
  local file = ws .. '/000_8928e4cdece35455.txt'
  local diagnostics = {}
  local initialized = false
  local exited = nil

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'seedarticle'

  local client_id = vim.lsp.start_client({
    name = 'seed-lens',
    cmd = { 'node', '--max-semi-space-size=4', server, '--stdio' },
    cmd_env = { MALLOC_MMAP_THRESHOLD_ = '131072' }, -- as docs/neovim.md starts it
    root_dir = ws,
    workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'seeds' } },
    get_language_id = function() return 'seed-article' end,
    on_init = function() initialized = true end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and params.uri then diagnostics[params.uri] = params.diagnostics end
      end,
      ['window/logMessage'] = function(_, params) log('server: ' .. (params and params.message or '')) end,
    },
  })
  if not client_id then
    check('the server starts', false, 'vim.lsp.start_client returned nil')
    return write_and_quit(1)
  end
  vim.lsp.buf_attach_client(buf, client_id)
  vim.wait(20000, function() return initialized or exited ~= nil end, 50)
  check('the server starts and initializes', initialized, exited and ('server exited: ' .. vim.inspect(exited)) or '')
  if not initialized then return write_and_quit(1) end

  -- Position of "Goïta" (first occurrence) in UTF-16 code units, as LSP counts by default.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local line_nr, byte_col
  for i, l in ipairs(lines) do
    local s = l:find('Goïta', 1, true)
    if s then line_nr, byte_col = i - 1, s - 1 break end
  end
  local _, utf16 = vim.str_utfindex(lines[line_nr + 1], byte_col + 2)
  local pos_params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line_nr, character = utf16 } }

  -- Hover: wait for the first answer with content (the server indexes the folder first).
  local hover = request_until(buf, 'textDocument/hover', pos_params, function(r) return hover_text(r):find('Assimi Goïta', 1, true) ~= nil end, ready_ms)
  local htext = hover_text(hover)
  check('hover on "Goïta" names Assimi Goïta', htext:find('Assimi Goïta', 1, true) ~= nil, htext)
  check('hover says it is a person', (htext:lower():find('person', 1, true) ~= nil) or (htext:lower():find('personne', 1, true) ~= nil), htext)

  -- References across files.
  local ref_params = vim.deepcopy(pos_params)
  ref_params.context = { includeDeclaration = true }
  local refs = request_until(buf, 'textDocument/references', ref_params, function(r)
    local files = {}
    for _, loc in ipairs(r) do files[loc.uri] = true end
    return vim.tbl_count(files) >= 3
  end, feature_ms) or {}
  local files = {}
  for _, loc in ipairs(refs) do files[vim.fn.fnamemodify(vim.uri_to_fname(loc.uri), ':t')] = true end
  local names = vim.tbl_keys(files)
  table.sort(names)
  check('references of "Goïta" span several seed files', #names >= 3, tostring(#refs) .. ' locations in ' .. table.concat(names, ', '))

  -- Definition lands on a mention of Goïta.
  local defs = request_until(buf, 'textDocument/definition', pos_params, function(r) return r and (r.uri or #r > 0) end, feature_ms)
  local def_ok, def_detail = false, vim.inspect(defs)
  if defs then
    if defs.uri or defs.targetUri then defs = { defs } end
    for _, d in ipairs(defs) do
      local uri = d.uri or d.targetUri
      local range = d.range or d.targetSelectionRange or d.targetRange
      local dbuf = vim.uri_to_bufnr(uri)
      vim.fn.bufload(dbuf)
      local l = vim.api.nvim_buf_get_lines(dbuf, range.start.line, range.start.line + 1, false)[1] or ''
      local s = vim.str_byteindex(l, range.start.character, true)
      local e = range['end'].line == range.start.line and vim.str_byteindex(l, range['end'].character, true) or #l
      local text = l:sub(s + 1, e)
      def_detail = text
      if fold(text):find('goita', 1, true) then def_ok = true break end
    end
  end
  check('definition of "Goïta" lands on a mention of Goïta', def_ok, def_detail)

  -- The shared sidebar block: a seed-lens diagnostic with related information in 002.
  local uri = vim.uri_from_bufnr(buf)
  vim.wait(feature_ms, function()
    for _, d in ipairs(diagnostics[uri] or {}) do
      if d.source == 'seed-lens' and d.relatedInformation then return true end
    end
    return false
  end, 100)
  local diag_ok, seen = false, {}
  for _, d in ipairs(diagnostics[uri] or {}) do
    table.insert(seen, (d.source or '?') .. ': ' .. (d.message or ''))
    for _, ri in ipairs(d.relatedInformation or {}) do
      if d.source == 'seed-lens' and ri.location.uri:find('002_c54133335cff4334.txt', 1, true) then diag_ok = true end
    end
  end
  check('the sidebar block is reported with its copy in 002', diag_ok, table.concat(seen, ' | '))

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited ~= nil end, 50)
  local failed = 0
  for _, c in ipairs(results.checks) do if not c.ok then failed = failed + 1 end end
  write_and_quit(failed == 0 and 0 or 1)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  check('the Lua test script runs', false, tostring(err))
  write_and_quit(1)
end
