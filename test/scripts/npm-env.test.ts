import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/vscode/npm-env.sh: what setup.sh's own npm installs see when it runs from `npm run -s …`
// (`npm run demo`, `npm run test:all`).
const npmEnv = join(__dirname, '..', '..', 'scripts', 'vscode', 'npm-env.sh');

describe('setup.sh: the environment of its npm installs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reciprocity-npm-env-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The variables a script sees after clean_npm_env, run as `npm run -s probe` with extra variables. */
  function cleanedUnderNpmRun(extra: Record<string, string>): Map<string, string> {
    const probe = `source '${npmEnv}' && clean_npm_env && env -0`;
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'outer', version: '1.2.3', scripts: { probe: `bash -c "${probe}"` } }),
    );
    const result = spawnSync('npm', ['run', '-s', 'probe'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...extra },
    });
    assert.equal(result.status, 0, result.stderr);
    return new Map(
      result.stdout
        .split('\0')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
  }

  it('drops what the outer npm exported, keeping where packages come from', () => {
    const env = cleanedUnderNpmRun({ npm_config_registry: 'https://mirror.example/npm/', npm_config_foo: 'bar' });
    const kept = ['npm_config_registry', 'npm_config_cafile', 'npm_config_noproxy', 'npm_config_strict_ssl'];
    const inherited = [...env.keys()].filter((name) => /^(npm_|INIT_CWD$|NODE$)/i.test(name) && !kept.includes(name));
    // The outer npm's Node (user_agent), its silent log level (-s), its project and its script are gone.
    assert.deepEqual(inherited, []);
    assert.equal(env.get('npm_config_registry'), 'https://mirror.example/npm/');
  });

  it("prints npm's own error when an install fails", () => {
    // An npm that fails the way code-server's install check does.
    writeFileSync(
      join(dir, 'npm'),
      '#!/bin/sh\necho "added 0 packages"\necho "npm error code 1" >&2\n' +
        'echo "npm error ERROR: code-server currently requires node v24." >&2\nexit 1\n',
    );
    chmodSync(join(dir, 'npm'), 0o755);
    const result = spawnSync('bash', ['-c', `source '${npmEnv}' && npm_install_in '${dir}' code-server@1.0.0`], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
    });
    assert.equal(result.status, 1);
    const said = result.stderr.slice(result.stderr.indexOf('npm said:'));
    assert.deepEqual(said.trimEnd().split('\n'), [
      'npm said:',
      '    npm error code 1',
      '    npm error ERROR: code-server currently requires node v24.',
    ]);
  });
});
