-- Newer edits cancel stale work, through a real client: headless Neovim edits a file of the
-- benchmark workspace (written by LspBenchmark) the way issue 9 found the server deaf, and times
-- what the writer waits for. Run by `run.sh lsp` where nvim is installed:
--   CXSPEC_CMD=... CXSPEC_WORKSPACE=... nvim --headless -u NONE -i NONE -n -S nvim-stale-edits.lua
-- Three cases, each from a quiet server:
--   paste        a 5 MB paste of spec text, then hover at once (no newer edit: the paste's own build)
--   paste+edit   the same paste, 0.5 s later a one-character edit, then hover
--   long name    a 128,000-character misspelt name typed in, 0.5 s later a one-character edit, then hover
-- For each: from the last edit to the hover's answer, and to the first diagnostics of the newest
-- text (recognised by the finding the one-character edit causes), and how many diagnostics of an
-- older text arrived after the edit.
local ws = os.getenv('CXSPEC_WORKSPACE')
local cmd = vim.fn.json_decode(os.getenv('CXSPEC_CMD'))
local paste_mb = tonumber(os.getenv('CXSPEC_PASTE_MB') or '5')
local label = os.getenv('CXSPEC_LABEL') or 'this build'
local cases = os.getenv('CXSPEC_CASES') or '123'
local TIMEOUT = 600000

local publications = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  table.insert(publications, { at = vim.loop.hrtime(), uri = result.uri, version = result.version, diagnostics = result.diagnostics })
  return default_publish(err, result, ctx, config)
end

local files = vim.fn.sort(vim.fn.glob(ws .. '/*.cxspec', false, true))
local file = files[math.floor(#files / 2) + 1] or files[1]
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(buf)
local client = vim.lsp.start_client({ name = 'cxspec', cmd = cmd, root_dir = ws, flags = { debounce_text_changes = 0 } })
vim.lsp.buf_attach_client(buf, client)

local function ms(from, to) return (to - from) / 1e6 end

local function mentions(publication, word)
  for _, d in ipairs(publication.diagnostics) do
    if d.message:find(word, 1, true) then return true end
  end
  return false
end

-- The first publication for the edited file, after `since`, that satisfies `test`.
local function await_publication(since, test)
  local found
  assert(vim.wait(TIMEOUT, function()
    for _, p in ipairs(publications) do
      if p.at >= since and p.uri == uri and test(p) then found = p; return true end
    end
    return false
  end, 5), 'timed out waiting for diagnostics')
  return found
end

local original = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local function line_of(pattern)
  for i, text in ipairs(original) do
    if text:find(pattern, 1, true) then return i - 1, text end
  end
  error('not in the file: ' .. pattern)
end

-- The one-character edit: a name gets an extra letter, so its diagnostics show which text they are of.
local delivers_line, delivers_text = line_of('delivers Value')
local misspelt = delivers_text:match('delivers (Value%d+)') .. 'x'
-- Hover on the value a journey is for: a name the edits leave alone.
local hover_line, hover_text = line_of('for Segment')
local hover_col = hover_text:find('Segment', 1, true)

local function hover()
  local answered
  vim.lsp.buf_request(buf, 'textDocument/hover',
    { textDocument = { uri = uri }, position = { line = hover_line, character = hover_col } },
    function(err, result) answered = { at = vim.loop.hrtime(), err = err, result = result } end)
  assert(vim.wait(TIMEOUT, function() return answered ~= nil end, 5), 'hover never answered')
  assert(answered.err == nil and answered.result ~= nil, 'hover failed: ' .. vim.inspect(answered.err))
  return answered
end

local quiet_count
local function restore_and_settle()
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, original)
  local since, tick = vim.loop.hrtime(), vim.api.nvim_buf_get_changedtick(buf)
  await_publication(since, function(p) return #p.diagnostics == quiet_count and (p.version == nil or p.version == tick) end)
  hover() -- answered once every build before it is done: the next case starts from a quiet server
end

-- Spec text in the benchmark's own shape, with names of its own, about `mb` megabytes.
local function paste_lines(mb)
  local lines, bytes, n = {}, 0, 100000
  local function add(text) table.insert(lines, text); bytes = bytes + #text + 1 end
  while bytes < mb * 1000000 do
    add('value Pasted' .. n .. ' "Being treated fairly ' .. n .. '" drives retention, advocacy')
    add('role PastedAgent' .. n .. ' "Claims agent ' .. n .. '"')
    add('journey PastedClaim' .. n .. ' "Making a claim" for Segment0 {')
    add('    stage Report "I report the damage" {')
    add('        touchpoint PastedPhone' .. n .. ' "Reporting by phone" {')
    add('            channel phone')
    add('            delivers Pasted' .. n)
    add('            staffed by PastedAgent' .. n)
    add('            measured by NPS')
    add('            tight "Acknowledge what happened first" for Pasted' .. n)
    add('            loose "How you reassure the caller" within "Never promise an amount"')
    add('        }')
    add('    }')
    add('}')
    n = n + 1
  end
  return lines, bytes
end

local function one_character_edit()
  local col = delivers_text:find(misspelt:sub(1, -2), 1, true) - 1 + #misspelt - 1
  vim.api.nvim_buf_set_text(buf, delivers_line, col, delivers_line, col, { 'x' })
end

local function report(case, edited, h, newest)
  local stale = 0
  for _, p in ipairs(publications) do
    if p.at >= edited and p.uri == uri and p.at < newest.at then stale = stale + 1 end
  end
  io.stdout:write(string.format('%s, %s: hover answered %.0f ms after the last edit; first diagnostics of the newest text after %.0f ms (version %s); diagnostics of an older text after the edit: %d\n',
    label, case, ms(edited, h.at), ms(edited, newest.at), tostring(newest.version), stale))
end

quiet_count = #await_publication(0, function() return true end).diagnostics
vim.wait(2000, function() return false end, 20)

local paste, bytes = paste_lines(paste_mb)
io.stdout:write(string.format('%s: pasting %d lines (%.1f MB) into %s\n', label, #paste, bytes / 1e6, vim.fn.fnamemodify(file, ':t')))

-- 1. The paste alone: hover waits for the paste's own build.
if cases:find('1') then
  local pasted = vim.loop.hrtime()
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, paste)
  local h = hover()
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  local built = await_publication(pasted, function(p) return p.version == nil or p.version == tick end)
  io.stdout:write(string.format('%s, paste: hover answered %.0f ms after the paste; its diagnostics after %.0f ms\n',
    label, ms(pasted, h.at), ms(pasted, built.at)))
  restore_and_settle()
end

-- 2. The paste, then a one-character edit 0.5 s later, then hover.
if cases:find('2') then
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, paste)
  vim.wait(500, function() return false end, 10)
  local edited = vim.loop.hrtime()
  one_character_edit()
  local h = hover()
  local newest = await_publication(edited, function(p) return mentions(p, misspelt) end)
  report('paste+edit', edited, h, newest)
  restore_and_settle()
end

-- 3. A 128,000-character misspelt name, then a one-character edit 0.5 s later, then hover.
if cases:find('3') then
  local long = 'V' .. string.rep('a', 64000) .. 'b' .. string.rep('a', 63998)
  vim.api.nvim_buf_set_text(buf, delivers_line, #delivers_text, delivers_line, #delivers_text, { ', ' .. long })
  vim.wait(500, function() return false end, 10)
  local edited = vim.loop.hrtime()
  one_character_edit()
  local h = hover()
  local newest = await_publication(edited, function(p) return mentions(p, misspelt) end)
  report('long name+edit', edited, h, newest)
  restore_and_settle()
end

vim.lsp.stop_client(client)
vim.cmd('qa!')
