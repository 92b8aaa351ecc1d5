-- Drives the cxspec language server from a real Neovim (0.7 or newer), as a user would:
-- opens files, types, asks for hover, completion, rename, formatting and quick fixes, and
-- records what the editor got. The JUnit test (NeovimClientTest) writes the workspace and the
-- configuration (the README's snippet), runs `nvim --headless -u init.lua -S driver.lua`, and
-- asserts on the JSON this script writes to $CXSPEC_RESULTS. Every step records its own
-- result, so one failing step does not hide the others.
local results = { steps = {} }
local ws = os.getenv('CXSPEC_WORKSPACE')
local out = os.getenv('CXSPEC_RESULTS')
local TIMEOUT = 30000
vim.o.hidden = true

local function write_results()
  vim.fn.writefile({ vim.fn.json_encode(results) }, out)
end

-- Neovim 0.7 does not watch files. The server must still ask for them when a client offers
-- dynamic registration (as 0.9+ does), and this script then sends what such a client sends.
local start_client = vim.lsp.start_client
vim.lsp.start_client = function(config)
  config.capabilities = vim.tbl_deep_extend('force', config.capabilities or vim.lsp.protocol.make_client_capabilities(),
    { workspace = { didChangeWatchedFiles = { dynamicRegistration = true } } })
  return start_client(config)
end

local raw = {} -- uri -> the diagnostics the server last published, as LSP sent them
local published = {} -- every publication in order: uri, version, diagnostics
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  raw[result.uri] = result.diagnostics
  table.insert(published, { uri = result.uri, version = result.version, diagnostics = result.diagnostics })
  return default_publish(err, result, ctx, config)
end
local registrations = {}
vim.lsp.handlers['client/registerCapability'] = function(_, params)
  for _, registration in ipairs(params.registrations or {}) do
    table.insert(registrations, registration)
  end
  return vim.NIL
end

local function path(file) return ws .. '/' .. file end
local function uri(file) return vim.uri_from_fname(path(file)) end

local function open(file)
  local existing = vim.fn.bufnr(path(file))
  if existing > 0 and vim.api.nvim_buf_is_loaded(existing) then
    vim.api.nvim_set_current_buf(existing)
  else
    vim.cmd('edit ' .. vim.fn.fnameescape(path(file)))
  end
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.wait(TIMEOUT, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20), 'no client attached to ' .. file)
  return buf
end

local function client()
  return vim.lsp.get_active_clients()[1]
end

local function request(buf, method, params)
  local response, err = client().request_sync(method, params, TIMEOUT, buf)
  if not response then error(method .. ': no answer: ' .. tostring(err)) end
  return response.result, response.err
end

-- Waits until the server is idle for a file: requests are answered after pending builds.
local function settle(buf)
  request(buf, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(buf) } })
end

local function codes(file)
  local list = {}
  for _, d in ipairs(raw[uri(file)] or {}) do table.insert(list, d.code) end
  return list
end

local function has_code(file, code)
  for _, c in ipairs(codes(file)) do if c == code then return true end end
  return false
end

local function wait_for(what, condition)
  local ok = vim.wait(TIMEOUT, condition, 10)
  if not ok then error('timed out waiting for ' .. what) end
end

local function find(buf, text, nth)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local seen = 0
  for i, line in ipairs(lines) do
    local col = 1
    while true do
      local s = line:find(text, col, true)
      if not s then break end
      seen = seen + 1
      if seen == (nth or 1) then return i - 1, s - 1 end
      col = s + 1
    end
  end
  error("'" .. text .. "' is not in the buffer")
end

local function pos_params(buf, line, col)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }
end

