/**
 * `npm run bench`: Reciprocity's speed, printed as figures and as ratios against baselines measured
 * in the same run (these machines are noisy; ratios travel, milliseconds do not). Medians of
 * several runs. Not a test: nothing here fails a build.
 *
 *   (a) full review vs a bare unified + remark-parse + remark-gfm parse, per corpus file and on 1 MB
 *   (b) re-review after a one-character edit in the middle of the 1 MB contract: incremental vs full
 *   (c) the CLI vs markdownlint-cli2 and remark-cli (remark-preset-lint-recommended) on the corpus
 *   (d) extension activation time and bundle size
 *   (e) peak memory, and time against size (2× the text should take ≤ 2.2× the time)
 *   (f) each pathological input of issue 6 at two sizes: twice the input should take about twice the time
 *   (g) the language server through the protocol: first diagnostics, and a keystroke to its diagnostics
 *
 * `npm run bench -- d e` runs only the sections named.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { review, ReviewSession } from '../src/engine/index.js';
import { contractOf, folders, markdownFiles, readContracts, root } from '../test/helpers/corpus.js';
import { pathologies } from '../test/helpers/pathological.js';
import { protocolBench } from './bench-protocol.js';

const corpus = folders.corpus;
const MB = 1 << 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Median wall time of `runs` calls, in milliseconds. */
function time(runs: number, f: () => void): number {
  return timeEach(runs, [f])[0]!;
}

/**
 * Median wall times of each function, in milliseconds, run in turns (one of each, `runs` times):
 * this machine's speed drifts within seconds, and what is compared must see the same drift.
 */
function timeEach(runs: number, fs: readonly (() => void)[]): number[] {
  const samples = fs.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fs.forEach((f, j) => {
      const start = performance.now();
      f();
      samples[j]!.push(performance.now() - start);
    });
  }
  return samples.map(median);
}

const bareParse = (text: string): unknown => unified().use(remarkParse).use(remarkGfm).parse(text);
const ms = (n: number): string => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

const only = new Set(process.argv.slice(2));
const wanted = (letter: string): boolean => only.size === 0 || only.has(letter);

function section(title: string): void {
  console.log(`\n${title}`);
}

