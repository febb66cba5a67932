/**
 * The web build (vscode.dev, github.dev): the bundle VS Code's web worker extension host loads has
 * nothing of Node or of a DOM in it, stays within its budget, and activates in a bare worker-like
 * scope. What it does there is tested inside code-server's worker host (test/web/).
 */
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { webExtension } from '../../scripts/bundles.mjs';

/** The most the web bundle may weigh: what a reviewer opening a pull request waits for. */
const BUDGET_BYTES = 450 * 1024;

describe('web bundle', () => {
  let code = '';
  let inputs: string[] = [];
  before(async () => {
    const result = await esbuild.build({ ...webExtension, write: false, metafile: true, logLevel: 'silent' });
    code = result.outputFiles![0]!.text;
    inputs = Object.keys(result.metafile!.inputs);
  });

  it(`fits in ${BUDGET_BYTES / 1024} KB`, () => {
    const bytes = new TextEncoder().encode(code).length;
    assert.ok(bytes <= BUDGET_BYTES, `the web bundle weighs ${(bytes / 1024).toFixed(1)} KB`);
  });

  it('takes no Node module and no DOM build', () => {
    assert.deepEqual(
      inputs.filter((p) => p.startsWith('node:')),
      [],
    );
    // decode-named-character-reference's DOM build would need `document`, absent in a worker.
    assert.ok(
      !inputs.some((p) => /decode-named-character-reference\/index\.dom\.js$/.test(p)),
      inputs.filter((p) => p.includes('decode-named')).join(', '),
    );
    assert.ok(!/\brequire\("(?!vscode")[^"]+"\)/.test(code), 'a require() other than vscode is left in the bundle');
    // Node globals a worker lacks: one call would throw when it runs (a workspace review of ten files).
    for (const global of ['setImmediate', 'Buffer', '__dirname', 'process.env'])
      assert.ok(
        !new RegExp(`(?<![\\w.$])${global.replace('.', '\\.')}\\b`).test(code),
        `the web bundle uses ${global}`,
      );
  });

  it('loads in a scope with no process, require or document, and the manifest points the web at it', () => {
    // Any property of the vscode API, called or constructed, gives itself back (also through the
    // prototype esbuild's interop copies from): enough to load.
    const anything: object = new Proxy(function vscode() {}, {
      get: () => anything,
      apply: () => anything,
      construct: () => anything,
      getPrototypeOf: () => anything,
    });
    const module = { exports: {} as { activate?: unknown } };
    // The bundle as the worker host loads it: CommonJS, `require` answering only for `vscode`.
    new Function('module', 'exports', 'require', 'process', 'document', code)(
      module,
      module.exports,
      (id: string) => {
        if (id === 'vscode') return anything;
        throw new Error(`the web bundle asked for ${id}`);
      },
      undefined,
      undefined,
    );
    assert.equal(typeof module.exports.activate, 'function');
    assert.equal(JSON.parse(readFileSync('package.json', 'utf8')).browser, './dist/web/extension.js');
  });
});
