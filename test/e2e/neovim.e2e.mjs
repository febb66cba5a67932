// The language server in another editor: a headless Neovim (Debian's 0.7) starts
// `reciprocity lsp --stdio` on a contract, receives its diagnostics, asks for a hover and the quick
// fixes, applies "Ask for a testimonial or case study" and receives the diagnostics of the edited text. The Lua
// side (neovim-init.lua) writes what it got as JSON; Neovim waits for each message, never for time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../../scripts/vscode/server.mjs';

const unreciprocated = (diagnostics) => diagnostics.filter((d) => d.code === 'unreciprocated-concession');

describe('Reciprocity in Neovim, through its language server', { timeout: 120_000 }, () => {
  let dir;
  let result;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reciprocity-nvim-'));
    mkdirSync(join(dir, 'contracts'));
    cpSync(join(repoRoot, 'examples', 'saas-renewal-order-form.md'), join(dir, 'contracts', 'renewal.md'));
    const out = join(dir, 'result.json');
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '-n',
        '-i',
        'NONE',
        '-u',
        join(repoRoot, 'test', 'e2e', 'neovim-init.lua'),
        join('contracts', 'renewal.md'),
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          ...process.env,
          RECIPROCITY_BIN: join(repoRoot, 'bin', 'reciprocity.js'),
          // No code cache: the server may still be writing it when the test removes its folder.
          RECIPROCITY_CODE_CACHE: 'off',
          OUT: out,
        },
      },
    );
    assert.equal(run.error, undefined, 'nvim is installed (scripts/vscode/setup.sh installs it)');
    result = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${JSON.stringify(result).slice(0, 400)}`);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes the findings of a contract opened in Neovim', () => {
    const first = result.diagnostics[0].diagnostics;
    assert.equal(unreciprocated(first).length, 4);
    assert.ok(first.every((d) => d.source === 'reciprocity'));
  });

  it('answers a hover on a concession', () => {
    assert.match(result.hover.contents.value, /^\*\*Reciprocity · concession: longer payment terms\*\*/);
    assert.match(result.hover.contents.value, /Status: unbalanced — nothing comes back/);
  });

  it('offers the give-backs as quick fixes, and the one applied answers the finding', () => {
    assert.deepEqual(result.actions.slice(0, 4), [
      'Insert give-back: Ask for a volume commitment',
      'Insert give-back: Ask for a longer term',
      'Insert give-back: Make it conditional on a minimum term',
      'Insert give-back: Ask for a testimonial or case study',
    ]);
    assert.match(
      result.text,
      /2\.3 In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer shall give Provider a written testimonial/,
    );
    assert.equal(unreciprocated(result.after).length, 3);
  });
});
