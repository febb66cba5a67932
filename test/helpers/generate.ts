/**
 * fast-check arbitraries for contracts: generated ones (parties defined every common way, clauses
 * in every numbering style, concessions, give-backs, tables, front matter) and mutations of real
 * contracts (cut, splice, duplicate, Unicode, CRLF, BOM, random bytes).
 */
import fc from 'fast-check';

const NAMES = [
  'Acme Software, Inc.',
  'Globex Retail Ltd',
  'Initech GmbH',
  'Northwind Analytics LLC',
  'Umbrella Corp.',
  'Société Générale d’Études SAS',
  '株式会社サンプル',
  'O’Brien & Daughters Limited',
];
const ROLES: [string, string][] = [
  ['Provider', 'Customer'],
  ['Licensor', 'Licensee'],
  ['Landlord', 'Tenant'],
  ['Supplier', 'Buyer'],
  ['Agency', 'Client'],
  ['Franchisor', 'Franchisee'],
  ['Vendor', 'Customer'],
];

/** The ways contracts introduce their parties; {a}/{b} are names, {A}/{B} defined terms. */
const PREAMBLES = [
  'This Agreement is made between {a} ("{A}") and {b} ("{B}").',
  'This Agreement is entered into by **{a}** (the **{A}**) and **{b}** (the **{B}**).',
  '{a}, a Delaware corporation (hereinafter "{A}"), and {b} (hereinafter "{B}") agree as follows.',
  '| Party | Name |\n| --- | --- |\n| {A} | {a} |\n| {B} | {b} |',
  'BETWEEN:\n\n(1) {a} ("{A}"); and\n\n(2) {b} ("{B}").',
  'This order form is between {a} ("we", "us" and "{A}") and {b} ("you" and "{B}").',
  '',
];

const FRONT_MATTER = [
  '',
  '---\ncontract: true\ntitle: Order Form\n---\n',
  '---\nparties:\n  - name: {a}\n    role: {a_role}\n  - name: {b}\n    role: {b_role}\n---\n',
  '---\n{a_role}: {a} ("{A}")\n{b_role}: {b} ("{B}")\n---\n',
  '---\ntitle: [unclosed\n---\n',
];

const TITLES = [
  '# Master Services Agreement',
  '# Order Form',
  'LEASE AMENDMENT',
  '## Statement of Work #4',
  '# Side Letter 🚀',
  '',
];

/** Clause bodies; {A}/{B} are the parties, {n} a clause number that exists, {x} one that may not. */
const SENTENCES = [
  '{A} grants {B} a fifteen percent (15%) discount on the Fees.',
  '{A} shall waive the implementation fee of $25,000.',
  'Invoices are payable within sixty (60) days of receipt.',
  '{A} will provide premium support at no additional charge.',
  'The Fees will not increase during the Renewal Term.',
  "{B} may terminate this Agreement for convenience on thirty (30) days' notice.",
  '{A} shall issue a service credit of 10% of the monthly fees.',
  'In consideration of the discount in Section {n}, {B} shall act as a reference for {A}.',
  '{B} agrees to provide a written testimonial within 90 days.',
  '{B} may, at its option, take part in a case study.',
  '{B} shall renew the Subscription Term for twelve (12) months at the new rate.',
  '{B} will permit {A} to use its name and logo in marketing materials.',
  '{B} shall prepay the annual Fees in advance.',
  '{B} commits to purchase at least 500 seats.',
  'Nothing in this Section {x} waives any right of either party.',
  '{A} shall not be required to provide a discount.',
  'As set out in Clause {x}, the "Renewal Discount" applies to the reduced rates.',
  'Each party shall bear its own costs.',
  '<!-- reciprocity-disable-next-line unreciprocated-concession -- agreed in the call -->',
  'See [the schedule](https://example.com/schedule) and ![logo](logo.png) 😀.',
  'Emoji 👩‍⚖️ and combining e\u0301 and RTL \u202Eتجربة\u202C text.',
  '`code` *emphasis* **strong** ~~struck~~ <span>html</span>',
];

