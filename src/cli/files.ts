/**
 * Which files a command reviews, and reading them safely: directories are searched for Markdown,
 * globs are expanded, and a file that is binary, not UTF-8 or unreadable is skipped with a reason.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const MARKDOWN = '**/*.{md,markdown,mdown,mkd}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands paths, directories and globs (each relative to cwd, or absolute) to a sorted list of
 * absolute file paths. Throws UsageError for a missing path.
 */
export function expandPaths(inputs: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) {
      const found = globSync(MARKDOWN, { cwd: path, ignore: IGNORE, dot: false, absolute: true });
      if (found.length === 0) throw new UsageError(`no Markdown files in ${input}`);
      for (const f of found) files.add(resolve(f));
    } else if (stat?.isFile()) {
      files.add(path);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, ignore: IGNORE, absolute: true });
      if (found.length === 0) throw new UsageError(`no files match ${input}`);
      for (const f of found) files.add(resolve(f));
    } else {
      throw new UsageError(`no such file or directory: ${input}`);
    }
  }
  return [...files].sort();
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
export function readText(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
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

/**
 * A path as shown to the user, alike in every output format: relative to cwd when inside it,
 * absolute otherwise (never a `../` path, which would only make sense from where it was run).
 */
export function displayPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(resolve(cwd), absolute);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside || rel === '' ? absolute : rel;
}
