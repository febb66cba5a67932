// The give/get report webview. Everything from the document arrives as data and is rendered with
// textContent; the only messages sent back are { type: 'reveal', start, end } and { type: 'open', uri }.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('report');

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function rowsKeyboard(tbody, activate) {
    tbody.addEventListener('keydown', (event) => {
      const row = event.target.closest('tr');
      if (!row) return;
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); activate(row); }
      if (event.key === 'ArrowDown' && row.nextElementSibling) { event.preventDefault(); row.nextElementSibling.focus(); }
      if (event.key === 'ArrowUp' && row.previousElementSibling) { event.preventDefault(); row.previousElementSibling.focus(); }
    });
    tbody.addEventListener('click', (event) => { const row = event.target.closest('tr'); if (row) activate(row); });
  }

  function list(items) {
    const ul = el('ul');
    if (!items.length) ul.append(el('li', 'nothing', 'muted'));
    for (const item of items) {
      const li = el('li');
      li.append(el('span', item.label + (item.value ? ' (' + item.value + ')' : '') + ' '), el('span', item.where, 'muted'), el('span', ': '), el('q', item.text));
      ul.append(li);
    }
    return ul;
  }

  function renderLedger(message) {
    const ledger = message.ledger;
    root.replaceChildren();
    if (!ledger) { root.append(el('p', 'This file is not reviewed as a contract. Run “Reciprocity: Review This File” to review it.', 'muted')); return; }
    root.append(el('h1', 'Give/get: ' + (ledger.title || '')), el('p', ledger.summary + '.', 'summary muted'));
    const parties = el('section', undefined, 'parties');
    for (const party of ledger.parties) {
      const card = el('div', undefined, 'party');
      const heading = el('h3');
      heading.append(el('span', party.alias + ' '), el('span', party.name + ' · ' + party.role, 'muted'));
      card.append(heading, el('div', 'Gives: ' + (party.givesTotals.join('; ') || 'nothing'), 'balance'), list(party.gives), el('div', 'Gets: ' + (party.getsTotals.join('; ') || 'nothing'), 'balance'), list(party.gets), el('div', party.unbalanced + ' unbalanced concession' + (party.unbalanced === 1 ? '' : 's'), 'muted'));
      parties.append(card);
    }
    root.append(el('h2', 'Ledger'), parties, el('h2', 'Concessions'));
    const table = el('table');
    const head = el('tr');
    for (const h of ['Kind', 'Clause', 'Grantor → Beneficiary', 'Status', 'Text']) head.append(el('th', h));
    table.append(el('thead'));
    table.tHead.append(head);
    const tbody = el('tbody');
    for (const c of ledger.concessions) {
      const tr = el('tr');
      tr.tabIndex = 0;
      tr.dataset.start = String(c.start);
      tr.dataset.end = String(c.end);
      tr.setAttribute('aria-label', c.label + ', ' + c.where + ', ' + c.statusText);
      tr.append(el('td', c.label + (c.value ? ' (' + c.value + ')' : '')), el('td', c.where + ' · line ' + c.line), el('td', c.grantor + ' → ' + c.beneficiary), el('td', c.statusText, 'status-' + c.status));
      const text = el('td');
      text.append(el('q', c.text));
      tr.append(text);
      tbody.append(tr);
    }
    if (!ledger.concessions.length) { const tr = el('tr'); const td = el('td', 'No concessions found.', 'muted'); td.colSpan = 5; tr.append(td); tbody.append(tr); }
    rowsKeyboard(tbody, (row) => { if (row.dataset.start) vscode.postMessage({ type: 'reveal', start: Number(row.dataset.start), end: Number(row.dataset.end) }); });
    table.append(tbody);
    root.append(table);
    vscode.setState({ uri: message.uri });
  }

  function renderWorkspace(message) {
    root.replaceChildren();
    root.append(el('h1', 'Give/get: workspace contracts'), el('p', 'Worst first. Select a contract to open its report.', 'summary muted'));
    const table = el('table');
    table.append(el('thead'));
    const head = el('tr');
    for (const h of ['Contract', 'Parties', 'Concessions', 'Unbalanced', 'Balanced']) head.append(el('th', h));
    table.tHead.append(head);
    const tbody = el('tbody');
    for (const r of message.rows) {
      const tr = el('tr');
      tr.tabIndex = 0;
      tr.dataset.uri = r.uri;
      tr.append(el('td', r.path), el('td', r.parties), el('td', r.concessions), el('td', r.unbalanced, r.unbalanced ? 'status-unbalanced' : 'status-balanced'), el('td', r.balanced));
      tbody.append(tr);
    }
    if (!message.rows.length) { const tr = el('tr'); const td = el('td', 'No contracts found in this workspace.', 'muted'); td.colSpan = 5; tr.append(td); tbody.append(tr); }
    rowsKeyboard(tbody, (row) => { if (row.dataset.uri) vscode.postMessage({ type: 'open', uri: row.dataset.uri }); });
    table.append(tbody);
    root.append(table);
    vscode.setState({ workspace: true });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'ledger') renderLedger(message);
    if (message.type === 'workspace' && Array.isArray(message.rows)) renderWorkspace(message);
  });
  vscode.postMessage({ type: 'ready' });
}());