const LABEL_STYLES: ((i: number, depth: number) => string)[] = [
  (i) => `## ${i}. `,
  (i) => `### Section ${i}. `,
  (i) => `${i}. `,
  (i, d) => `${'   '.repeat(d)}${i}.${d + 1} `,
  (i) => `Clause ${i}.3 `,
  (i, d) => `${'  '.repeat(d)}(${String.fromCharCode(97 + ((i - 1) % 26))}) `,
  (i, d) => `${'  '.repeat(d)}(${['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'][(i - 1) % 7]}) `,
  (i, d) => `${'  '.repeat(d)}- `,
  (i) => `**${i}. Fees.** `,
  () => '> ',
  () => '| Item | ',
];

interface ClausePlan {
  style: number;
  depth: number;
  sentences: number[];
}

const clausePlan = fc.record({
  style: fc.nat(LABEL_STYLES.length - 1),
  depth: fc.nat(3),
  sentences: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 3 }),
});

const contractPlan = fc.record({
  front: fc.nat(FRONT_MATTER.length - 1),
  title: fc.nat(TITLES.length - 1),
  preamble: fc.nat(PREAMBLES.length - 1),
  names: fc.uniqueArray(fc.nat(NAMES.length - 1), { minLength: 2, maxLength: 2 }),
  roles: fc.nat(ROLES.length - 1),
  clauses: fc.array(clausePlan, { minLength: 0, maxLength: 12 }),
  missing: fc.integer({ min: 1, max: 99 }),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
});

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);
}

/** A contract built from the lists above, in one of their many combinations. */
export const generatedContract: fc.Arbitrary<string> = contractPlan.map((plan) => {
  const [A, B] = ROLES[plan.roles]!;
  const vars = {
    a: NAMES[plan.names[0]!]!,
    b: NAMES[plan.names[1]!]!,
    A,
    B,
    a_role: A.toLowerCase(),
    b_role: B.toLowerCase(),
    n: '1',
    x: String(plan.missing),
  };
  const parts = [fill(FRONT_MATTER[plan.front]!, vars) + TITLES[plan.title]!, fill(PREAMBLES[plan.preamble]!, vars)];
  plan.clauses.forEach((clause: ClausePlan, i) => {
    const body = clause.sentences.map((s) => fill(SENTENCES[s]!, { ...vars, n: String(Math.max(1, i)) })).join(' ');
    const label = LABEL_STYLES[clause.style]!(i + 1, clause.depth);
    parts.push(
      label === '| Item | '
        ? `| Item | Terms |\n| --- | --- |\n| ${i + 1} | ${body.replace(/\|/g, '/')} |`
        : label + body,
    );
  });
  const text = parts
    .filter((p) => p !== '')
    .join('\n\n')
    .replace(/\n/g, plan.newline);
  return (plan.bom ? '\uFEFF' : '') + text;
});

const listItemPlan = fc.record({
  depth: fc.nat(3),
  marker: fc.constantFrom('-', '*', '+', '.', ')'),
  gap: fc.constantFrom('\n', '\n\n'),
  spaces: fc.integer({ min: 1, max: 3 }),
  sentences: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 2 }),
  more: fc.constantFrom('', 'indented', 'lazy', 'paragraph'),
  /** Whether the item takes its own marker even when an item of its list came before. */
  own: fc.boolean(),
});

/**
 * A contract that is mostly lists nested in lists, tight and loose, with bullets and numbers of
 * each kind, lines carried on lazily or indented, and paragraphs inside items.
 */
