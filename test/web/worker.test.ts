/**
 * The suite, and so the extension, run in VS Code's web worker extension host, as on vscode.dev.
 * Imported last by index.ts: by then the other tests have opened contracts, which activates it.
 */
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

  it('is active in this worker host, from its browser entry', () => {
    const extension = vscode.extensions.getExtension('reciprocity.reciprocity');
    assert.ok(extension);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    // An extension running in another host is not active here, and exports nothing here.
    assert.equal(extension.isActive, true);
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });
});
