-- Drives Debian's Neovim (0.7, its built-in vim.lsp client) headless against `ucma-codemod lsp`:
-- opens the fixture buffer, waits for the server's diagnostics, runs the quick fix of the rename
-- through Neovim's own code-action machinery, waits for the finding to go, runs "fix all", writes
-- the buffer (Neovim keeps its BOM and CRLF) and records what it saw in UCMA_RESULT as JSON.
-- Every wait is for a condition (vim.wait polls it), with a generous limit for a loaded machine.
local result = { steps = {} }
local LIMIT = 120000

local function finish(ok, message)
  result.ok = ok
  result.message = message
  local out = io.open(vim.env.UCMA_RESULT, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

local function codes(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))
  end
  return found
end

local function has(list, value)
  return vim.tbl_contains(list, value)
end

-- The code actions at a range, asked the way vim.lsp.buf.code_action asks (synchronously here).
local function code_actions(bufnr, range, only)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = range, context = { diagnostics = {}, only = only } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, LIMIT) or {}
  local actions = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  return actions
end

local ok, failure = pcall(function()
  local file = vim.env.UCMA_FILE
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.bomb = vim.bo[bufnr].bomb
  result.fileformat = vim.bo[bufnr].fileformat

  local client_id = vim.lsp.start_client({
    name = 'ucma-codemod',
    cmd = { vim.env.UCMA_NODE, vim.env.UCMA_BIN, 'lsp' },
    root_dir = vim.env.UCMA_ROOT,
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  assert(vim.wait(LIMIT, function() return has(codes(bufnr), 'UCMA4011') end, 50), 'no diagnostics from the server')
  result.first = codes(bufnr)
  table.insert(result.steps, 'diagnostics')

  -- The rename's diagnostic, and the quick fix at its range.
  local rename
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'UCMA4011' then rename = d end
  end
  local range = { start = { line = rename.lnum, character = rename.col }, ['end'] = { line = rename.end_lnum, character = rename.end_col } }
  local fix
  for _, action in ipairs(code_actions(bufnr, range, { 'quickfix' })) do
    if action.title:find('^Fix: ') then fix = action end
  end
  assert(fix, 'no quick fix at the rename')
  result.fix_title = fix.title
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, rename.lnum, rename.lnum + 1, true)[1]
  table.insert(result.steps, 'quick fix')

  -- The server sees the change (Neovim sends it) and the finding goes.
  assert(vim.wait(LIMIT, function() return not has(codes(bufnr), 'UCMA4011') end, 50), 'the fixed finding stayed')
  result.after_fix = codes(bufnr)
  table.insert(result.steps, 'finding gone')

  -- Fix all, written to disk by Neovim.
  local all = code_actions(bufnr, { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } }, { 'source.fixAll' })
  assert(#all == 1, 'expected one fix-all action, got ' .. #all)
  vim.lsp.util.apply_workspace_edit(all[1].edit, client.offset_encoding)
  vim.cmd('write')
  table.insert(result.steps, 'fix all written')
end)

finish(ok, failure and tostring(failure) or nil)