function main(): Promise<void> | void {
  if (!existsSync(corpus)) {
    console.error(`bench: the corpus is missing at ${corpus}`);
    process.exit(2);
  }
  const files = markdownFiles(corpus);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  // Texts that repeat would be parsed once and flatter the figures: the 2 MB contract must be all different.
  if (texts.reduce((n, t) => n + t.length, 0) < 2 * MB)
    console.warn('bench: the corpus is under 2 MB, so the long contracts repeat it');
  console.log(
    `Reciprocity bench — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}`,
  );
  // Warm up the JIT on a few files so the first measurements are not penalised.
  for (const t of texts.slice(0, 10)) {
    review(t);
    bareParse(t);
  }

  const oneMB = contractOf(texts, MB);
  const twoMB = contractOf(texts, 2 * MB);
  if (wanted('a')) {
    section(
      '(a) full review vs bare parse (unified + remark-parse + remark-gfm), median of 3 (5 for 1 MB), run in turns',
    );
    let totalReview = 0;
    let totalParse = 0;
    const rows: [string, number, number, number][] = [];
    files.forEach((file, i) => {
      const text = texts[i]!;
      const [full, parse] = timeEach(3, [() => review(text), () => bareParse(text)]) as [number, number];
      totalReview += full;
      totalParse += parse;
      rows.push([relative(corpus, file), text.length, full, parse]);
    });
    for (const [name, size, full, parse] of rows)
      console.log(
        `  ${name.slice(0, 58).padEnd(58)} ${(size / 1024).toFixed(0).padStart(5)} KB  review ${ms(full).padStart(8)}  parse ${ms(parse).padStart(8)}  ${ratio(full, parse)}`,
      );
    const worst = rows.reduce((a, b) => (b[2] / b[3] > a[2] / a[3] ? b : a));
    console.log(
      `  all ${files.length} files: review ${ms(totalReview)}, parse ${ms(totalParse)}: ${ratio(totalReview, totalParse)} (worst file ${ratio(worst[2], worst[3])}, ${worst[0]})`,
    );

    const [fullMB, parseMB] = timeEach(5, [() => review(oneMB), () => bareParse(oneMB)]) as [number, number];
    console.log(
      `  1 MB contract: review ${ms(fullMB)}, bare parse ${ms(parseMB)}: review/parse ${ratio(fullMB, parseMB)}  (target ≤ 1.5×)`,
    );
  }
  if (wanted('b')) {
    section(
      '(b) re-review after a one-character edit in the middle of the 1 MB contract, median of 41 (a keystroke typed, then deleted)',
    );
    const session = new ReviewSession();
    session.review(oneMB);
    // The edited text is made before the clock starts, and flat, as the editor's getText() hands it
    // over: a text made by concatenation is a rope that its first reader pays ~1.5 ms to flatten.
    const typeAt = (at: number, typed: boolean): string => {
      const text = `${oneMB.slice(0, at)}${typed ? 'x' : ''}${oneMB.slice(at)}`;
      text.charCodeAt(0);
      return text;
    };
    const middle = oneMB.length >> 1;
    const spots = 50;
    const spotAt = (i: number): number => Math.floor(((i + 0.5) / spots) * oneMB.length);
    // Steady state, as in an editor that has been open a while: the code paths are compiled first.
    for (let i = 0; i < spots; i++) for (const typed of [true, false]) session.review(typeAt(spotAt(i), typed));
    const edited = [typeAt(middle, true), typeAt(middle, false)];
    let version = 0;
    const incremental = time(41, () => {
      session.review(edited[version++ % 2]!);
    });
    const fullEdited = time(3, () => review(edited[0]!));
    console.log(
      `  incremental ${ms(incremental)}, full ${ms(fullEdited)}: ${(fullEdited / incremental).toFixed(1)}× faster  (target ≤ 16 ms)`,
    );
    // One spot says little: the cost of a keystroke is that of re-parsing the Markdown block it is in.
    const samples: number[] = [];
    const before = { ...session.counts };
    session.review(oneMB);
    for (let i = 0; i < spots; i++) {
      const at = spotAt(i);
      for (const typed of [true, false]) {
        const text = typeAt(at, typed);
        const start = performance.now();
        session.review(text);
        samples.push(performance.now() - start);
      }
    }
    samples.sort((a, b) => a - b);
    const read = session.counts.incremental - before.incremental;
    console.log(
      `  a keystroke typed and deleted at ${spots} spots across the contract: median ${ms(median(samples))}, 90th percentile ${ms(samples[Math.floor(samples.length * 0.9)]!)}, slowest ${ms(samples[samples.length - 1]!)}; ${read} of ${samples.length} read only what the edit touched`,
    );
  }
  if (wanted('c')) {
    section('(c) command-line tools on the whole corpus, median of 5, run in turns');
    const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
    const run = (command: string, args: string[]) => (): void => {
      spawnSync(command, args, { cwd: root, stdio: 'ignore', maxBuffer: 1 << 30 });
    };
    const corpusMB = texts.reduce((n, t) => n + t.length, 0) / MB;
    const names = ['reciprocity check', 'markdownlint-cli2', 'remark-cli (lint-recommended)'];
    const times = timeEach(5, [
      run(process.execPath, [join(root, 'dist', 'cli.js'), 'check', corpus, '--format', 'json']),
      run(bin('markdownlint-cli2'), [`${relative(root, corpus)}/**/*.md`]),
      run(bin('remark'), [
        relative(root, corpus),
        '--quiet',
        '--frail',
        '--no-config',
        '--use',
        'remark-preset-lint-recommended',
        '--use',
        'remark-gfm',
        '--use',
        'remark-frontmatter',
      ]),
    ]);
    const tools = names.map((name, i): [string, number] => [name, times[i]!]);
    const [, ours] = tools[0]!;
    for (const [name, t] of tools)
      console.log(
        `  ${name.padEnd(30)} ${ms(t).padStart(9)}  ${(t / corpusMB).toFixed(0).padStart(6)} ms/MB  ${ratio(t, ours)} Reciprocity's time`,
      );
  }
  if (wanted('d')) {
    section('(d) extension: activation and bundle');
    execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'ignore' });
    const bundle = statSync(join(root, 'dist', 'extension.js')).size;
    console.log(
      `  bundle dist/extension.js (the language client, minified): ${(bundle / 1024).toFixed(0)} KB  (target ≤ 500 KB)`,
    );
    console.log(
      `  activation (load the bundle and run activate() against a stub vscode API): ${ms(activation())}  (target ≤ 50 ms)`,
    );
    execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'ignore' });
  }
  if (wanted('e')) {
    section('(e) memory and time against size');
    const dir = mkdtempSync(join(tmpdir(), 'reciprocity-bench-'));
    for (const [name, text] of [
      ['1mb.md', oneMB],
      ['2mb.md', twoMB],
    ] as const)
      writeFileSync(join(dir, name), text);
    for (const name of ['1mb.md', '2mb.md'])
      console.log(
        `  peak memory reviewing ${name.replace('.md', '').toUpperCase()} with the CLI: ${peakMemoryMB(join(dir, name)).toFixed(0)} MB (resident)`,
      );
    // The same words alone and together: the first MB, the second MB, then both as one contract.
    const secondMB = twoMB.slice(oneMB.length);
    const [first, second, both] = timeEach(3, [() => review(oneMB), () => review(secondMB), () => review(twoMB)]) as [
      number,
      number,
      number,
    ];
    console.log(
      `  first MB ${ms(first)}, second MB ${ms(second)}, both as one 2 MB contract ${ms(both)}: 2× the text takes ${ratio(both, (first + second) / 2)} the time of 1 MB  (target ≤ 2.2×)`,
    );
  }
  if (wanted('f')) {
    section('(f) pathological input (issue 6) at a size and at twice it, median of 3');
    for (const { name, make, benchScale } of pathologies(readContracts(folders.corpus, folders.examples))) {
      const [once, twice] = [make(benchScale), make(2 * benchScale)];
      const [t1, t2] = [time(3, () => review(once)), time(3, () => review(twice))];
      console.log(
        `  ${name.padEnd(28)} ${(once.length / 1024).toFixed(0).padStart(6)} KB ${ms(t1).padStart(9)}   twice: ${(twice.length / 1024).toFixed(0).padStart(6)} KB ${ms(t2).padStart(9)}   ${ratio(t2, t1)} the time`,
      );
    }
  }
  if (wanted('g')) {
    section('(g) the language server (reciprocity lsp --stdio, bundled) through the protocol');
    const tenKB = contractOf(texts, 10 * 1024);
    return protocolBench(root, tenKB, oneMB);
  }
}

