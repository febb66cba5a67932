/** The contracts at hand, for tests, the soak run and the bench: examples, eval files and the real corpus. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const folders = {
  examples: join(root, 'examples'),
  fixtures: join(root, 'test', 'fixtures'),
  evalDev: join(root, '..', 'shared', 'eval', 'dev'),
  corpus: join(root, '..', 'shared', 'corpus'),
};

/** Markdown files under a folder, recursively and sorted; none when it is missing. */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? markdownFiles(p) : f.endsWith('.md') ? [p] : [];
    });
}

/** The texts of every Markdown file under the folders. */
export function readContracts(...dirs: string[]): string[] {
  return dirs.flatMap(markdownFiles).map((f) => readFileSync(f, 'utf8'));
}

/** Contracts one after another, from the first, until `size` characters (starting over if needed). */
export function contractOf(texts: readonly string[], size: number): string {
  // With nothing to join, the loop below would never end.
  if (!texts.length) throw new Error('contractOf: no contracts to join (is the corpus folder there?)');
  const parts: string[] = [];
  for (let length = 0; length < size;) {
    for (const text of texts) {
      if (length >= size) break;
      parts.push(text);
      length += text.length + 2;
    }
  }
  return parts.join('\n\n').slice(0, size);
}
