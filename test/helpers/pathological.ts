/**
 * The pathological inputs of issue 6, each at a scale: at scale 1 the size the issue names, at
 * scale 2 twice as much of the same thing. Tests review them at scale 1; the bench times them at
 * two scales to show that the time grows in proportion to the size.
 */
import { contractOf } from './corpus.js';

const MB = 1 << 20;

export interface Pathology {
  name: string;
  make(scale: number): string;
  /** The scale the bench times (and twice it): large enough to measure, small enough to run often. */
  benchScale: number;
}

/** Deterministic pseudo-random bytes (no seed drift between runs). */
function bytes(count: number): Buffer {
  const out = Buffer.alloc(count);
  let x = 2463534242;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const n = (base: number, scale: number): number => Math.max(1, Math.round(base * scale));

export function pathologies(contracts: readonly string[]): Pathology[] {
  return [
    { name: 'a 10 MB contract', benchScale: 0.05, make: (s) => contractOf(contracts, n(10 * MB, s)) },
    {
      name: 'a single 1 MB line',
      benchScale: 0.5,
      make: (s) => contractOf(contracts, n(MB, s)).replace(/\r?\n/g, ' '),
    },
    {
      name: '10 000 nested list levels',
      benchScale: 10,
      make: (s) => `${'- '.repeat(n(10_000, s))}Provider waives the setup fee.\n`,
    },
    {
      name: '10 000 nested ordered lists',
      benchScale: 10,
      make: (s) => `${'1. '.repeat(n(10_000, s))}Provider waives the setup fee.\n`,
    },
    {
      name: '10 000 nested quotes',
      benchScale: 20,
      make: (s) => `${'>'.repeat(n(10_000, s))} Provider waives the setup fee.\n`,
    },
    {
      name: '50 000 headings',
      benchScale: 0.1,
      make: (s) =>
        Array.from(
          { length: n(50_000, s) },
          (_, i) => `## ${i + 1}. Fees ${i + 1}\n\nProvider waives the fee in Section ${i}.`,
        ).join('\n\n'),
    },
    {
      name: '100 000 cross-references',
      benchScale: 0.25,
      make: (s) =>
        `# Agreement\n\nThis Agreement is between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\n` +
        `${Array.from({ length: n(100_000, s) }, (_, i) => `Section ${(i % 500) + 1}.${i % 7}`).join(', ')}.\n`,
    },
    { name: '200 KB of binary bytes', benchScale: 2, make: (s) => bytes(n(200 * 1024, s)).toString('latin1') },
    { name: '200 KB of broken UTF-8', benchScale: 2, make: (s) => bytes(n(200 * 1024, s)).toString('utf8') },
    { name: '400 000 open brackets', benchScale: 1, make: (s) => '['.repeat(n(400_000, s)) },
    { name: 'blank lines only', benchScale: 4, make: (s) => '\r\n'.repeat(n(50_000, s)) },
    // Lexicon phrases with blanks either side of optional words once took seconds on a long run of blanks.
    {
      name: 'phrases before 100 000 blanks',
      benchScale: 1,
      make: (s) => `Customer shall send its feed from${'\t'.repeat(n(100_000, s))}N. Provider waives the setup fee.\n`,
    },
  ];
}