/** Loads the production bundle with a stub `vscode` and times require + activate(). */
function activation(): number {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const path = join(root, 'dist', 'extension.js');
    delete require.cache[path];
    const original = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
    (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = (request, ...rest) =>
      request === 'vscode' ? stubModule() : original(request, ...rest);
    try {
      const start = performance.now();
      const extension = require(path) as { activate(context: unknown): void };
      extension.activate(stub());
      samples.push(performance.now() - start);
    } finally {
      (Module as unknown as { _load: unknown })._load = original;
    }
  }
  return median(samples);
}

/** The vscode API's top-level names the bundle reads: a stub module lists them as its own. */
const VSCODE_NAMES = [
  'window',
  'workspace',
  'languages',
  'commands',
  'l10n',
  'env',
  'extensions',
  'Uri',
  'Range',
  'Position',
  'Selection',
  'Location',
  'Diagnostic',
  'DiagnosticSeverity',
  'DiagnosticRelatedInformation',
  'EventEmitter',
  'Disposable',
  'StatusBarAlignment',
  'ThemeColor',
  'ThemeIcon',
  'CodeAction',
  'CodeActionKind',
  'Hover',
  'MarkdownString',
  'SnippetString',
  'SnippetTextEdit',
  'TextEdit',
  'WorkspaceEdit',
  'ConfigurationTarget',
  'ProgressLocation',
  'ViewColumn',
  'RelativePattern',
  'FileType',
  'CancellationTokenSource',
  'TreeItem',
  'version',
  // Classes vscode-languageclient extends.
  'CallHierarchyItem',
  'CodeLens',
  'CompletionItem',
  'DocumentLink',
  'InlayHint',
  'SymbolInformation',
  'TypeHierarchyItem',
  'CancellationError',
];

/** A stand-in for the vscode module: every name another stub. */
function stubModule(): never {
  return new Proxy(
    {},
    {
      // The client checks the host's version.
      get: (_, key) => (key === '__esModule' ? false : key === 'version' ? '1.139.0' : stub()),
      ownKeys: () => VSCODE_NAMES,
      getOwnPropertyDescriptor: (_, key) => ({
        configurable: true,
        enumerable: true,
        value: key === 'version' ? '1.139.0' : VSCODE_NAMES.includes(String(key)) ? stub() : undefined,
      }),
    },
  ) as never;
}

/** A stand-in for any part of the vscode API: callable, constructible, every property another stub. */
function stub(): never {
  const target = function () {
    /* stub */
  };
  return new Proxy(target, {
    get: (_, key) =>
      key === Symbol.toPrimitive
        ? () => ''
        : key === 'then'
          ? undefined
          : key === Symbol.iterator
            ? [][Symbol.iterator]
            : stub(),
    set: () => true,
    defineProperty: () => true,
    apply: () => stub(),
    construct: () => stub(),
  }) as never;
}

/** Runs the CLI on a file in a child process and reads its peak resident memory. */
function peakMemoryMB(file: string): number {
  const preload = join(tmpdir(), 'reciprocity-bench-maxrss.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  const result = spawnSync(
    process.execPath,
    ['--require', preload, join(root, 'dist', 'cli.js'), 'check', file, '--format', 'json'],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const kb = /MAXRSS (\d+)/.exec(result.stderr)?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

void main();
