/** The manifest keeps the promises the issues made: rule ids, commands, settings, packaging. */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/engine/index.js';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('manifest', () => {
  it('targets VS Code 1.138 and activates on Markdown only', () => {
    assert.equal(pkg.engines.vscode, '^1.138.0');
    assert.equal(pkg.devDependencies['@types/vscode'], '1.138.0');
    // Markdown, and the report panel coming back after a reload.
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'onWebviewPanel:reciprocity.report']);
    assert.equal(pkg.main, './dist/extension.js');
    assert.ok(existsSync(join(root, pkg.icon)));
  });

  it('offers a severity setting for every rule, each with a doc page', () => {
    const settings = pkg.contributes.configuration.properties['reciprocity.rules'].properties;
    assert.deepEqual(Object.keys(settings).sort(), rules.map((r) => r.id).sort());
    for (const rule of rules) assert.ok(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`)), rule.id);
  });

  it('contributes the promised commands in the Reciprocity category', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const id of ['reciprocity.insertGiveBack', 'reciprocity.reviewFile', 'reciprocity.toggleFile'])
      assert.ok(ids.includes(id), id);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'Reciprocity');
    assert.deepEqual(pkg.contributes.configuration.properties['reciprocity.include'].default, [
      '**/contracts/**/*.md',
      '**/*.contract.md',
    ]);
  });

  it('declares how it behaves in untrusted and virtual workspaces', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['reciprocity.templatesFile']);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });
});
