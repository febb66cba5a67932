/** The lexicons compiled once, with an index of trigger words that says which cues a sentence opens. */
import type { Cue } from '../lexicons/cue.js';
import { concessionCues } from '../lexicons/concessions.js';
import { benefitCues } from '../lexicons/benefits.js';
import { anyWord, compilePhrase, wordsNeeded } from '../lexicons/patterns.js';
import { lazyProperty } from '../lazy.js';

export interface CompiledCue<K extends string> extends Cue<K> {
  /** Each phrase's pattern, with the words one of which a sentence needs for it to match. */
  patterns: { pattern: RegExp; needs: string[] | undefined }[];
}

type TypedCue = { type: 'concession' | 'benefit'; cue: CompiledCue<string> };

interface Lexicon {
  cues: TypedCue[];
  /** Every trigger word in one expression, so that a sentence is scanned once to know which cues to try. */
  triggers: RegExp;
  /** For each trigger, the cues it opens, by index in lexicon order. */
  cuesOfTrigger: Map<string, number[]>;
  /** The cues read in table cells under a column that names them (`Cue.column`). */
  columns: TypedCue[];
}

/** The lexicon compiled on first use, not when the extension loads (it takes tens of milliseconds). */
let compiled: Lexicon | undefined;

function lexicon(): Lexicon {
  if (compiled) return compiled;
  // Each cue's phrases are compiled when a sentence first opens it: a contract opens few of them,
  // and a new language server's first diagnostics wait on every one compiled.
  const compile = (cue: Cue): CompiledCue<string> =>
    lazyProperty({ ...cue } as CompiledCue<string>, 'patterns', () =>
      cue.phrases.map((p) => ({ pattern: compilePhrase(p), needs: wordsNeeded(p) })),
    );
  const cues: TypedCue[] = [
    ...concessionCues.map((cue) => ({ type: 'concession' as const, cue: compile(cue) })),
    ...benefitCues.map((cue) => ({ type: 'benefit' as const, cue: compile(cue) })),
  ];
  // A trigger that contains another ("no cost" contains "cost") is replaced by the shorter one:
  // a sentence with the longer always has the shorter, and no match can then hide another.
  const words = [...new Set(cues.flatMap(({ cue }) => cue.triggers))];
  const canonical = new Map(
    words.map((t) => [t, words.filter((u) => t.includes(u)).sort((a, b) => a.length - b.length)[0]!]),
  );
  const cuesOfTrigger = new Map<string, number[]>();
  cues.forEach(({ cue }, i) => {
    for (const trigger of new Set(cue.triggers.map((t) => canonical.get(t)!)))
      cuesOfTrigger.set(trigger, [...(cuesOfTrigger.get(trigger) ?? []), i]);
  });
  const columns = cues.filter(({ cue }) => cue.column);
  return (compiled = {
    cues,
    triggers: new RegExp(anyWord(new Set(canonical.values())), 'g'),
    cuesOfTrigger,
    columns,
  });
}

/** The cues whose triggers occur in a lower-cased sentence, in lexicon order. */
export function triggeredCues(lower: string): TypedCue[] {
  const { cues, triggers, cuesOfTrigger } = lexicon();
  const opened = new Set<number>();
  triggers.lastIndex = 0;
  // Matches may overlap (" list" and "list "): the next search starts one past the last match, not after it. Two
  // triggers that match at one place are one a prefix of the other, and the longer was replaced by the shorter.
  for (let m = triggers.exec(lower); m; m = triggers.exec(lower)) {
    for (const i of cuesOfTrigger.get(m[0])!) opened.add(i);
    triggers.lastIndex = m.index + 1;
  }
  return [...opened].sort((a, b) => a - b).map((i) => cues[i]!);
}

/** The cues read under the column header `header`, in lexicon order. */
export function columnCues(header: string): TypedCue[] {
  return lexicon().columns.filter(({ cue }) => cue.column!.test(header));
}
