-- Diagnostics latency through a real client: headless Neovim types into a file of the
-- benchmark workspace (written by LspBenchmark) and times each keystroke until the server's
-- diagnostics for that file arrive in Neovim. Run by `run.sh lsp` where nvim is installed:
--   CXSPEC_CMD=... CXSPEC_WORKSPACE=... CXSPEC_DEBOUNCE=0 nvim --headless -u NONE -S nvim-latency.lua
local ws = os.getenv('CXSPEC_WORKSPACE')
local cmd = vim.fn.json_decode(os.getenv('CXSPEC_CMD'))
local debounce = tonumber(os.getenv('CXSPEC_DEBOUNCE') or '150')
local WARM_UP, RUNS = 20, 40

local arrived = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  arrived[result.uri] = vim.loop.hrtime()
  return default_publish(err, result, ctx, config)
end

local files = vim.fn.sort(vim.fn.glob(ws .. '/*.cxspec', false, true))
local total_lines = 0
for _, f in ipairs(files) do total_lines = total_lines + #vim.fn.readfile(f) end
local file = files[math.floor(#files / 2) + 1] or files[1]
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(buf)
local started = vim.loop.hrtime()
local client = vim.lsp.start_client({ name = 'cxspec', cmd = cmd, root_dir = ws, flags = { debounce_text_changes = debounce } })
vim.lsp.buf_attach_client(buf, client)
assert(vim.wait(120000, function() return arrived[uri] ~= nil end, 5), 'no diagnostics after opening')
local opened_ms = (arrived[uri] - started) / 1e6

-- Type into the first description: a character in a text, as a writer does.
local line, col
for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local s = text:find('"', 1, true)
  if s then line, col = i - 1, s; break end
end
local times = {}
for i = 1, WARM_UP + RUNS do
  arrived[uri] = nil
  local sent = vim.loop.hrtime()
  if i % 2 == 1 then
    vim.api.nvim_buf_set_text(buf, line, col, line, col, { 'x' })
  else
    vim.api.nvim_buf_set_text(buf, line, col, line, col + 1, { '' })
  end
  assert(vim.wait(30000, function() return arrived[uri] ~= nil end, 1), 'no diagnostics after keystroke ' .. i)
  if i > WARM_UP then table.insert(times, (arrived[uri] - sent) / 1e6) end
  vim.wait(100, function() return false end, 10) -- let the rest of the build's publications arrive
end
table.sort(times)
local function pct(p) return times[math.max(1, math.ceil(#times * p / 100))] end
io.stdout:write(string.format(
  'Neovim %s (debounce_text_changes = %d ms), %d lines in %d files: diagnostics after a keystroke median %.0f ms, 90th percentile %.0f ms (first diagnostics after opening: %.0f ms)\n',
  tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch), debounce, total_lines, #files,
  pct(50), pct(90), opened_ms))
vim.lsp.stop_client(client)
vim.cmd('qa!')
