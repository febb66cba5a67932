/** The give/get report, the workspace review and the exports, in a real VS Code. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { diagnostics, open, ours, until } from './helpers';

/** Resolves when the report tabs satisfy `check`, awaiting onDidChangeTabs. */
function tabs(check: (t: vscode.Tab[]) => boolean, what: string): Promise<vscode.Tab[]> {
  return until([vscode.window.tabGroups.onDidChangeTabs], () => {
    const t = reportTabs();
    return check(t) ? t : undefined;
  }, what, () => reportTabs().map((t) => t.label).join(', '));
}

const reportTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('reciprocity.report'));

describe('reports', () => {
  /** Clean-ups of what a test made outside the workspace. */
  const after: (() => void)[] = [];
  afterEach(() => {
    for (const clean of after.splice(0)) clean();
  });

  it('Show Give/Get Report opens one panel beside the editor', async () => {
    await open('contracts/renewal-order-form.md');
    assert.equal(await vscode.commands.executeCommand('reciprocity.showReport'), true);
    await tabs((t) => t.length === 1 && /Give\/Get: renewal-order-form\.md/.test(t[0]!.label), 'the report of the renewal');
    await open('lease-amendment.md');
    await vscode.commands.executeCommand('reciprocity.showReport');
    await tabs((t) => t.length === 1 && /Give\/Get: lease-amendment\.md/.test(t[0]!.label), 'the same panel, now on the lease');
  });

  it('Review Workspace Contracts reviews every contract, fills Problems and ranks them worst first', async () => {
    const rows = await vscode.commands.executeCommand<{ path: string; unbalanced: number }[]>('reciprocity.reviewWorkspace');
    assert.ok(rows);
    assert.deepEqual(rows.map((r) => r.path), ['contracts/renewal-order-form.md', 'hostile.contract.md', 'lease-amendment.md', 'contracts/pilot-order-form.md']);
    assert.deepEqual(rows.map((r) => r.unbalanced), [4, 3, 2, 1]);
    const [hostile] = await vscode.workspace.findFiles('hostile.contract.md');
    await diagnostics(hostile!, (ds) => ds.length === 3, 'Problems filled for a contract that is not open');
    const [notes] = await vscode.workspace.findFiles('notes.md');
    assert.deepEqual(ours(notes!), []);
  });

  it('exports Markdown, HTML, JSON and SARIF to the files the user picks', async () => {
    await open('hostile.contract.md');
    const dir = mkdtempSync(join(tmpdir(), 'reciprocity-export-'));
    after.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const format of ['md', 'html', 'json', 'sarif']) {
      const target = vscode.Uri.file(join(dir, `report.${format}`));
      const written = await vscode.commands.executeCommand<vscode.Uri>('reciprocity.exportReport', format, target);
      assert.equal(written?.fsPath, target.fsPath);
    }
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script|<img|<iframe/i.test(html));
    // The words a reader sees, tags left out, quotes escaped.
    assert.match(html, /<q>Provider waives the setup fee document\.title = &#39;pwned&#39; for the first year<\/q>/);
    assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /^# Give\/get report: /);
    assert.equal(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).files[0].findings.length, 3);
    assert.equal(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version, '2.1.0');
  });
});
