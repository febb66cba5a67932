import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

const root = join(__dirname, '..', '..');

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const workspaces: string[] = [];
after(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reciprocity-cli-'));
  workspaces.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const UNBALANCED =
  'This Agreement is between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\nProvider waives the setup fee.\n';
const CLEAN =
  'This Agreement is between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\nCustomer shall pay the fees.\n';

describe('CLI: reciprocity check', () => {
  it('prints findings in the linter layout with a summary, and exits 1 on a warning', async () => {
    const dir = workspace({ 'contracts/a.md': UNBALANCED });
    const { code, stdout } = await run(['check', 'contracts'], dir);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'contracts/a.md:3:1  warning  Provider grants Customer a waiver (“Provider waives the setup fee”) ' +
        'and receives nothing in return.  unreciprocated-concession',
      '✖ 1 finding (0 errors, 1 warning, 0 info) in 1 file of 1.',
    ]);
  });

  it('exits 0 on a clean contract and respects --max-warnings', async () => {
    const dir = workspace({ 'clean.md': CLEAN, 'a.md': UNBALANCED });
    assert.equal((await run(['check', 'clean.md'], dir)).code, 0);
    assert.match((await run(['check', 'clean.md'], dir)).stdout, /No findings in 1 file/);
    assert.equal((await run(['check', 'a.md', '--max-warnings', '1'], dir)).code, 0);
    assert.equal((await run(['check', 'a.md', '--max-warnings', '0'], dir)).code, 1);
  });

  it('prints the JSON report of FORMAT.md', async () => {
    const dir = workspace({ 'a.md': UNBALANCED });
    const { stdout } = await run(['check', 'a.md', '--format', 'json'], dir);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.equal(file.path, 'a.md');
    assert.deepEqual(
      file.parties.map((p: { aliases: string[] }) => p.aliases[0]),
      ['Provider', 'Customer'],
    );
    assert.deepEqual(file.concessions[0], {
      id: 'c1',
      kind: 'waiver',
      by: 'Provider',
      to: 'Customer',
      text: 'Provider waives the setup fee',
      range: { start: { line: 3, column: 1 }, end: { line: 3, column: 30 } },
      reciprocatedBy: [],
      status: 'unbalanced',
    });
    assert.equal(file.findings[0].ruleId, 'unreciprocated-concession');
    assert.equal(file.findings[0].concession, 'c1');
    assert.ok(file.findings[0].suggestions.some((s: { kind: string }) => s.kind === 'reference'));
  });

  it('prints SARIF 2.1.0 that code scanning reads', async () => {
    const dir = workspace({ 'contracts/a.md': UNBALANCED });
    const sarif = JSON.parse((await run(['check', 'contracts/a.md', '--format', 'sarif'], dir)).stdout);
    assert.equal(sarif.version, '2.1.0');
    const [runLog] = sarif.runs;
    assert.equal(runLog.tool.driver.name, 'Reciprocity');
    assert.ok(runLog.tool.driver.rules.some((r: { id: string }) => r.id === 'unreciprocated-concession'));
    const [result] = runLog.results;
    assert.equal(result.level, 'warning');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'contracts/a.md');
    assert.deepEqual(result.locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: 30,
    });
    assert.equal(runLog.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });

  it('writes --output to a file', async () => {
    const dir = workspace({ 'a.md': UNBALANCED });
    const { stdout } = await run(['check', 'a.md', '--format', 'sarif', '--output', 'out.sarif'], dir);
    assert.equal(stdout, '');
    assert.equal(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version, '2.1.0');
  });

  it('exits 2 with one line for usage and I/O errors', async () => {
    const dir = workspace({ 'notes.txt': 'x', 'empty/readme.txt': 'x' });
    const cases: [string[], RegExp][] = [
      [['check', 'missing.md'], /^reciprocity: no such file or directory: missing\.md\n$/],
      [['check', 'empty'], /^reciprocity: no Markdown files in empty\n$/],
      [['check', 'notes.txt', '--format', 'xml'], /^reciprocity: unknown format: xml/],
      [['check', 'notes.txt', '--bogus'], /^reciprocity: Unknown option '--bogus'/],
      [['check', 'notes.txt', '--max-warnings', 'many'], /^reciprocity: --max-warnings needs a whole number/],
      [['check'], /^reciprocity: no files given/],
      [['sign', 'notes.txt'], /^reciprocity: no such file or directory: sign\n$/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1);
    }
  });

  it('skips a binary or non-UTF-8 file with a warning and goes on', async () => {
    const dir = workspace({
      'a.md': UNBALANCED,
      'b.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'c.md': Buffer.from([0x66, 0xff, 0xfe, 0x41]),
    });
    const { code, stderr, stdout } = await run(['check', '.'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /skipped b\.md: binary file/);
    assert.match(stderr, /skipped c\.md: not UTF-8 text/);
    assert.match(stdout, /in 1 file of 1/);
    const only = await run(['check', 'b.md'], dir);
    assert.equal(only.code, 2);
  });

  it('prints the give/get report as Markdown or a complete HTML document', async () => {
    const dir = workspace({ 'a.md': UNBALANCED, 'b.md': CLEAN });
    const md = await run(['report', 'a.md'], dir);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^# Give\/get report: /);
    assert.match(
      md.stdout,
      /\n### Unbalanced: waiver above\n\nProvider → Customer, line 3: “Provider waives the setup fee”\n/,
    );
    assert.match(
      md.stdout,
      /\n- \*\*Acme Inc\. \(Provider\)\*\* gives waiver; gets nothing; 1 of its 1 concession unbalanced\n/,
    );
    const html = await run(['report', '.', '--format', 'html', '--output', 'report.html'], dir);
    assert.equal(html.code, 0);
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(
      page,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]{24}'/,
    );
    assert.ok(page.indexOf('a.md') < page.indexOf('b.md'), 'worst first');
    assert.equal((await run(['report', 'a.md', '--format', 'sarif'], dir)).code, 2);
  });

  it('runs as a bundled command without a stack trace', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'reciprocity.js'), 'check', 'no/such/dir'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'reciprocity: no such file or directory: no/such/dir\n');
    const ok = spawnSync(process.execPath, [join(root, 'bin', 'reciprocity.js'), '--version'], { encoding: 'utf8' });
    assert.match(ok.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('reviews many files on worker threads with the same report, in the same order, as one by one', async () => {
    const examples = readdirSync(join(root, 'examples'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
    // Enough text (about 470 KB, over the 256 KB from which it pays) for the command to start workers.
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++)
      files[`contract-${i}.md`] = examples.join('\n\n').repeat(20 + i) + `\n\nProvider waives fee ${i}.\n`;
    const dir = workspace(files);
    const inProcess = await run(['check', '.', '--format', 'json'], dir);
    const bundled = spawnSync(
      process.execPath,
      [join(root, 'bin', 'reciprocity.js'), 'check', '.', '--format', 'json'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(bundled.stderr, '');
    assert.equal(bundled.status, inProcess.code);
    assert.equal(bundled.stdout, inProcess.stdout);
  });
});

describe('CLI: the paths it prints', () => {
  // Where a finding of UNBALANCED is, in every format.
  const finding = ':3:1  warning';

  it('prints a file outside the working folder by its absolute path, alike in text, JSON, SARIF and reports', async () => {
    const contracts = workspace({ 'dir/contract.md': UNBALANCED });
    const elsewhere = workspace({});
    const file = join(contracts, 'dir', 'contract.md');
    for (const given of [file, relative(elsewhere, file)]) {
      const text = await run(['check', given], elsewhere);
      assert.equal(text.stdout.split('\n')[0]!.split(finding)[0], file, `text, given ${given}`);
      const json = JSON.parse((await run(['check', given, '--format', 'json'], elsewhere)).stdout);
      assert.equal(json.files[0].path, file);
      const sarif = JSON.parse((await run(['check', given, '--format', 'sarif'], elsewhere)).stdout);
      assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
        uri: pathToFileURL(file).href,
      });
      const report = (await run(['report', given], elsewhere)).stdout.split('\n');
      assert.equal(report[2]!.split(' · ')[0]!.replace(/\\/g, ''), file, 'report (Markdown escapes unescaped)');
    }
  });

  it('prints a file inside the working folder relative to it, however it was given', async () => {
    const dir = workspace({ 'contracts/a.md': UNBALANCED, 'contracts/b.md': UNBALANCED });
    const given = [
      join(dir, 'contracts', 'a.md'),
      join(dir, 'contracts'),
      `${dir}/contracts/*.md`,
      'contracts/../contracts/a.md',
    ];
    for (const path of given) {
      const { stdout } = await run(['check', path], dir);
      assert.equal(stdout.split('\n')[0]!.split(finding)[0], 'contracts/a.md', `given ${path}`);
    }
    const sarif = JSON.parse((await run(['check', join(dir, 'contracts', 'a.md'), '--format', 'sarif'], dir)).stdout);
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
      uri: 'contracts/a.md',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('reviews a file given twice, by a relative and an absolute path, once', async () => {
    const dir = workspace({ 'a.md': UNBALANCED });
    const { stdout } = await run(['check', 'a.md', join(dir, 'a.md')], dir);
    assert.match(stdout, /in 1 file of 1\.$/m);
  });

  it('prints an absolute path from the bundled command too', () => {
    const dir = workspace({ 'dir/contract.md': UNBALANCED });
    const file = join(dir, 'dir', 'contract.md');
    const result = spawnSync(process.execPath, [join(root, 'bin', 'reciprocity.js'), 'check', file], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.stdout.split('\n')[0]!.split(finding)[0], file);
  });
});
