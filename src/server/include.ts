/** `reciprocity.include` globs against a document's path inside a workspace folder (or its whole path). */
import picomatch from 'picomatch';

const matchers = new Map<string, (path: string) => boolean>();

export function matchesInclude(uri: string, roots: readonly string[], patterns: readonly string[]): boolean {
  if (!patterns.length) return false;
  const root = roots.find((r) => uri.startsWith(r.endsWith('/') ? r : `${r}/`));
  const raw = root ? uri.slice(root.length).replace(/^\//, '') : uri.replace(/^[a-z]+:\/\/[^/]*\//i, '');
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // A malformed escape: match the path as it is written.
  }
  return patterns.some((pattern) => {
    let match = matchers.get(pattern);
    if (!match) {
      match = picomatch(pattern, { dot: true });
      matchers.set(pattern, match);
    }
    return match(path);
  });
}
