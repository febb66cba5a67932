-- Reciprocity's language server in a headless Neovim 0.7: diagnostics, hover, a quick fix applied.
local bin = os.getenv('RECIPROCITY_BIN')
local out = os.getenv('OUT')
local result = { diagnostics = {}, hover = nil, actions = {}, after = {} }
local client_id

vim.lsp.handlers['textDocument/publishDiagnostics'] = function(_, params)
  result.diagnostics[#result.diagnostics + 1] = params
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({ name = 'reciprocity', cmd = { 'node', bin, 'lsp', '--stdio' }, root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

local function last()
  local d = result.diagnostics[#result.diagnostics]
  return d and d.diagnostics or nil
end

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  if code == 0 then vim.cmd('qa!') else vim.cmd('cq ' .. code) end
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    if not vim.wait(20000, function() local d = last(); return d ~= nil and #d > 0 end, 20) then return finish(2) end
    local first
    for _, d in ipairs(last()) do
      if d.code == 'unreciprocated-concession' and (not first or d.range.start.line < first.range.start.line) then first = d end
    end
    local position = { line = first.range.start.line, character = first.range.start.character + 2 }
    local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(), position = position }, 10000)
    for _, r in pairs(hover or {}) do result.hover = r.result end
    local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', { textDocument = vim.lsp.util.make_text_document_params(), range = first.range, context = { diagnostics = { first } } }, 10000)
    local chosen
    for _, r in pairs(actions or {}) do
      for _, a in ipairs(r.result or {}) do
        result.actions[#result.actions + 1] = a.title
        if a.title == 'Insert give-back: Ask for a testimonial or case study' then chosen = a end
      end
    end
    if not chosen then return finish(3) end
    local before = #result.diagnostics
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    if not vim.wait(20000, function() return #result.diagnostics > before end, 20) then return finish(4) end
    result.after = last()
    result.text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
    finish(0)
  end,
})
