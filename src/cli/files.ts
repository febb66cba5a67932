/**
 * Which files a command reviews, and reading them safely: directories are searched for Markdown,
 * globs are expanded, and a file that is binary, not UTF-8 or unreadable is skipped with a reason.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const MARKDOWN = '**/*.{md,markdown,mdown,mkd}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Expands paths, directories and globs to a sorted list of files. Throws UsageError for a missing path. */
export function expandPaths(inputs: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const stat = statOrUndefined(join(cwd, input)) ?? statOrUndefined(input);
    if (stat?.isDirectory()) {
      const found = globSync(MARKDOWN, { cwd: resolveIn(cwd, input), ignore: IGNORE, dot: false }).map((f) => join(input, f));
      if (found.length === 0) throw new UsageError(`no Markdown files in ${input}`);
      for (const f of found) files.add(f);
    } else if (stat?.isFile()) {
      files.add(input);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, ignore: IGNORE });
      if (found.length === 0) throw new UsageError(`no files match ${input}`);
      for (const f of found) files.add(f);
    } else {
      throw new UsageError(`no such file or directory: ${input}`);
    }
  }
  return [...files].sort();
}

function resolveIn(cwd: string, path: string): string {
  return statOrUndefined(join(cwd, path)) ? join(cwd, path) : path;
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export type ReadResult = { text: string } | { skipped: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads a file as UTF-8 text, or says why it was skipped. The BOM is dropped, as editors do. */
export function readText(path: string, cwd: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(statOrUndefined(join(cwd, path)) ? join(cwd, path) : path);
  } catch (error) {
    return { skipped: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary file' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { skipped: 'not UTF-8 text' };
  }
}

/** A path as shown to the user: relative to cwd when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, join(cwd, path));
  return rel.startsWith('..') ? path : rel;
}
