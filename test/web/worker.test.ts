/** The suite, and so the extension, run in VS Code's web worker extension host, as on vscode.dev. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('Reciprocity on the web', () => {
  it('runs in a web worker, with no Node', () => {
    assert.equal(typeof process, 'undefined', 'a Node `process` is here: this is the Node host');
    const scope = globalThis as { DedicatedWorkerGlobalScope?: new () => unknown };
    assert.ok(
      scope.DedicatedWorkerGlobalScope && globalThis instanceof scope.DedicatedWorkerGlobalScope,
      'not a dedicated worker',
    );
  });

  it('has the extension, from its browser entry (the smoke tests see it activate)', () => {
    const extension = vscode.extensions.getExtension('reciprocity.reciprocity');
    assert.ok(extension);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
  });
});
