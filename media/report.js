// The give/get report webview. Everything from the document arrives as data and is rendered with
// textContent. Messages sent back: reveal, open, insert, step, refresh, export and pin (each
// checked by the extension before it is obeyed).
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('report');
  const FORMATS = [
    ['md', 'Markdown'],
    ['html', 'HTML'],
    ['json', 'JSON'],
    ['sarif', 'SARIF'],
  ];

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(label, title, onClick, className) {
    const b = el('button', label, className);
    b.type = 'button';
    b.title = title;
    b.setAttribute('aria-label', title);
    b.addEventListener('click', onClick);
    return b;
  }

  /** Refresh, export, previous/next unbalanced concession and the pin, above either report. */
  function toolbar(message) {
    const bar = el('div', undefined, 'toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.append(button('Refresh', 'Review the contract again', () => vscode.postMessage({ type: 'refresh' })));
    if (message.type === 'ledger') {
      bar.append(
        button(
          '◀ Previous',
          'Previous unbalanced concession',
          () => vscode.postMessage({ type: 'step', direction: -1 }),
          'step-previous',
        ),
        button(
          'Next ▶',
          'Next unbalanced concession',
          () => vscode.postMessage({ type: 'step', direction: 1 }),
          'step-next',
        ),
      );
    }
    const exportMenu = el('select', undefined, 'export');
    exportMenu.title = 'Export the report';
    exportMenu.setAttribute('aria-label', 'Export the report');
    exportMenu.append(el('option', 'Export…'));
    for (const [value, label] of FORMATS) {
      const o = el('option', label);
      o.value = value;
      exportMenu.append(o);
    }
    exportMenu.addEventListener('change', () => {
      if (exportMenu.value && exportMenu.selectedIndex > 0)
        vscode.postMessage({ type: 'export', format: exportMenu.value });
      exportMenu.selectedIndex = 0;
    });
    bar.append(exportMenu);
    if (message.type === 'ledger') {
      const pin = button(
        message.pinned ? 'Pinned' : 'Pin',
        message.pinned ? 'Follow the active contract again' : 'Keep showing this contract',
        () => vscode.postMessage({ type: 'pin', pinned: !message.pinned }),
        'pin',
      );
      pin.setAttribute('aria-pressed', String(Boolean(message.pinned)));
      bar.append(pin);
    }
    return bar;
  }

  /** The concession the extension last stepped to, and the report (document and version) it is in. */
  let currentId;
  let currentUri;
  let currentVersion;
  /** The document whose report is shown. */
  let shownUri;
  /** The version of the text the report shows: the extension ignores a click on an older one. */
  let shownVersion;

  function reveal(item) {
    vscode.postMessage({
      type: 'reveal',
      start: Number(item.dataset.start),
      end: Number(item.dataset.end),
      version: shownVersion,
    });
  }

  /** One concession: status, what it is and where, who gives it, what balances it, what to ask for. */
  function concessionItem(c, uri) {
    const li = el('li', undefined, 'concession tone-' + c.tone);
    li.tabIndex = 0;
    li.dataset.start = String(c.start);
    li.dataset.end = String(c.end);
    li.dataset.id = c.id;
    li.setAttribute('aria-label', c.statusWord + ': ' + c.label + ' ' + c.where);
    const head = el('div', undefined, 'head');
    head.append(
      el('span', c.statusWord, 'status status-' + c.status),
      el('strong', c.label + (c.value ? ' (' + c.value + ')' : '')),
      el('span', ' ' + c.where, 'muted'),
    );
    li.append(head, el('div', c.grantor + ' → ' + c.beneficiary, 'parties-line muted'));
    const q = el('q', c.text);
    li.append(el('div', undefined, 'quote'));
    li.lastChild.append(q);
    if (c.balancedByText.length) li.append(el('div', 'Balanced by ' + c.balancedByText.join(', '), 'balanced-by'));
    for (const why of c.considered) li.append(el('div', 'Not counted: ' + why, 'considered'));
    if (c.status === 'accepted' || c.status === 'mutual') li.append(el('div', c.statusText, 'muted'));
    if (c.asks.length) li.append(askRow(c, uri));
    li.addEventListener('click', (event) => {
      if (!event.target.closest('.ask')) reveal(li);
    });
    li.addEventListener('keydown', (event) => {
      if (event.target !== li) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        reveal(li);
      }
      if (event.key === 'ArrowDown' && li.nextElementSibling) {
        event.preventDefault();
        li.nextElementSibling.focus();
      }
      if (event.key === 'ArrowUp' && li.previousElementSibling) {
        event.preventDefault();
        li.previousElementSibling.focus();
      }
    });
    return li;
  }

  /** What each side conceded and gave back since the previous draft. */
  function roundSection(round) {
    const section = el('section', undefined, 'round');
    section.append(el('h2', 'Since ' + round.since));
    if (!round.parties.length) section.append(el('p', 'No concession or give-back changed this round.', 'muted'));
    for (const p of round.parties) {
      section.append(el('h3', p.party));
      const ul = el('ul');
      for (const line of p.lines) {
        const li = el(
          'li',
          undefined,
          'move-' + (line.mark === '+' ? 'added' : line.mark === '-' ? 'withdrawn' : 'changed'),
        );
        li.append(el('strong', line.verb + ' '), el('span', line.text + ': '), el('q', line.quote));
        ul.append(li);
      }
      section.append(ul);
    }
    const net = el('ul', undefined, 'net');
    for (const line of round.net) net.append(el('li', line));
    section.append(
      el('p', 'Net movement', 'muted'),
      net,
      el('p', round.findings + ' finding' + (round.findings === 1 ? '' : 's') + ' new this round.', 'muted'),
    );
    return section;
  }

  /** The give-back to ask for, one click from inserting it; the others a choice away. */
  function askRow(c, uri) {
    const row = el('div', undefined, 'ask');
    const choice = el('select');
    choice.setAttribute('aria-label', 'Give-back to ask for');
    c.asks.forEach((a, i) => {
      const o = el('option', a.title);
      o.value = String(i);
      o.title = a.text;
      choice.append(o);
    });
    const draft = el('div', c.asks[0].text, 'draft muted');
    choice.addEventListener('change', () => {
      draft.textContent = c.asks[Number(choice.value)].text;
    });
    const insert = button(
      'Insert',
      'Insert this give-back after the clause',
      () => {
        const a = c.asks[Number(choice.value)];
        vscode.postMessage({
          type: 'insert',
          uri,
          concession: c.id,
          kind: a.kind,
          title: a.title,
          version: shownVersion,
        });
      },
      'insert',
    );
    row.append(el('span', 'Ask for ', 'muted'), choice, insert, draft);
    return row;
  }

  function renderLedger(message) {
    const ledger = message.ledger;
    shownVersion = message.version;
    shownUri = message.uri;
    root.replaceChildren(toolbar(message));
    if (!ledger) {
      root.append(
        el('p', 'This file is not reviewed as a contract. Run “Reciprocity: Review This File” to review it.', 'muted'),
      );
      return;
    }
    root.append(
      el('h1', ledger.title || message.file),
      el('p', message.file + ' · ' + ledger.summary + '.', 'summary muted'),
    );
    const balances = el('ul', undefined, 'balances');
    for (const party of ledger.parties) {
      const li = el('li', undefined, party.unbalanced ? 'tone-warn' : 'tone-ok');
      li.append(el('strong', party.display), el('span', ' ' + party.balance));
      balances.append(li);
    }
    if (ledger.parties.length) root.append(balances);
    if (message.round) root.append(roundSection(message.round));
    const list = el('ol', undefined, 'concessions');
    list.setAttribute('aria-label', 'Concessions in document order');
    for (const c of ledger.concessions) {
      const item = concessionItem(c, message.uri);
      const mark = message.round && message.round.marks[c.id];
      if (mark) {
        item.classList.add('round-' + mark);
        item
          .querySelector('.head')
          .append(el('span', mark === 'new' ? 'new this round' : 'changed this round', 'round-mark'));
      }
      list.append(item);
    }
    root.append(el('h2', 'Concessions'), ledger.concessions.length ? list : el('p', 'No concessions found.', 'muted'));
    // A report of the same text drawn again (a later review of it) keeps the concession the extension
    // stepped to, without scrolling; ids count concessions in order, so another text's may differ.
    if (currentUri !== message.uri || currentVersion !== message.version) currentId = undefined;
    if (currentId) mark(currentId, false);
    vscode.setState({ uri: message.uri });
  }

  function renderWorkspace(message) {
    root.replaceChildren(toolbar(message));
    root.append(
      el('h1', 'Give/get: workspace contracts'),
      el('p', 'Worst first. Select a contract to open its report.', 'summary muted'),
    );
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
      tr.append(
        el('td', r.path),
        el('td', r.parties),
        el('td', r.concessions),
        el('td', r.unbalanced, r.unbalanced ? 'status-unbalanced' : 'status-balanced'),
        el('td', r.balanced),
      );
      tbody.append(tr);
    }
    if (!message.rows.length) {
      const tr = el('tr');
      const td = el('td', 'No contracts found in this workspace.', 'muted');
      td.colSpan = 5;
      tr.append(td);
      tbody.append(tr);
    }
    const open = (row) => {
      if (row && row.dataset.uri) vscode.postMessage({ type: 'open', uri: row.dataset.uri });
    };
    tbody.addEventListener('click', (event) => open(event.target.closest('tr')));
    tbody.addEventListener('keydown', (event) => {
      const row = event.target.closest('tr');
      if (!row) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(row);
      }
      if (event.key === 'ArrowDown' && row.nextElementSibling) {
        event.preventDefault();
        row.nextElementSibling.focus();
      }
      if (event.key === 'ArrowUp' && row.previousElementSibling) {
        event.preventDefault();
        row.previousElementSibling.focus();
      }
    });
    table.append(tbody);
    root.append(table);
    vscode.setState({ workspace: true });
  }

  /** The concession the extension stepped to: marked, scrolled into view. */
  function mark(id, scroll = true) {
    currentId = id;
    currentUri = shownUri;
    currentVersion = shownVersion;
    for (const item of root.querySelectorAll('.concession.current')) item.classList.remove('current');
    const item = root.querySelector('.concession[data-id="' + CSS.escape(id) + '"]');
    if (!item) return;
    item.classList.add('current');
    if (scroll) item.scrollIntoView({ block: 'nearest' });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'ledger') renderLedger(message);
    if (message.type === 'workspace' && Array.isArray(message.rows)) renderWorkspace(message);
    if (message.type === 'current' && typeof message.id === 'string') mark(message.id);
  });
  vscode.postMessage({ type: 'ready' });
})();
