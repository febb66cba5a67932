/** In a real VS Code: the extension loads, activates on Markdown, and sees the fixture workspace. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, ruleOf } from './helpers';

const EXTENSION_ID = 'reciprocity.reciprocity'; // publisher.name in package.json

describe('Reciprocity in VS Code', () => {
  it('opens the fixture workspace', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'one workspace folder');
    // The runner's fresh copy of test/fixtures/workspace, under the same name.
    assert.equal(folders[0]!.name, 'workspace');
    const files = (await vscode.workspace.findFiles('**/*.md'))
      .map((uri) => vscode.workspace.asRelativePath(uri))
      .sort();
    assert.deepEqual(files, [
      'README.md',
      'contracts/pilot-order-form.md',
      'contracts/renewal-order-form.md',
      'draft-terms.md',
      'hostile.contract.md',
      'lease-amendment.md',
      'notes.md',
    ]);
  });

  it('is installed and activates when a Markdown file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    assert.equal(extension.packageJSON.main, './dist/extension.js');

    // Activation is lazy (onLanguage:markdown): nothing has started it while no Markdown is open.
    if (!vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown')) {
      assert.equal(extension.isActive, false, 'active before any Markdown file was opened');
    }

    const [uri] = await vscode.workspace.findFiles('contracts/pilot-order-form.md');
    assert.ok(uri, 'fixture contract found');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');

    // Its review of the contract is the sign that it activated.
    await diagnostics(uri, (ds) => ds.length > 0, `${EXTENSION_ID} to activate and review the contract`);
    assert.equal(extension.isActive, true);
    // activate() ran to the end: its commands are registered.
    const commands = await vscode.commands.getCommands(true);
    const contributed: string[] = extension.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(
      contributed.filter((c) => !commands.includes(c)),
      [],
      'every command the manifest contributes is registered',
    );
  });

  it('flags the unreciprocated concession in the fixture contract', async () => {
    const [uri] = await vscode.workspace.findFiles('contracts/pilot-order-form.md');
    assert.ok(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [diagnostic] = await diagnostics(uri, (ds) => ds.length > 0, 'a Reciprocity diagnostic');
    assert.equal(ruleOf(diagnostic!), 'unreciprocated-concession');
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic!.range.start.line, 6);
  });
});