local function replace(buf, text, replacement)
  local line, col = find(buf, text)
  vim.api.nvim_buf_set_text(buf, line, col, line, col + #text, { replacement })
end

local function step(name, fn)
  local ok, value = pcall(fn)
  results.steps[name] = ok and { ok = true, value = value } or { ok = false, error = tostring(value) }
  write_results()
end

local function text_of(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

local function hover_text(result)
  if result == nil or result == vim.NIL then return '' end
  local contents = result.contents
  if type(contents) == 'table' and contents.value then return contents.value end
  if type(contents) == 'string' then return contents end
  return vim.fn.json_encode(contents)
end

-- 1. The multi-spec workspace: every example opened from the root is clean.
step('examples clean', function()
  local found = {}
  for _, file in ipairs(vim.split(os.getenv('CXSPEC_EXAMPLES'), ',')) do
    local buf = open(file)
    settle(buf)
    found[file] = codes(file)
  end
  return found
end)

local journey = open('insurer-claims/claims-journey.cxspec')
settle(journey)

-- 2. Typing a misspelt name: the error appears; undoing it clears it.
step('diagnostics appear and clear', function()
  replace(journey, 'delivers Care, Ownership, Speed', 'delivers Care, Ownership, Sped')
  wait_for('unresolved-reference', function() return has_code('insurer-claims/claims-journey.cxspec', 'unresolved-reference') end)
  local appeared = codes('insurer-claims/claims-journey.cxspec')
  local message
  for _, d in ipairs(raw[uri('insurer-claims/claims-journey.cxspec')]) do
    if d.code == 'unresolved-reference' then message = d.message end
  end
  replace(journey, 'delivers Care, Ownership, Sped', 'delivers Care, Ownership, Speed')
  wait_for('the error to clear', function() return #codes('insurer-claims/claims-journey.cxspec') == 0 end)
  return { appeared = appeared, message = message, after = codes('insurer-claims/claims-journey.cxspec') }
end)

-- 2b. A large paste, sent, and at once an edit that takes it out again (the server is still on the
-- paste): what the editor gets is the newest text's diagnostics, labelled with its version, and
-- nothing from the paste after the edit.
step('newest text only', function()
  local file = 'insurer-claims/claims-journey.cxspec'
  local flush = function() client().request('textDocument/documentSymbol', { textDocument = { uri = uri(file) } }, function() end, journey) end
  local paste = {}
  for i = 1, 4000 do
    table.insert(paste, 'journey Pasted' .. i .. ' "Pasted" for Homeowners {')
    table.insert(paste, '    stage S "S" { touchpoint T' .. i .. ' "T" { channel phone delivers OnlyInThePaste } }')
    table.insert(paste, '}')
  end
  local before = vim.api.nvim_buf_line_count(journey)
  vim.api.nvim_buf_set_lines(journey, before, before, false, paste)
  flush()
  local edited_at = #published
  vim.api.nvim_buf_set_lines(journey, before, -1, false, {})
  flush()
  local newest = vim.api.nvim_buf_get_changedtick(journey)
  wait_for('the newest version', function()
    for i = edited_at + 1, #published do
      if published[i].uri == uri(file) and published[i].version == newest then return true end
    end
    return false
  end)
  local stale = {}
  for i = edited_at + 1, #published do
    local p = published[i]
    for _, d in ipairs(p.diagnostics) do
      if d.message:find('OnlyInThePaste', 1, true) then table.insert(stale, 'version ' .. tostring(p.version) .. ': ' .. d.message) end
    end
    if p.uri == uri(file) and p.version ~= newest then table.insert(stale, 'published for version ' .. tostring(p.version)) end
  end
  local line, col = find(journey, 'Ownership, Speed')
  local hover = hover_text(request(journey, 'textDocument/hover', pos_params(journey, line, col + #'Ownership, ')))
  return { stale = stale, codes = codes(file), hover = hover }
end)

-- 3. Completion on an empty line inside a touchpoint.
step('completion', function()
  local line = find(journey, 'backstage "Photos go straight')
  vim.api.nvim_buf_set_lines(journey, line + 1, line + 1, false, { '            ' })
  local result = request(journey, 'textDocument/completion', pos_params(journey, line + 1, 12))
  local items = result.items or result
  local labels = {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  vim.api.nvim_buf_set_lines(journey, line + 1, line + 2, false, {})
  return labels
end)

-- 4. Hover at every word of the journey: no errors; each statement kind answers.
step('hover everywhere', function()
  local errors, positions, kinds = {}, 0, {}
  for _, file in ipairs({ 'claims-journey', 'brand', 'customers', 'people', 'programmes' }) do
    local buf = open('insurer-claims/' .. file .. '.cxspec')
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    for i, line in ipairs(lines) do
      local first = true
      for s, word in line:gmatch('()([%w/%*]+)') do
        positions = positions + 1
        local result, err = request(buf, 'textDocument/hover', pos_params(buf, i - 1, s - 1))
        if err then
          table.insert(errors, file .. ':' .. i .. ':' .. s .. ' ' .. word .. ': ' .. (err.message or '?'))
        elseif first then
          kinds[word] = kinds[word] or hover_text(result)
        end
        first = false
      end
    end
    -- Past the end of the document: an answer or a plain refusal, never Java text.
    local _, err = request(buf, 'textDocument/hover', pos_params(buf, #lines + 5, 3))
    kinds['past the end'] = err and err.message or 'answered'
  end
  vim.cmd('buffer ' .. journey)
  return { positions = positions, errors = errors, first_words = kinds }
end)

-- 5. Hover on a finding explains its rule.
step('hover explains a rule', function()
  replace(journey, 'within "Never promise a payout amount or a settlement date"', '')
  wait_for('loose-without-guardrail', function() return has_code('insurer-claims/claims-journey.cxspec', 'loose-without-guardrail') end)
  local finding
  for _, d in ipairs(raw[uri('insurer-claims/claims-journey.cxspec')]) do
    if d.code == 'loose-without-guardrail' then finding = d end
  end
  local result, err = request(journey, 'textDocument/hover', pos_params(journey, finding.range.start.line, finding.range.start.character + 1))
  vim.cmd('undo')
  wait_for('the finding to clear', function() return #codes('insurer-claims/claims-journey.cxspec') == 0 end)
  return { text = hover_text(result), err = err and err.message }
end)

-- 6. Definition and references of a value.
step('definition', function()
  local line, col = find(journey, 'delivers Care')
  local result = request(journey, 'textDocument/definition', pos_params(journey, line, col + 10))
  local location = result[1] or result
  return { uri = location.uri or location.targetUri, line = (location.range or location.targetSelectionRange).start.line }
end)

step('references', function()
  local line, col = find(journey, 'delivers Care')
  local params = pos_params(journey, line, col + 10)
  params.context = { includeDeclaration = true }
  local result = request(journey, 'textDocument/references', params)
  local files = {}
  for _, location in ipairs(result) do
    local name = vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t')
    files[name] = (files[name] or 0) + 1
  end
  return files
end)

-- 7. Outline: each kind of element has its own symbol kind.
step('outline', function()
  local result = request(journey, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(journey) } })
  local kinds = {}
  local function walk(symbols)
    for _, symbol in ipairs(symbols or {}) do
      kinds[symbol.name] = symbol.kind
      walk(symbol.children)
    end
  end
  walk(result)
  return kinds
end)

-- 8. Rename: prepareRename, an invalid name, a taken name, then a valid rename across files.
local brand = open('insurer-claims/brand.cxspec')
settle(brand)
step('rename', function()
  local line, col = find(brand, 'value Clarity')
  local at = pos_params(brand, line, col + 8)
  local prepared, prepare_err = request(brand, 'textDocument/prepareRename', at)
  local function rename(new)
    local params = vim.deepcopy(at)
    params.newName = new
    return request(brand, 'textDocument/rename', params)
  end
  local _, invalid = rename('not a name')
  local _, taken = rename('Speed')
  local edit, err = rename('Clearness')
  if err then error('valid rename refused: ' .. err.message) end
  local files = {}
  for u, _ in pairs(edit.changes or {}) do table.insert(files, vim.fn.fnamemodify(vim.uri_to_fname(u), ':t')) end
  for _, change in ipairs(edit.documentChanges or {}) do
    table.insert(files, vim.fn.fnamemodify(vim.uri_to_fname(change.textDocument.uri), ':t'))
  end
  vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
  vim.cmd('silent wall')
  settle(brand)
  -- Every spec of the folder, opened or not, must be clean after the rename was saved.
  local after = {}
  vim.wait(TIMEOUT, function()
    local clean = true
    for _, file in ipairs({ 'brand.cxspec', 'claims-journey.cxspec', 'complaints-journey.cxspec' }) do
      after[file] = codes('insurer-claims/' .. file)
      if #after[file] > 0 then clean = false end
    end
    return clean
  end, 20)
  return {
    prepared = prepared, prepare_error = prepare_err and prepare_err.message,
    invalid = invalid and invalid.message, taken = taken and taken.message,
    files = files, after = after,
    saved = #vim.fn.filter(vim.fn.readfile(path('insurer-claims/complaints-journey.cxspec')), 'v:val =~# "Clearness"'),
  }
end)

-- 9. Formatting: nothing to do on a clean file; a messy one is laid out with the client's indent.
step('formatting', function()
  local people = open('insurer-claims/people.cxspec')
  local clean = request(people, 'textDocument/formatting', { textDocument = { uri = vim.uri_from_bufnr(people) },
    options = { tabSize = 4, insertSpaces = true } })
  local messy = open('insurer-claims/programmes.cxspec')
  local line = find(messy, 'owner ')
  local original = vim.api.nvim_buf_get_lines(messy, line, line + 1, false)[1]
  vim.api.nvim_buf_set_lines(messy, line, line + 1, false, { vim.trim(original) })
  local edits = request(messy, 'textDocument/formatting', { textDocument = { uri = vim.uri_from_bufnr(messy) },
    options = { tabSize = 4, insertSpaces = true } })
  vim.lsp.util.apply_text_edits(edits, messy, 'utf-16')
  local fixed = vim.api.nvim_buf_get_lines(messy, line, line + 1, false)[1]
  vim.api.nvim_buf_set_lines(messy, line, line + 1, false, { vim.trim(original) })
  local ranged = request(messy, 'textDocument/rangeFormatting', { textDocument = { uri = vim.uri_from_bufnr(messy) },
    range = { start = { line = line, character = 0 }, ['end'] = { line = line + 1, character = 0 } },
    options = { tabSize = 4, insertSpaces = true } })
  vim.lsp.util.apply_text_edits(ranged, messy, 'utf-16')
  local range_fixed = vim.api.nvim_buf_get_lines(messy, line, line + 1, false)[1]
  local tabs = request(messy, 'textDocument/formatting', { textDocument = { uri = vim.uri_from_bufnr(messy) },
    options = { tabSize = 2, insertSpaces = true } })
  vim.lsp.util.apply_text_edits(tabs, messy, 'utf-16')
  local two = vim.api.nvim_buf_get_lines(messy, line, line + 1, false)[1]
  vim.cmd('silent edit!')
  return { clean_edits = #clean, original = original, fixed = fixed, range_fixed = range_fixed, two_spaces = two }
end)

-- 10. Quick fixes: a closed loop without owner or response time, fixed from the editor.
step('quick fixes', function()
  local file = 'insurer-claims/loops.cxspec'
  vim.fn.writefile({ 'closed loop Callbacks "Unhappy callers hear from us" {', '    when ComplaintSentiment below -50', '}' }, path(file))
  local buf = open(file)
  wait_for('closed-loop findings', function() return has_code(file, 'closed-loop-without-owner') end)
  local found = codes(file)
  local applied = {}
  for _ = 1, 5 do
    local diagnostics = raw[uri(file)] or {}
    if #diagnostics == 0 then break end
    local d = diagnostics[1]
    local actions = request(buf, 'textDocument/codeAction', { textDocument = { uri = uri(file) }, range = d.range,
      context = { diagnostics = { d } } })
    if not actions or #actions == 0 then table.insert(applied, d.code .. ': no quick fix'); break end
    local action = actions[1]
    table.insert(applied, d.code .. ': ' .. action.title)
    local before = #diagnostics
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    wait_for('the fix to take effect', function() return #(raw[uri(file)] or {}) < before end)
  end
  vim.cmd('silent write')
  local remaining = codes(file)
  local text = text_of(buf)
  vim.cmd('bdelete!')
  os.remove(path(file))
  client().notify('workspace/didChangeWatchedFiles', { changes = { { uri = uri(file), type = 3 } } })
  return { found = found, applied = applied, remaining = remaining, text = text }
end)

-- 11. Files changed on disk: the server registered for them; created, changed, deleted.
step('registration', function()
  local globs = {}
  for _, registration in ipairs(registrations) do
    for _, watcher in ipairs(registration.registerOptions.watchers or {}) do
      table.insert(globs, registration.method .. ' ' .. watcher.globPattern)
    end
  end
  return globs
end)

local function disk_event(file, kind)
  client().notify('workspace/didChangeWatchedFiles', { changes = { { uri = uri(file), type = kind } } })
end

step('files on disk', function()
  local J = 'insurer-claims/claims-journey.cxspec'
  local X = 'insurer-claims/more-values.cxspec'
  vim.cmd('buffer ' .. journey)
  replace(journey, 'delivers Care, Ownership, Speed', 'delivers Care, Ownership, Speed, Calm')
  wait_for('Calm to be unknown', function() return has_code(J, 'unresolved-reference') end)
  vim.fn.writefile({ 'value Calm "Feeling that it is under control" drives advocacy' }, path(X))
  disk_event(X, 1)
  wait_for('Calm to be known after the file was created', function() return not has_code(J, 'unresolved-reference') end)
  local created = codes(J)
  vim.fn.writefile({ 'value Peace "Feeling that it is under control" drives advocacy' }, path(X))
  disk_event(X, 2)
  wait_for('Calm to be unknown after the file changed', function() return has_code(J, 'unresolved-reference') end)
  local changed = codes(J)
  vim.fn.writefile({ 'value Calm "Feeling that it is under control" drives advocacy' }, path(X))
  disk_event(X, 2)
  wait_for('Calm to be known again', function() return not has_code(J, 'unresolved-reference') end)
  os.remove(path(X))
  disk_event(X, 3)
  wait_for('Calm to be unknown after the file was deleted', function() return has_code(J, 'unresolved-reference') end)
  local deleted = codes(J)
  replace(journey, 'delivers Care, Ownership, Speed, Calm', 'delivers Care, Ownership, Speed')
  wait_for('the journey to be clean', function() return #codes(J) == 0 end)
  return { created = created, changed = changed, deleted = deleted }
end)

step('cxspec.yaml changed', function()
  local J = 'insurer-claims/claims-journey.cxspec'
  local Y = 'insurer-claims/cxspec.yaml'
  replace(journey, 'within "Never promise a payout amount or a settlement date"', '')
  wait_for('loose-without-guardrail', function() return has_code(J, 'loose-without-guardrail') end)
  local function severity()
    for _, d in ipairs(raw[uri(J)] or {}) do if d.code == 'loose-without-guardrail' then return d.severity end end
    return 0
  end
  local before = severity()
  vim.fn.writefile({ 'rules:', '  loose-without-guardrail: info ' }, path(Y))
  disk_event(Y, 1)
  wait_for('the finding to become info', function() return severity() == 3 end)
  local info = severity()
  -- Same size, same second: only the editor's notification tells the server it changed.
  vim.fn.writefile({ 'rules:', '  loose-without-guardrail: off  ' }, path(Y))
  disk_event(Y, 2)
  wait_for('the finding to be switched off', function() return severity() == 0 end)
  local off = severity()
  os.remove(path(Y))
  disk_event(Y, 3)
  wait_for('the finding to come back as a warning', function() return severity() == 2 end)
  local back = severity()
  vim.cmd('buffer ' .. journey)
  vim.cmd('silent edit!')
  wait_for('the journey to be clean', function() return #codes(J) == 0 end)
  return { before = before, info = info, off = off, removed = back }
end)

-- 12. A file opened, closed and deleted without notice must not stop diagnostics.
step('deleted behind the server', function()
  local E = 'insurer-claims/extra.cxspec'
  local J = 'insurer-claims/claims-journey.cxspec'
  vim.fn.writefile({ 'role Extra "Someone extra"' }, path(E))
  local buf = open(E)
  settle(buf)
  vim.cmd('bdelete! ' .. buf)
  os.remove(path(E))
  vim.cmd('buffer ' .. journey)
  replace(journey, 'delivers Care, Ownership, Speed', 'delivers Care, Ownership, Sped')
  wait_for('a typo to be reported after the deletion', function() return has_code(J, 'unresolved-reference') end)
  local reported = codes(J)
  replace(journey, 'delivers Care, Ownership, Sped', 'delivers Care, Ownership, Speed')
  wait_for('the journey to be clean', function() return #codes(J) == 0 end)
  return reported
end)

write_results()
vim.cmd('qa!')
