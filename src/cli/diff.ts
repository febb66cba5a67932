/**
 * `reciprocity diff OLD NEW` and `reciprocity diff --rev REV[..REV] FILE`: what each side conceded
 * and gave back between two drafts. Git is asked for older revisions (`git show REV:./FILE`).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';
import {
  review,
  compareDrafts,
  type RoundDiff,
  renderRoundHtml,
  renderRoundMarkdown,
  renderRoundText,
} from '../engine/index.js';
import { displayPath, readText, UsageError } from './files.js';

export const DIFF_FORMATS = ['text', 'json', 'md', 'html'];

interface Draft {
  label: string;
  text: string;
}

/** The two drafts the arguments name: two files, or a file at one or two git revisions. */
export function draftsFor(paths: readonly string[], rev: string | undefined, cwd: string): [Draft, Draft] {
  if (rev === undefined) {
    if (paths.length !== 2) throw new UsageError('diff needs two files (OLD NEW), or --rev REV and one file');
    return [fromFile(paths[0]!, cwd), fromFile(paths[1]!, cwd)];
  }
  if (paths.length !== 1) throw new UsageError('diff --rev needs exactly one file');
  const file = resolve(cwd, paths[0]!);
  const [from, to] = rev.includes('..') ? (rev.split('..', 2) as [string, string]) : [rev, undefined];
  if (!from || to === '') throw new UsageError(`--rev needs a revision or A..B, got ${rev}`);
  const shown = displayPath(file, cwd);
  return [fromGit(file, from, shown), to ? fromGit(file, to, shown) : fromFile(paths[0]!, cwd)];
}

function fromFile(path: string, cwd: string): Draft {
  const file = resolve(cwd, path);
  const result = readText(file);
  if ('skipped' in result) throw new UsageError(`cannot read ${path}: ${result.skipped}`);
  return { label: displayPath(file, cwd), text: result.text };
}

function fromGit(file: string, rev: string, shown: string): Draft {
  if (!/^[\w./~^@{}-]+$/.test(rev) || rev.startsWith('-')) throw new UsageError(`not a revision: ${rev}`);
  try {
    const text = execFileSync('git', ['show', `${rev}:./${basename(file)}`], {
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    });
    return { label: `${shown}@${rev}`, text };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
      .split('\n')[0]
      ?.replace(/^fatal: /, '');
    throw new UsageError(`git cannot show ${shown} at ${rev}${stderr ? `: ${stderr}` : ''}`);
  }
}

/** The round between two drafts, rendered; and whether it brought in a warning or an error. */
export function diffDrafts(
  [before, after]: [Draft, Draft],
  format: string,
): { output: string; diff: RoundDiff; worse: boolean } {
  const diff = compareDrafts(before.label, review(before.text), after.label, review(after.text));
  const output =
    format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : format === 'md'
        ? renderRoundMarkdown(diff)
        : format === 'html'
          ? renderRoundHtml(diff, randomBytes(16).toString('base64'))
          : renderRoundText(diff);
  return { output, diff, worse: diff.findings.some((f) => f.severity !== 'info') };
}
