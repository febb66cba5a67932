/**
 * Checks every regular expression the engine uses for catastrophic backtracking: those written in
 * src/engine (found with the TypeScript parser) and those the engine builds at run time from its
 * lexicons and from a contract's party names (caught by wrapping the RegExp constructor while a
 * sample is reviewed). recheck (https://makenowjust-labs.github.io/recheck/) proposes an attack
 * string for each pattern it suspects; the pattern fails only if it is slow on a 20 KB attack,
 * because bounded gaps such as `[^.]{0,80}?` look polynomial to recheck yet cost a constant per start.
 * At 20 KB a quadratic pattern takes seconds and a linear one well under a millisecond.
 *
 * Patterns found safe or fast are remembered in test-results/regex-check.json, so that a run after
 * a change checks only the new patterns; --fresh ignores what was remembered.
 *
 *   npm run check:regexes [-- --all] [-- --fresh]   (--all: print every suspect, not just failures)
 */
import ts from 'typescript';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { check } from 'recheck';

interface Found {
  where: string;
  source: string;
  flags: string;
}

const ATTACK_SIZE = 20_000;
const SLOW_MS = 100;
/**
 * Patterns that are slow on a long attack but only ever read a short string, with where the bound
 * comes from. A pattern belongs here only when its every use is bounded.
 */
let boundedPatterns: Map<string, string> | undefined;
const bounded = (): Map<string, string> => {
  // Required only once the RegExp constructor is watched, so that loading the engine is seen.
  const { SUFFIXED_NAME } =
    require('../src/engine/parties/defined.ts') as typeof import('../src/engine/parties/defined.js');
  return (boundedPatterns ??= new Map([
    [SUFFIXED_NAME.source, 'nameBefore in parties/defined.ts reads at most 400 characters before a definition'],
  ]));
};

const found: Found[] = [];
const Native = RegExp;
globalThis.RegExp = new Proxy(Native, {
  construct(target, args: [string | RegExp, string?]) {
    const made = new target(...args);
    found.push({ where: 'built at run time', source: made.source, flags: made.flags });
    return made;
  },
}) as RegExpConstructor;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : f.endsWith('.ts') ? [path] : [];
  });
for (const file of walk('src/engine')) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf('/');
      found.push({
        where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
// Loading the engine compiles its lexicons; reviewing samples builds the per-contract patterns.
const { review } = require('../src/engine/index.ts') as typeof import('../src/engine/index.js');
for (const sample of readdirSync('examples')) review(readFileSync(join('examples', sample), 'utf8'));
globalThis.RegExp = Native;

const all = process.argv.includes('--all');
const unique = [...new Map(found.map((f) => [`/${f.source}/${f.flags}`, f])).values()];
const failures: string[] = [];
let unchecked = 0;
// Passing patterns of earlier runs, with the recheck version that passed them.
const CACHE = join('test-results', 'regex-check.json');
const version = (require('recheck/package.json') as { version: string }).version;
const cached =
  existsSync(CACHE) && !process.argv.includes('--fresh')
    ? (JSON.parse(readFileSync(CACHE, 'utf8')) as { version: string; passed: string[] })
    : undefined;
const passed = new Set(cached?.version === version ? cached.passed : []);
// recheck runs its checks in a native subprocess: two at a time keep both cores busy.
const queue = unique.filter(({ source, flags }) => !passed.has(`/${source}/${flags}`));
const remembered = unique.length - queue.length;
// Saved after every pattern, so that a run cut short still spares the next one what it checked.
const remember = (): void => {
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify({ version, passed: [...passed].sort() }, null, 1));
};
void Promise.all(
  [0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await inspect(next);
      remember();
    }
  }),
).then(() => {
  console.log(
    `${unique.length} patterns checked (${remembered} passed in an earlier run), ${unchecked} beyond recheck's time limit, ${failures.length} slow on a ${ATTACK_SIZE / 1000} KB attack string`,
  );
  for (const failure of failures) console.log(failure);
  process.exitCode = failures.length ? 1 : 0;
});

async function inspect({ where, source, flags }: Found): Promise<void> {
  const key = `/${source}/${flags}`;
  const result = await check(source, flags.replace(/[gy]/g, ''), { timeout: 5_000 });
  if (result.status === 'safe') {
    passed.add(key);
    return;
  }
  // Where recheck cannot tell (back-references, say), the pattern is timed on attacks made of its own words.
  const attacks = result.status === 'vulnerable' && result.attack ? [result.attack] : wordAttacks(source);
  if (result.status !== 'vulnerable') unchecked++;
  const pattern = new Native(source, flags.includes('g') ? flags : `${flags}g`);
  const { ms, growth } = attacks.map((attack) => timeAttack(pattern, attack)).reduce((a, b) => (b.ms > a.ms ? b : a));
  const bound = bounded().get(source);
  // Slow and growing faster than the attack (twice the attack, well over twice the time), or just very slow.
  const slow = !bound && ((ms > SLOW_MS && growth > 3) || ms > 10 * SLOW_MS);
  const line = `${slow ? 'FAIL' : 'ok  '} ${ms.toFixed(1).padStart(7)} ms  ×${growth.toFixed(1)} for 2× the attack  ${result.status === 'vulnerable' ? result.complexity.type : `${result.status}, own words`}  ${where}  ${key.slice(0, 120)}${bound ? `  (input bounded: ${bound})` : ''}`;
  if (slow) failures.push(line);
  else {
    passed.add(key);
    if (all) console.log(line);
  }
}

type Attack = { pumps: { prefix: string; pump: string }[]; suffix: string };

/** Attacks made of a pattern's own words with long runs of blanks, dots and repeats between them. */
function wordAttacks(source: string): Attack[] {
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{3,}/gi) ?? [])].slice(0, 12);
  const lead = words.join(' ');
  return [
    ...[' ', '\t', '. ', ' a', `${words[0] ?? 'a'} `].map((pump) => ({
      pumps: [{ prefix: `${lead} `, pump }],
      suffix: 'N',
    })),
    { pumps: [{ prefix: '', pump: `${lead} ` }], suffix: 'N' },
  ];
}

/**
 * Runs the pattern over recheck's attack, pumped a little more each time, as the engine would,
 * until the attack reaches about ATTACK_SIZE characters or a run takes longer than SLOW_MS:
 * growing by a quarter keeps an exponential pattern from jumping straight to a run that never ends.
 * Returns the last run's time and how much longer it took than a run on an attack half as long.
 */
function timeAttack(pattern: RegExp, attack: Attack): { ms: number; growth: number } {
  const per = Math.max(
    1,
    attack.pumps.reduce((n, p) => n + p.pump.length, 0),
  );
  const run = (times: number): number => {
    const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
    const start = performance.now();
    pattern.lastIndex = 0;
    while (pattern.exec(text)) if (performance.now() - start > 10 * SLOW_MS) break;
    return performance.now() - start;
  };
  for (let times = 1; ; times = Math.max(times + 1, Math.ceil(times * 1.25))) {
    const ms = run(times);
    if (ms > SLOW_MS || times * per >= ATTACK_SIZE)
      return { ms, growth: ms / Math.max(0.01, run(Math.ceil(times / 2))) };
  }
}