export const nestedListContract: fc.Arbitrary<string> = fc
  .record({
    preamble: fc.nat(PREAMBLES.length - 1),
    roles: fc.nat(ROLES.length - 1),
    items: fc.array(listItemPlan, { minLength: 1, maxLength: 14 }),
  })
  .map((plan) => {
    const [A, B] = ROLES[plan.roles]!;
    const vars = { a: NAMES[0]!, b: NAMES[1]!, A, B, a_role: A.toLowerCase(), b_role: B.toLowerCase(), n: '1', x: '7' };
    /** The content column of the open item at each depth, how many items each list has had, and its marker. */
    const columns: number[] = [];
    const counts: number[] = [];
    const markers: string[] = [];
    let out = `# Services Agreement\n\n${fill(PREAMBLES[plan.preamble]!, vars)}\n\n`;
    for (const item of plan.items) {
      const depth = Math.min(item.depth, columns.length);
      columns.length = depth;
      counts.length = depth + 1;
      markers.length = depth + 1;
      counts[depth] = (counts[depth] ?? 0) + 1;
      // Most items carry on their list; some change the marker, which starts a new list.
      if (markers[depth] === undefined || (item.own && item.sentences.length > 1)) markers[depth] = item.marker;
      const indent = ' '.repeat(columns[depth - 1] ?? 0);
      const kind = markers[depth]!;
      const marker = kind === '.' || kind === ')' ? `${counts[depth]}${kind}` : kind;
      const line = `${indent}${marker}${' '.repeat(item.spaces)}`;
      columns.push(line.length);
      const body = item.sentences.map((n) => fill(SENTENCES[n]!, vars)).join(' ');
      const more = {
        '': '',
        indented: `\n${' '.repeat(line.length)}${fill(SENTENCES[item.sentences[0]!]!, vars)}`,
        lazy: `\n${fill(SENTENCES[0]!, vars)}`,
        paragraph: `\n\n${' '.repeat(line.length)}${fill(SENTENCES[1]!, vars)}`,
      }[item.more];
      out += `${line}${body}${more}${item.gap}`;
    }
    return out;
  });

/** One edit to a text, each kind of damage a file can suffer. */
type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'splice'; at: number; donor: number; from: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'crlf' | 'bom' | 'cr' };

const UNICODE = [
  '😀',
  '👩‍⚖️',
  '\u0301',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\uFFFD',
  '§',
  '¶',
  'ﬁ',
  'İ',
  'ß',
  '\u2028',
  '\t',
  '\r',
  '>',
  '|',
  '*',
  '[',
  ']',
  '```',
  '<!--',
  '-->',
  '---\n',
  '\n\n# ',
  '1. ',
  '    ',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(2000) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(2000), to: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    donor: fc.nat(),
    from: fc.nat(),
    length: fc.nat(3000),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...UNICODE),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    ),
  }),
  fc.record({ kind: fc.constantFrom('crlf' as const, 'bom' as const, 'cr' as const) }),
);

function mutate(text: string, m: Mutation, donors: readonly string[]): string {
  const at = (n: number): number => (text.length ? n % (text.length + 1) : 0);
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'duplicate': {
      const piece = text.slice(at(m.at), at(m.at) + m.length);
      const to = at(m.to);
      return text.slice(0, to) + piece + text.slice(to);
    }
    case 'splice': {
      const donor = donors[m.donor % donors.length]!;
      const from = m.from % (donor.length + 1);
      return text.slice(0, at(m.at)) + donor.slice(from, from + m.length) + text.slice(at(m.at));
    }
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom':
      return `\uFEFF${text}`;
  }
}

/**
 * A window of up to `window` characters of one of the texts, damaged by a few mutations.
 * Windows keep each case fast; the real files still bring their real structure.
 */
export function mutatedContract(texts: readonly string[], window = 12_000): fc.Arbitrary<string> {
  return fc
    .record({ file: fc.nat(texts.length - 1), from: fc.nat(), mutations: fc.array(mutation, { maxLength: 6 }) })
    .map(({ file, from, mutations }) => {
      const text = texts[file]!;
      const start = text.length > window ? from % (text.length - window) : 0;
      return mutations.reduce((t, m) => mutate(t, m, texts), text.slice(start, start + window));
    });
}
