import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const example = join(root, 'examples', 'saas-renewal-order-form.md');

describe('CLI: the code cache a new process starts from (bin/code-cache.js)', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'reciprocity-code-cache-test-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const check = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'bin', 'reciprocity.js'), 'check', example, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const cacheFiles = () => readdirSync(folder).filter((f) => f.endsWith('.bin'));

  it('keeps the cache after a first run and gives the same report from it, or from a corrupt one', () => {
    const plain = check({ RECIPROCITY_CODE_CACHE: 'off' });
    assert.equal(plain.status, 1, plain.stderr);
    assert.match(plain.stdout, /"unreciprocated-concession"/);

    const first = check({ RECIPROCITY_CODE_CACHE: folder });
    assert.equal(first.stdout, plain.stdout);
    const [cache] = cacheFiles();
    assert.ok(cache, 'a cache file is written when the process ends');
    assert.ok(statSync(join(folder, cache)).size > 100_000, 'it holds the compiled bundle');

    const second = check({ RECIPROCITY_CODE_CACHE: folder });
    assert.equal(second.stdout, plain.stdout);
    assert.deepEqual(cacheFiles(), [cache]);

    writeFileSync(join(folder, cache), 'not a code cache');
    const corrupt = check({ RECIPROCITY_CODE_CACHE: folder });
    assert.equal(corrupt.stderr, '');
    assert.equal(corrupt.stdout, plain.stdout);
    assert.ok(statSync(join(folder, cache)).size > 100_000, 'a rejected cache is written anew');
  });

  it('neither reads nor writes a cache in a folder others may write to', () => {
    chmodSync(folder, 0o777);
    const run = check({ RECIPROCITY_CODE_CACHE: folder });
    assert.match(run.stdout, /"unreciprocated-concession"/);
    assert.deepEqual(cacheFiles(), []);
  });

  it('keeps no cache when told not to', () => {
    const run = check({ RECIPROCITY_CODE_CACHE: 'off', TMPDIR: folder });
    assert.match(run.stdout, /"unreciprocated-concession"/);
    assert.deepEqual(readdirSync(folder), []);
  });
});
