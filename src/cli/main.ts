/**
 * The `reciprocity` command. Exit codes: 0 clean, 1 when findings reach a warning (or pass
 * --max-warnings), 2 for usage or I/O errors, always with a one-line message, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { review, type Review } from '../engine/index.js';
import { toJsonFile, toJsonReport } from '../engine/format/json.js';
import { formatText } from '../engine/format/text.js';
import { toSarif } from '../engine/format/sarif.js';
import { expandPaths, readText, displayPath, UsageError } from './files.js';
import { version } from '../../package.json';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (for colour). */
  isTTY?: boolean;
}

const HELP = `Usage: reciprocity <command> [files|dirs|globs] [options]

Commands:
  check    Flag concessions that get nothing back (default)

Options:
  --format text|json|sarif   Output format (default: text)
  --max-warnings N           Exit 1 only when there are more than N warnings
  --output FILE              Write the output to FILE instead of standard output
  --no-color                 Plain text output
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 clean, 1 findings at warning or above, 2 usage or I/O error.
`;

export const INFORMATION_URI = 'https://github.com/reciprocity/reciprocity';

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`reciprocity: ${error.message}\n`);
      return 2;
    }
    io.stderr(`reciprocity: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

function run(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
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
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals[0] === 'check' ? positionals : ['check', ...positionals];
  if (command !== 'check') throw new UsageError(`unknown command: ${command} (see --help)`);
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format: ${format} (use text, json or sarif)`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || (values['max-warnings'] !== undefined && maxWarnings < 0)) throw new UsageError(`--max-warnings needs a whole number, got ${values['max-warnings']}`);
  if (paths.length === 0) throw new UsageError('no files given (for example: reciprocity check contracts/)');

  const reviewed: { path: string; review: Review }[] = [];
  for (const file of expandPaths(paths, io.cwd)) {
    const shown = displayPath(file, io.cwd);
    const read = readText(file, io.cwd);
    if ('skipped' in read) {
      io.stderr(`reciprocity: skipped ${shown}: ${read.skipped}\n`);
      continue;
    }
    reviewed.push({ path: shown, review: review(read.text) });
  }
  if (reviewed.length === 0) throw new UsageError('no file could be reviewed');

  const files = reviewed.map(({ path, review: r }) => ({ path, text: r.text, findings: r.findings }));
  let output: string;
  if (format === 'json') output = `${JSON.stringify(toJsonReport(reviewed.map(({ path, review: r }) => toJsonFile(path, r))), null, 2)}\n`;
  else if (format === 'sarif') output = `${JSON.stringify(toSarif(files, { version, informationUri: INFORMATION_URI }), null, 2)}\n`;
  else output = formatText(files, { color: !values['no-color'] && (values.color || (io.isTTY === true && !values.output)) });

  if (values.output) {
    try {
      writeFileSync(join(io.cwd, values.output), output);
    } catch (error) {
      throw new UsageError(`cannot write ${values.output} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    io.stdout(output);
  }

  const all = reviewed.flatMap((r) => r.review.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  return maxWarnings >= 0 ? (warnings > maxWarnings ? 1 : 0) : warnings > 0 ? 1 : 0;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.split(/\.\s/)[0]!.replace(/\.$/, '');
}
