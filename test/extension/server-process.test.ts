/**
 * The language server in its own Node process (Node extension host only): the extension host
 * never runs a review, and a server that dies is restarted and reviews the open contracts again.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { diagnostics, hoverText, inLine, open, ours, setSetting, until } from './helpers';

/** The pids of the extension host's child processes running Reciprocity's server bundle. */
function serverPids(): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => !!m && Number(m[2]) === process.pid && /dist\/server\.js/.test(m[3]!))
    .map((m) => Number(m[1]));
}

describe('the language server process', function () {
  // Processes are listed with ps: not on Windows.
  if (process.platform === 'win32') return;

  it('reviews in a process of its own, not in the extension host', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await inLine(editor.document);
    assert.equal(serverPids().length, 1, 'one server process, a child of the extension host');
  });

  it('is restarted when it dies, and the open contract is reviewed again', async () => {
    const editor = await open('contracts/pilot-order-form.md');
    const { document } = editor;
    await inLine(document);
    const [before] = serverPids();
    assert.ok(before);
    process.kill(before, 'SIGKILL');
    // The client clears the diagnostics of a server that stopped: those seen with a new server are its own.
    const after = await until(
      [vscode.languages.onDidChangeDiagnostics],
      () => (ours(document.uri).length ? serverPids().find((pid) => pid !== before) : undefined),
      'a new server process and its review of the open contract',
    );
    assert.notEqual(after, before);
    // The new server has the document: a hover is answered, and an edit reviewed.
    assert.match(await hoverText(editor, 'starter kit of spare parts'), /Status: unbalanced/);
    await editor.edit((b) =>
      b.insert(document.lineAt(6).range.end, ' In exchange, Customer shall act as a reference customer for Supplier.'),
    );
    await diagnostics(document.uri, (ds) => ds.length === 0, 'the edit reviewed by the new server');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await inLine(document);
  });

  it('is restarted when it hangs (alive but not answering), and the open contract is reviewed again', async () => {
    const editor = await open('contracts/pilot-order-form.md');
    const { document } = editor;
    await inLine(document);
    const [before] = serverPids();
    assert.ok(before);
    // Long enough for a new server's first review on a loaded machine, short enough for the test.
    await setSetting('serverTimeoutMs', 3000);
    try {
      // Stopped, the process lives on and reads nothing: as a server stuck in a runaway review.
      process.kill(before, 'SIGSTOP');
      // One server once things settle: the stuck one is ended, and only one new one is started.
      const after = await until(
        [vscode.languages.onDidChangeDiagnostics],
        () => {
          const pids = serverPids();
          return ours(document.uri).length && pids.length === 1 && pids[0] !== before ? pids[0] : undefined;
        },
        'one new server process, alone, and its review of the open contract',
        () => `server pids ${serverPids().join(', ')}`,
      );
      assert.match(await hoverText(editor, 'starter kit of spare parts'), /Status: unbalanced/);
      assert.deepEqual(serverPids(), [after], 'still one server after a hover');
    } finally {
      await setSetting('serverTimeoutMs', undefined);
      // The client kills the stuck process; should it still be there, it goes now.
      try {
        process.kill(before, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
});
