/**
 * The `reciprocity` command. Exit codes: 0 clean, 1 when findings reach a warning (or pass
 * --max-warnings), 2 for usage or I/O errors, always with a one-line message, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  review,
  type Review,
  toJsonFile,
  toJsonReport,
  formatText,
  toSarif,
  ledger,
  contractRow,
  renderMarkdown,
  renderWorkspaceMarkdown,
  renderHtml,
  renderWorkspaceHtml,
} from '../engine/index.js';
import { expandPaths, readText, displayPath, UsageError } from './files.js';
import { DIFF_FORMATS, diffDrafts, draftsFor } from './diff.js';
import { randomBytes } from 'node:crypto';
import { version } from '../../package.json';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (for colour). */
  isTTY?: boolean;
  /** Reviews the files' texts, in order (the command runs them on every core); one by one here otherwise. */
  reviewTexts?: (texts: readonly string[]) => Promise<Review[]>;
}

const HELP = `Usage: reciprocity <command> [files|dirs|globs] [options]

Commands:
  check    Flag concessions that get nothing back (default)
  report   Print the give/get report: what each party gives and gets
  diff     What each side conceded and gave back between two drafts:
           diff OLD.md NEW.md, or diff --rev REV[..REV] FILE (git revisions)
  lsp      Start the language server (--stdio, --node-ipc or --socket=PORT)

Options:
  --format text|json|sarif   Output format of check (default: text)
  --format md|html           Output format of report (default: md)
  --format text|json|md|html Output format of diff (default: text)
  --rev REV or A..B          With diff: the file at a git revision (A..B: two revisions)
  --max-warnings N           Exit 1 only when there are more than N warnings
  --output FILE              Write the output to FILE instead of standard output
  --no-color                 Plain text output
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 clean, 1 findings at warning or above (for diff: brought in by the round),
2 usage or I/O error.
`;

export const INFORMATION_URI = 'https://github.com/reciprocity/reciprocity';

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`reciprocity: ${error.message}\n`);
      return 2;
    }
    io.stderr(`reciprocity: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (positionals[0] === 'diff') {
    const format = values.format ?? 'text';
    if (!DIFF_FORMATS.includes(format))
      throw new UsageError(`unknown diff format: ${format} (use text, json, md or html)`);
    const { output, worse } = diffDrafts(draftsFor(positionals.slice(1), values.rev, io.cwd), format);
    write(output, values.output, io);
    return worse ? 1 : 0;
  }
  if (values.rev !== undefined) throw new UsageError('--rev goes with diff');
  const [command, ...paths] =
    positionals[0] === 'check' || positionals[0] === 'report' ? positionals : ['check', ...positionals];
  const format = values.format ?? (command === 'report' ? 'md' : 'text');
  if (command === 'check' && !['text', 'json', 'sarif'].includes(format))
    throw new UsageError(`unknown format: ${format} (use text, json or sarif)`);
  if (command === 'report' && !['md', 'html'].includes(format))
    throw new UsageError(`unknown report format: ${format} (use md or html)`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || (values['max-warnings'] !== undefined && maxWarnings < 0))
    throw new UsageError(`--max-warnings needs a whole number, got ${values['max-warnings']}`);
  if (paths.length === 0) throw new UsageError('no files given (for example: reciprocity check contracts/)');

  const reviewed = await reviewFiles(paths, io);
  if (command === 'report') {
    write(renderReport(reviewed, format), values.output, io);
    return 0;
  }
  const color = !values['no-color'] && (values.color || (io.isTTY === true && !values.output));
  write(renderCheck(reviewed, format, color), values.output, io);
  const all = reviewed.flatMap((r) => r.review.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  return maxWarnings >= 0 ? (warnings > maxWarnings ? 1 : 0) : warnings > 0 ? 1 : 0;
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        rev: { type: 'string' },
        'max-warnings': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${firstLine((error as Error).message)} (see --help)`);
  }
}

interface Reviewed {
  path: string;
  review: Review;
}

/** Reads every file the paths name (saying which were skipped and why) and reviews them. */
async function reviewFiles(paths: string[], io: Io): Promise<Reviewed[]> {
  const read: { path: string; text: string }[] = [];
  for (const file of expandPaths(paths, io.cwd)) {
    const shown = displayPath(file, io.cwd);
    const result = readText(file);
    if ('skipped' in result) io.stderr(`reciprocity: skipped ${shown}: ${result.skipped}\n`);
    else read.push({ path: shown, text: result.text });
  }
  if (read.length === 0) throw new UsageError('no file could be reviewed');
  const texts = read.map((r) => r.text);
  const reviews = await (io.reviewTexts ? io.reviewTexts(texts) : Promise.resolve(texts.map((t) => review(t))));
  return read.map(({ path }, i) => ({ path, review: reviews[i]! }));
}

/** `reciprocity report`: one contract's give/get report, or the workspace's, as Markdown or HTML. */
function renderReport(reviewed: Reviewed[], format: string): string {
  const ledgers = reviewed.map(({ path, review: r }) => ({ path, ledger: ledger(r) }));
  const nonce = randomBytes(16).toString('base64');
  const rows = ledgers.map(({ path, ledger: l }) => contractRow(path, l));
  const single = ledgers.length === 1 ? ledgers[0]! : undefined;
  if (format === 'html')
    return single ? renderHtml(single.path, single.ledger, nonce) : renderWorkspaceHtml(ledgers, rows, nonce);
  return single ? renderMarkdown(single.path, single.ledger) : renderWorkspaceMarkdown(ledgers, rows);
}

/** `reciprocity check`: the findings as text, JSON (FORMAT.md) or SARIF. */
function renderCheck(reviewed: Reviewed[], format: string, color: boolean): string {
  const files = reviewed.map(({ path, review: r }) => ({ path, text: r.text, findings: r.findings }));
  if (format === 'json')
    return `${JSON.stringify(toJsonReport(reviewed.map(({ path, review: r }) => toJsonFile(path, r))), null, 2)}\n`;
  if (format === 'sarif')
    return `${JSON.stringify(toSarif(files, { version, informationUri: INFORMATION_URI }), null, 2)}\n`;
  return formatText(files, { color });
}

/** Writes to --output, or to standard output. */
function write(output: string, file: string | undefined, io: Io): void {
  if (!file) {
    io.stdout(output);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, file), output);
  } catch (error) {
    throw new UsageError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.split(/\.\s/)[0]!.replace(/\.$/, '');
}
