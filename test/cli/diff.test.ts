/**
 * `reciprocity diff`: three rounds of one contract in a git repository the test makes. Round 2
 * adds a concession with nothing back; round 3 withdraws one, adds a give-back that balances an
 * older concession, and renumbers and rewords a clause without changing its substance.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { RoundDiff } from '../../src/engine/rounds/diff.js';

const PREAMBLE = 'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';
const round1 = [
  '# Master Services Agreement',
  '',
  PREAMBLE,
  '',
  '## 1. Fees',
  '',
  '1.1 Customer shall pay the Fees set out in the Order Form.',
  '',
  '1.2 Provider grants Customer a discount of ten percent (10%) on the Fees.',
  '',
  '## 2. Support',
  '',
  '2.1 Provider will provide onboarding training at no charge.',
  '',
].join('\n');
const round2 = `${round1}\n2.2 Provider waives the setup fee.\n`;
const round3 = [
  '# Master Services Agreement',
  '',
  PREAMBLE,
  '',
  '## 1. Definitions',
  '',
  '1.1 "Order Form" means an order for the Services signed by both parties.',
  '',
  '## 2. Fees',
  '',
  '2.1 Customer shall pay the Fees set out in the Order Form.',
  '',
  '2.2 Provider grants Customer a discount of ten percent (10%) on the Fees.',
  '',
  '2.3 In consideration of the discount in Section 2.2, Customer shall act as a reference for Provider.',
  '',
  '## 3. Support',
  '',
  '3.1 Provider hereby waives the setup fee in full.',
  '',
].join('\n');

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('CLI: reciprocity diff, round by round', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
      { cwd: repo, stdio: 'pipe' },
    );

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'reciprocity-rounds-'));
    git('init', '-q');
    for (const [i, text] of [round1, round2, round3].entries()) {
      writeFileSync(join(repo, 'msa.md'), text);
      git('add', 'msa.md');
      git('commit', '-q', '-m', `round ${i + 1}`);
    }
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  const json = async (args: string[]): Promise<RoundDiff> =>
    JSON.parse((await run([...args, '--format', 'json'], repo)).stdout) as RoundDiff;

  it('reports a concession added with nothing back, and exits 1 for the warning it brings', async () => {
    const result = await run(['diff', '--rev', 'HEAD~2..HEAD~1', 'msa.md'], repo);
    assert.equal(result.code, 1, result.stderr);
    assert.match(
      result.stdout,
      new RegExp(
        String.raw`^Round: msa\.md@HEAD~2 → msa\.md@HEAD~1\n\nProvider\n` +
          String.raw` {2}\+ conceded: waiver at line 15, with nothing binding back: “Provider waives the setup fee”\n`,
      ),
    );
    assert.match(result.stdout, /Provider conceded 1 \(waiver\), gave back nothing; got nothing\./);
    const diff = await json(['diff', '--rev', 'HEAD~2..HEAD~1', 'msa.md']);
    assert.deepEqual(
      diff.concessions.added.map((c) => `${c.kind} ${c.by}->${c.to} ${c.status} line ${c.range.start.line}`),
      ['waiver Provider->Customer unbalanced line 15'],
    );
    assert.deepEqual([diff.concessions.withdrawn, diff.concessions.changed, diff.benefits.added], [[], [], []]);
    assert.deepEqual(
      diff.findings.map((f) => f.ruleId),
      ['unreciprocated-concession'],
    );
  });

  it('reports a concession withdrawn, a give-back that balances an older one, and a reworded clause as unchanged', async () => {
    const diff = await json(['diff', '--rev', 'HEAD~1..HEAD', 'msa.md']);
    assert.equal(diff.old, 'msa.md@HEAD~1');
    assert.equal(diff.new, 'msa.md@HEAD');
    assert.deepEqual(diff.concessions.added, []);
    assert.deepEqual(
      diff.concessions.withdrawn.map((c) => c.kind),
      ['free-scope'],
    );
    assert.deepEqual(
      diff.concessions.changed.map((c) => [
        c.before.kind,
        c.what,
        c.before.status,
        c.after.status,
        c.after.range.start.line,
      ]),
      [['discount', ['reciprocation'], 'unbalanced', 'balanced', 13]],
    );
    assert.deepEqual(
      diff.benefits.added.map((b) => `${b.kind} ${b.by}->${b.to}`),
      ['reference Customer->Provider'],
    );
    // The waiver moved from 2.2 to 3.1 and was reworded: the same concession, so no change at all.
    assert.ok(
      ![...diff.concessions.added, ...diff.concessions.withdrawn, ...diff.concessions.changed.map((c) => c.after)].some(
        (c) => c.kind === 'waiver',
      ),
    );
    assert.deepEqual(diff.findings, []);
  });

  it('compares the working copy with a revision, and two files, in text, Markdown and HTML', async () => {
    writeFileSync(join(repo, 'msa.md'), round3.replace('ten percent (10%)', 'fifteen percent (15%)'));
    const text = await run(['diff', '--rev', 'HEAD', 'msa.md'], repo);
    assert.match(
      text.stdout,
      /~ changed: discount \(10%\) → discount \(15%\) at line 13: “Provider grants Customer a discount of fifteen percent \(15%\)”/,
    );
    assert.match(
      text.stdout,
      /Provider conceded nothing, changed 1 \(discount \(15%\)\), gave back nothing; got nothing\./,
    );
    writeFileSync(
      join(repo, 'msa.md'),
      round3.replace(
        '2.2 Provider grants Customer a discount of ten percent (10%) on the Fees.',
        '2.2 Provider grants Customer a discount of ten percent (10%) on the Fees, provided that Customer pays each invoice within 15 days.',
      ),
    );
    const conditioned = await json(['diff', '--rev', 'HEAD', 'msa.md']);
    assert.deepEqual(
      conditioned.concessions.changed.map((c) => c.what),
      [['condition']],
    );
    writeFileSync(join(repo, 'msa.md'), round3.replace('ten percent (10%)', 'fifteen percent (15%)'));
    const md = await run(['diff', '--rev', 'HEAD', 'msa.md', '--format', 'md'], repo);
    assert.match(
      md.stdout,
      /^# Round: msa\.md@HEAD → msa\.md\n\n## Provider\n\n- \*\*changed\*\* discount \(10%\) → discount \(15%\)/,
    );
    const html = await run(['diff', '--rev', 'HEAD', 'msa.md', '--format', 'html'], repo);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(html.stdout));
    writeFileSync(join(repo, 'old.md'), round1);
    const files = await run(['diff', 'old.md', 'msa.md'], repo);
    assert.match(files.stdout, /^Round: old\.md → msa\.md\n/);
    git('checkout', '-q', 'msa.md');
  });

  it('keeps like clauses apart when text is added above them, and a renamed party as one', async () => {
    // Words alike but for their figures: only their order tells them apart.
    const fees = [
      '3.1 The fee for year 1 is USD 10,000, which reflects a discount of 15% from the list price.',
      '',
      '3.2 The fee for year 2 is USD 12,000, which reflects a discount of 10% from the list price.',
      '',
    ];
    writeFileSync(join(repo, 'a.md'), ['# Order', '', PREAMBLE, '', ...fees].join('\n'));
    writeFileSync(
      join(repo, 'b.md'),
      [
        '# Order',
        '',
        PREAMBLE.replace('("Customer")', '("Client")'),
        '',
        '## 1. Scope',
        '',
        '1.1 Provider will host the platform described in the Order Form in its ' +
          'data centres in Frankfurt and Dublin, with the support hours set out there.',
        '',
        ...fees.map((l) => l.replace(/Customer/g, 'Client')),
      ].join('\n'),
    );
    const diff = await json(['diff', 'a.md', 'b.md']);
    assert.deepEqual([diff.concessions.added, diff.concessions.withdrawn, diff.concessions.changed], [[], [], []]);
    writeFileSync(
      join(repo, 'b.md'),
      [
        '# Order',
        '',
        PREAMBLE.replace('("Customer")', '("Client")'),
        '',
        ...fees,
        '3.3 Provider waives the setup fee.',
        '',
      ].join('\n'),
    );
    const text = await run(['diff', 'a.md', 'b.md'], repo);
    assert.match(
      text.stdout,
      /\n {2}Client conceded nothing, gave back nothing; got 1 \(waiver\)\.\n {2}Provider conceded 1 \(waiver\), gave back nothing; got nothing\.\n/,
    );
    assert.doesNotMatch(text.stdout, /Customer/);
  });

  it('says what is wrong with the arguments, in one line, with exit code 2', async () => {
    for (const [args, message] of [
      [['diff', 'msa.md'], /^reciprocity: diff needs two files \(OLD NEW\), or --rev REV and one file\n$/],
      [['diff', '--rev', 'no-such-rev', 'msa.md'], /^reciprocity: git cannot show msa\.md at no-such-rev/],
      [['diff', '--rev', '--upload-pack=x', 'msa.md'], /^reciprocity: /],
      [['diff', 'msa.md', 'msa.md', '--format', 'sarif'], /^reciprocity: unknown diff format: sarif/],
      [['check', '--rev', 'HEAD', 'msa.md'], /^reciprocity: --rev goes with diff\n$/],
    ] as [string[], RegExp][]) {
      const result = await run(args, repo);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.equal(result.stderr.split('\n').length, 2, 'one line');
    }
  });
});
