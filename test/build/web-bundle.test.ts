/**
 * The web build (vscode.dev, github.dev): the extension VS Code's web worker extension host loads
 * (the language client) and the language server's worker have nothing of Node or of a DOM in them
 * and stay within their budgets; the extension activates in a bare worker-like scope. What they do
 * there is tested inside code-server's worker host (test/web/).
 */
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { webExtension, webServer } from '../../scripts/bundles.mjs';

/**
 * The most each may weigh, what a reviewer opening a pull request waits for: the client is
 * mostly vscode-languageclient (about 380 KB with its protocol), the rest the report's
 * wording; the server is the engine, whose lexicons grow with the contract language it reads (the
 * bundle weighed 682 KB on 6 December 2026, 763 KB on 7 December and 781 KB after the drafting of
 * deals and settlements that evening); picomatch (24 KB) and js-yaml's loader (33 KB) are the largest
 * parts that are not the engine or the protocol.
 */
const BUNDLES = [
  { name: 'extension (the language client)', options: webExtension, budget: 450 * 1024 },
  { name: 'language server worker', options: webServer, budget: 800 * 1024 },
];

for (const { name, options, budget } of BUNDLES)
  describe(`web bundle: ${name}`, () => {
    let code = '';
    let inputs: string[] = [];
    before(async () => {
      const result = await esbuild.build({ ...options, write: false, metafile: true, logLevel: 'silent' });
      code = result.outputFiles![0]!.text;
      inputs = Object.keys(result.metafile!.inputs);
    });

    it(`fits in ${budget / 1024} KB`, () => {
      const bytes = new TextEncoder().encode(code).length;
      assert.ok(bytes <= budget, `the bundle weighs ${(bytes / 1024).toFixed(1)} KB`);
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
      // minimatch reads process.env behind `typeof process=="object"&&process?…:`: guarded, so left out.
      const unguarded = code.replace(/typeof process=="object"&&process\?[^:]*:/g, '');
      for (const global of ['setImmediate', 'Buffer', '__dirname', 'process.env'])
        assert.ok(
          // Not a method of that name (vscode-jsonrpc's timer object has one that calls setTimeout).
          !new RegExp(`(?<![\\w.$])${global.replace('.', '\\.')}\\b(?!\\([^()]*\\)\\{)`).test(unguarded),
          `the web bundle uses ${global}`,
        );
    });
  });

describe('web extension', () => {
  let code = '';
  before(async () => {
    code = (await esbuild.build({ ...webExtension, write: false, logLevel: 'silent' })).outputFiles![0]!.text;
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
