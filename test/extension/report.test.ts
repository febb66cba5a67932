/** The give/get report, the workspace review and the exports, in a real VS Code. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, open, ours, until } from './helpers';
import { isOpen, review } from '../../src/engine/index.js';

/** Resolves when the report tabs satisfy `check`, awaiting onDidChangeTabs. */
function tabs(check: (t: vscode.Tab[]) => boolean, what: string): Promise<vscode.Tab[]> {
  return until(
    [vscode.window.tabGroups.onDidChangeTabs],
    () => {
      const t = reportTabs();
      return check(t) ? t : undefined;
    },
    what,
    () =>
      reportTabs()
        .map((t) => t.label)
        .join(', '),
  );
}

const reportTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('reciprocity.report'));

describe('reports', () => {
  it('Show Give/Get Report opens one panel beside the editor', async () => {
    await open('contracts/renewal-order-form.md');
    assert.equal(await vscode.commands.executeCommand('reciprocity.showReport'), true);
    await tabs(
      (t) => t.length === 1 && /Give\/Get: renewal-order-form\.md/.test(t[0]!.label),
      'the report of the renewal',
    );
    await open('lease-amendment.md');
    await vscode.commands.executeCommand('reciprocity.showReport');
    await tabs(
      (t) => t.length === 1 && /Give\/Get: lease-amendment\.md/.test(t[0]!.label),
      'the same panel, now on the lease',
    );
  });

  it('follows the active contract, and stays on its contract once pinned', async () => {
    await open('contracts/renewal-order-form.md');
    await vscode.commands.executeCommand('reciprocity.showReport');
    await tabs(
      (t) => t.length === 1 && /Give\/Get: renewal-order-form\.md$/.test(t[0]!.label),
      'the report of the renewal',
    );
    await open('lease-amendment.md');
    await tabs(
      (t) => t.length === 1 && /Give\/Get: lease-amendment\.md$/.test(t[0]!.label),
      'the report following the lease, with no command run',
    );
    assert.equal(await vscode.commands.executeCommand('reciprocity.pinReport'), true);
    await tabs((t) => /Give\/Get: lease-amendment\.md \(pinned\)$/.test(t[0]!.label), 'the report saying it is pinned');
    await open('contracts/pilot-order-form.md');
    // A file that is not a contract never takes the report either.
    await open('notes.md');
    assert.match(reportTabs()[0]!.label, /Give\/Get: lease-amendment\.md \(pinned\)$/);
    await open('contracts/pilot-order-form.md');
    assert.equal(await vscode.commands.executeCommand('reciprocity.pinReport'), false);
    await tabs(
      (t) => /Give\/Get: pilot-order-form\.md$/.test(t[0]!.label),
      'the unpinned report back on the active contract',
    );
  });

  it('steps through the unbalanced concessions in document order, wrapping round', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    const document = editor.document;
    const r = review(document.getText());
    const accepted = new Set(r.suppressed.map((f) => f.concession));
    const expected = r.terms
      .filter((t) => !accepted.has(t.id) && r.judgements.some((j) => j.concession === t.id && isOpen(j)))
      .map((t) => t.start)
      .sort((a, b) => a - b);
    assert.ok(expected.length >= 2, 'the fixture has several unbalanced concessions');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visited: number[] = [];
    for (let i = 0; i <= expected.length; i++) {
      await vscode.commands.executeCommand('reciprocity.nextUnbalanced');
      visited.push(document.offsetAt(vscode.window.activeTextEditor!.selection.active));
    }
    assert.deepEqual(visited, [...expected, expected[0]]);
    await vscode.commands.executeCommand('reciprocity.previousUnbalanced');
    assert.equal(document.offsetAt(vscode.window.activeTextEditor!.selection.active), expected.at(-1));
  });

  it('Review Workspace Contracts reviews every contract, fills Problems and ranks them worst first', async () => {
    const rows =
      await vscode.commands.executeCommand<{ path: string; unbalanced: number }[]>('reciprocity.reviewWorkspace');
    assert.ok(rows);
    assert.deepEqual(
      rows.map((r) => r.path),
      ['contracts/renewal-order-form.md', 'hostile.contract.md', 'lease-amendment.md', 'contracts/pilot-order-form.md'],
    );
    assert.deepEqual(
      rows.map((r) => r.unbalanced),
      [4, 3, 2, 1],
    );
    const [hostile] = await vscode.workspace.findFiles('hostile.contract.md');
    await diagnostics(hostile!, (ds) => ds.length === 3, 'Problems filled for a contract that is not open');
    const [notes] = await vscode.workspace.findFiles('notes.md');
    assert.deepEqual(ours(notes!), []);
  });

  it('exports Markdown, HTML, JSON and SARIF to the files the user picks', async () => {
    await open('hostile.contract.md');
    // In the workspace, through VS Code's file system: the same on disk and on the web. The root
    // hook deletes the files after the test.
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const read = async (name: string): Promise<string> =>
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, name)));
    for (const format of ['md', 'html', 'json', 'sarif']) {
      const target = vscode.Uri.joinPath(root, `report.${format}`);
      const written = await vscode.commands.executeCommand<vscode.Uri>('reciprocity.exportReport', format, target);
      assert.equal(written?.toString(), target.toString());
    }
    const html = await read('report.html');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script|<img|<iframe/i.test(html));
    // The words a reader sees, tags left out, quotes escaped.
    assert.match(html, /<q>Provider waives the setup fee document\.title = &#39;pwned&#39; for the first year<\/q>/);
    assert.match(await read('report.md'), /^# Give\/get report: /);
    assert.equal(JSON.parse(await read('report.json')).files[0].findings.length, 3);
    assert.equal(JSON.parse(await read('report.sarif')).version, '2.1.0');
  });
});
