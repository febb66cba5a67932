/**
 * Incremental review: the review of an edited text from the review of the text before, reading
 * again only what the edit touched and carrying the rest over with shifted offsets. What is
 * parsed again is the innermost list item around the edit, at any depth, when one can be read
 * alone (parse.ts, parseItems); else the chunks (chunks.ts) the edit touched (windows.ts). Of the
 * clauses made again, only those whose words changed are read again. The stages that weigh the
 * whole contract (ties, judgements, rules) run again over its terms, reusing the ties that still hold.
 *
 * It holds only while the edit leaves the contract's context alone: the clause tree outside what
 * was parsed again, the defined terms, and everything the parties are read from. Each is checked,
 * and when one changed this returns undefined and the caller reviews the whole text: the result
 * is always the one a fresh review gives (test/engine/session.test.ts).
 */
import type { Party, Review, TextChange } from '../model.js';
import { type DefinedTerms } from '../definitions.js';
import { OPENING_READ, documentFacts } from '../terms/index.js';
import { judgeTerms } from '../pipeline.js';
import type { ReviewOptions } from '../options.js';
import type { Checkpoint } from './checkpoint.js';
import { DIRECTIVE_WORD } from '../suppress.js';
import { chunkWindow, itemWindow, type Window } from './windows.js';
import { editBetween } from './search.js';
import { carriedTies, linkInputBefore, readTermsAgain, spliceReferences, spliceSentences } from './splice.js';
import { clausesAfter, contextHolds, Shift, type Region } from './region.js';

/** Reviews `text`, an edit of the text `previous` reviewed; undefined when it must be reviewed whole. */
export function reviewEdit(
  previous: Checkpoint,
  text: string,
  options: ReviewOptions,
): { review: Review; checkpoint: Checkpoint } | undefined {
  if (JSON.stringify(previous.options) !== JSON.stringify(options)) return undefined;
  const old = previous.text;
  if (text === old) return { review: previous.review, checkpoint: previous };
  const edit = editBetween(old, text, previous.edit);
  // Every sentence is read with what the opening says (an amendment, an endorsement): a change there is read whole.
  if (edit.start < OPENING_READ && JSON.stringify(documentFacts(old)) !== JSON.stringify(documentFacts(text)))
    return undefined;
  const shift = new Shift(edit, old.length, text.length);
  const window = itemWindow(previous, text, edit) ?? chunkWindow(previous, text, edit);
  if (!window) return undefined;
  const region = clausesAfter(previous, text, window, shift);
  const { prose } = window;
  const split = spliceSentences(previous, prose, region, shift);
  const context = contextHolds(previous, text, prose, region, shift);
  if (!context) return undefined;
  const { defined, found } = context;
  const references = spliceReferences(previous, prose, region, split.fresh, defined, shift);
  const read = readTermsAgain(previous, { text, prose, region, split, shift, defined, found });
  if (!read) return undefined;
  const { sided, terms } = read;
  const partyWords = (sided ?? found).flatMap((p) => [p.name, ...p.aliases]);
  const { keepTies, knownTies, reworded } = carriedTies(previous, shift, region, {
    old: linkInputBefore(previous, partyWords),
    now: {
      prose,
      clauses: region.clauses,
      sentences: split.sentences,
      terms,
      references,
      definitions: defined.definitions,
      partyWords,
    },
    oldDefinitions: context.oldDefined.definitions,
    newDefinitions: context.newDefined.definitions,
    ...split,
  });
  if (shift.straddles) return undefined;
  // A suppression comment can only appear where the words changed.
  const near = text.slice(Math.max(0, edit.start - DIRECTIVE_WORD.length), edit.newEnd + DIRECTIVE_WORD.length);
  // A term's describing words are its clause's, its titles' and its table header's: they stay while no term's clause was reworded.
  const carriedKeys = keepTies && previous.termKeys && !terms.some(reworded) ? previous.termKeys : undefined;
  const judged = judgeTerms(
    {
      text,
      prose,
      clauses: region.clauses,
      sentences: split.sentences,
      parties: sided ?? found,
      definitions: defined.definitions,
      references,
      terms,
      dismissed: read.dismissed,
      tying: read.tying,
      knownTies,
      tree: previous.index,
      ...(previous.directiveFree && !near.includes(DIRECTIVE_WORD) ? { directiveFree: true } : {}),
      ...(carriedKeys ? { termKeys: carriedKeys } : {}),
    },
    options,
  );
  const checkpoint = checkpointOf(previous, {
    text,
    options,
    prose,
    edit,
    window,
    region,
    defined,
    found,
    read,
    judged,
  });
  return { review: judged.review, checkpoint };
}

/** The checkpoint the next edit starts from. */
function checkpointOf(
  previous: Checkpoint,
  at: {
    text: string;
    options: ReviewOptions;
    prose: string;
    edit: TextChange;
    window: Window;
    region: Region;
    defined: DefinedTerms;
    found: Party[];
    read: NonNullable<ReturnType<typeof readTermsAgain>>;
    judged: ReturnType<typeof judgeTerms>;
  },
): Checkpoint {
  const { text, options, prose, edit, window, region, defined, found, read, judged } = at;
  const { sided } = read;
  return {
    text,
    options,
    review: judged.review,
    prose,
    chunkStarts: window.chunkStarts,
    linkDefinitions: previous.linkDefinitions,
    edit,
    parsedAgain: { start: window.from, end: window.newTo },
    directiveFree: judged.directiveFree,
    defined,
    index: previous.index,
    found,
    tying: read.tying,
    tiesBySentence: judged.tiesBySentence,
    segmented: {
      states: window.states,
      final: previous.segmented.final,
      ownEnds: region.newOwnEnds,
      items: window.items,
    },
    ...(sided ? { sided, firstTerms: read.firstTerms } : {}),
    ...(judged.termKeys ? { termKeys: judged.termKeys } : {}),
  };
}
