/**
 * Readers that describe a concession in its own sentence's words, one per kind: "the waiver of
 * the setup fee", "the cap of three percent (3%) on increases to the subscription fee", "the
 * right to terminate this Order Form for convenience", "the two (2) additional sandbox
 * environments provided at no charge". Each returns undefined when its sentence says too little.
 */
import type { ConcessionKind } from '../model.js';
import { definite, phraseAfter, phraseBefore } from './phrases.js';

import {
  after,
  before,
  capOf,
  exitRight,
  EXIT,
  find,
  freeScope,
  infinitive,
  limitOf,
  withPurpose,
} from './namerParts.js';

/** Words that give a right to exit: "may", "is entitled to", "has the right to", "the unilateral right to". */
const MAY_EXIT = [
  'may|can|is entitled to|are entitled to|be entitled to|shall have the right to|will have the right to',
  'has the right to|have the right to|is permitted to|may elect to|(?:a|the) (?:[\\w-]+ ){0,2}right to',
].join('|');

const NAMERS: Record<ConcessionKind, (s: string, at: number, figure?: string) => string | undefined> = {
  waiver(s, at) {
    let m = find(
      /\b(?<!(?:is|are|be|been|was|were|being) (?:hereby )?)waive[sd]?\b(?:(?:,\s*[a-z]+)*,?\s+(?:and|or)\s+(?:covenants? not to sue|[a-z]+))?/i,
      s,
      at,
    );
    if (m) {
      const what = withPurpose(s, m, after(s, m));
      // "release, waive, discharge and covenant not to sue GitHub": a party released, not a right waived.
      if (what && /^[A-Z]/.test(what) && /\brelease/i.test(s.slice(Math.max(0, m.index - 20), m.index + m[0].length)))
        return `the release of ${what}`;
      if (what) return `the waiver of ${what}`;
    }
    if (
      (m = find(
        /\b(?:is|are|shall be|will be|has been|have been|be) (?:hereby )?(?:waived|forgiven|written off)\b/i,
        s,
        at,
      ))
    ) {
      const what = before(s, m);
      if (what) return `the waiver of ${definite(what)}`;
    }
    if (
      (m = find(/\b(?<!(?:is|are|be|been|was|were) )(?:forgives?|forgave|writes? off|wrote off|written off)\b/i, s, at))
    ) {
      const what = after(s, m);
      if (what) return `the write-off of ${what}`;
    }
    if ((m = find(/\b(?:is|are|shall|will) not (?:be )?(?:charged|billed|invoiced)(?: (?:to \w+ )?for\b)?/i, s, at))) {
      const what = /for$/.test(m[0]) ? after(s, m) : before(s, m);
      if (what) return `the exemption from charges for ${what}`;
    }
    if (
      (m = find(/\b(?:is|are|shall|will) not (?:be )?(?:payable|due|owed|owing|accrue)\b/i, s, at)) ||
      (m = find(
        /\bno (?=[\w\s-]{1,60}? (?:shall|will|is|are) (?:be )?(?:payable|due|charged|owed|owing|applied|levied|imposed|assessed))/i,
        s,
        at,
      ))
    ) {
      const what = /^no /i.test(m[0]) ? after(s, m) : before(s, m);
      if (what) return `the exemption from ${definite(what)}`;
    }
    if ((m = find(/\b(?:will|shall) not (?:charge|invoice|bill|collect)(?: (?:you|us|\w+) for)?/i, s, at))) {
      const what = after(s, m);
      if (what) return `the exemption from ${what}`;
    }
    if ((m = find(/\bnot (?:be )?(?:liable|required|obliged|obligated) to pay\b|\bnot (?:be )?liable for\b/i, s, at))) {
      const what = after(s, m);
      if (what) return `the exemption from ${/pay$/.test(m[0]) ? 'paying ' : ''}${what}`;
    }
    if ((m = find(/\breleases? (?:and discharges? )?((?:the )?[A-Z][\w&-]*(?: [A-Z][\w&-]*)?) from,? /, s, at))) {
      const what = after(s, m);
      if (what) return `the release of ${m[1]} from ${what}`;
    }
    if ((m = find(/\breleases?\b/i, s, at))) {
      const what = after(s, m);
      if (what) return `the release of ${what}`;
    }
    if (
      (m = find(
        /\bwithout (?:any |payment of any )?(?:penalty|termination fee|early[- ]termination (?:fee|charge)|cancellation fee|break premium)/i,
        s,
        at,
      ))
    )
      return `the right to terminate ${m[0]}`;
    return undefined;
  },
  discount(s, at, figure) {
    // A rate set below the standard one names itself: "the reduced rate of $185 per hour".
    let m = find(
      /\bat ((?:US|A|C|NZ|S|HK)?[$£€]\s?[\d,.]*\d(?: (?:per|an?|each) [\w-]+)?) (?:instead of|in place of|rather than)\b/i,
      s,
      at,
    );
    if (m) return `the reduced rate of ${m[1]}`;
    m = find(
      new RegExp(
        '\\b(?:is|are|shall be|will be|be) (?:hereby )?(?:reduced|lowered|decreased) from (.{1,60}?) to ' +
          '(.{1,60}?)(?= (?:for|with|from|in|until|effective|on and)\\b|,\\s|;|\\.(?:\\s|$)|$)',
        'i',
      ),
      s,
      at,
    );
    if (m) {
      const what = before(s, m);
      if (what) return `the reduction in ${definite(what)} from ${m[1]} to ${m[2]}`;
    }
    if ((m = find(/\b(?:discount|reduction|rebate)s? (?:of [^,;]{1,40}? )?(?:on|off|from|to|in|against) /i, s, at))) {
      const what = after(s, m);
      const noun = /rebate/i.test(m[0]) ? 'rebate' : /reduction/i.test(m[0]) ? 'reduction' : 'discount';
      if (what) return `the ${figure ? `${figure} ` : ''}${noun} ${/ in $/.test(m[0]) ? 'in' : 'on'} ${what}`;
    }
    if (
      figure &&
      (m = find(
        /(?:%|percent(?: \(\d[\d.]*%\))?|per cent(?: \(\d[\d.]*%\))?) (off|below|less than|discount (?:on|off|from))\b/i,
        s,
        at,
      ))
    ) {
      const what = after(s, m);
      // "rates fifteen percent (15%) below the List Rates" says it best in its own words.
      const priced = /\b((?:rates?|prices?|fees?|charges?))\s+$/i.exec(
        s.slice(0, s.lastIndexOf(figure, m.index + 1)),
      )?.[1];
      if (what && priced && /below|less/i.test(m[1]!))
        return `the ${priced.toLowerCase()} ${figure} ${m[1]!.toLowerCase()} ${what}`;
      if (what) return `the ${figure} ${/discount/i.test(s) ? 'discount on' : 'reduction in'} ${what}`;
    }
    if (figure && (m = find(/\bdiscount(?:s|ed)? (?=(?:the|its|their|our|your|all) )/i, s, at))) {
      const what = after(s, m);
      if (what) return `the ${figure} discount on ${what}`;
    }
    if ((m = find(/\b(?:is|are|shall be|will be|be) (?:hereby )?(?:reduced|discounted|lowered|decreased)\b/i, s, at))) {
      const what = before(s, m);
      if (what) return `the ${figure ? `${figure} ` : ''}reduction in ${definite(what)}`;
    }
    if ((m = find(/\breduce[sd]? (?=(?:the|its|their|our|your|all|those|these) )/i, s, at))) {
      const what = after(s, m);
      if (what) return `the ${figure ? `${figure} ` : ''}reduction in ${what}`;
    }
    if ((m = find(/\b(?:reduced|discounted|lower) /i, s, at))) {
      const what = after(s, m, 4);
      if (what) return `the ${m[0].trim().toLowerCase()} ${what}`;
    }
    return undefined;
  },
  credit(s, at) {
    let m = find(
      /\b(Service Credits?|service credits?|Service Credit percentages)\b[^.;]{0,120}?\b(doubled|twice|double|increased|raised)\b/,
      s,
      at,
    );
    if (m)
      return `${/doubled|twice|double/.test(m[2]!) ? 'the doubling of' : 'the increase in'} the ${m[1]!.replace(/ percentages$/, 's')}`;
    if ((m = find(/\b(?:service |fee |account )?credits? (?:of|equal to|in the amount of)\b/i, s, at))) {
      const what = after(s, m);
      if (what) return `the ${m[0].trim().replace(/^Credit/, 'credit')} ${what}`;
    }
    if ((m = find(/\brefund (?:of |for |to \w+ of )?/i, s, at))) {
      const what = after(s, m);
      if (what) return `the refund of ${what}`;
    }
    if ((m = find(/\breimburse(?:ment of|s)?\b/i, s, at))) {
      const what = after(s, m);
      if (what) return `the reimbursement of ${what}`;
    }
    if ((m = find(/\b(?:contribution|allowance|fund) (?:of|towards|for)\b/i, s, at))) {
      const what = after(s, m);
      if (what) return `the ${m[0].trim().toLowerCase()} ${what}`;
    }
    if ((m = find(/\b(Service Credits?|service credits?)\b/, s, at))) return `the ${m[1]}`;
    return undefined;
  },
  'payment-terms'(s, at, figure) {
    let m = find(/\binstal(?:l)?ments?\b/i, s, at);
    if (m) {
      const how = /\bin ((?:[\w()-]+ ){0,5}instal(?:l)?ments)\b/i.exec(s)?.[1];
      return how ? `the payment in ${how}` : 'the payment by instalments';
    }
    if ((m = find(/\b(?:may|can) (?:defer|postpone|delay)\b/i, s, at))) {
      const what = after(s, m);
      if (what) return `the right to ${m[0].split(' ').pop()!.toLowerCase()} ${what}`;
    }
    if (figure) return `the payment terms of ${figure}`;
    if ((m = find(/\bmov(?:e|es|ing) (?=(?:the|its|all) )/i, s, at))) {
      const what = after(s, m);
      const to = /^\s*to\s/.test(s.slice(m.index + m[0].length + what.length + 1))
        ? phraseAfter(s, m.index + m[0].length + what.length + 4, { max: 6 })
        : '';
      if (what) return `the move of ${what}${to ? ` to ${to}` : ''}`;
    }
    if ((m = find(/\b(?:pushed back|deferred|postponed|delayed) (?:to|until)\b/i, s, at))) {
      const what = phraseBefore(s.slice(0, m.index).replace(/\b(?:can|may|will|shall|is|are) (?:be )?$/i, ''));
      const until = after(s, m, 5);
      if (what) return `the deferral of ${what.replace(/^the /i, '')}${until ? ` to ${until}` : ''}`;
    }
    return undefined;
  },
  'price-protection'(s, at, figure) {
    let m = find(/\bincreases? in (.{3,80}?) (?:shall|will) not exceed\b/i, s, at);
    if (m) return `the cap${capOf(s, m)} on increases in ${phraseAfter(m[1]!, 0)}`;
    if ((m = find(/\b(?:shall|will|may) not (?:increase|raise|adjust)\b(?! by)/i, s, at))) {
      const what = after(s, m, 7);
      if (what)
        return figure && /more than/i.test(s.slice(m.index))
          ? `the cap of ${figure} on increases to ${what}`
          : `the freeze on ${what}`;
    }
    if ((m = find(/\b(?:shall|will|may) not (?:be )?(?:increased|raised|increase by|increase)\b/i, s, at))) {
      const what = before(s, m);
      if (what)
        return figure && /more than/i.test(s.slice(m.index))
          ? `the cap of ${figure} on increases in ${definite(what)}`
          : `the freeze on ${definite(what)}`;
    }
    if ((m = find(/\b(?:shall|will|may) not exceed\b/i, s, at))) {
      const what = before(s, m);
      if (what) return `the cap${capOf(s, m)} on ${definite(what)}`;
    }
    if ((m = find(/\b(?:is |are |shall be |will be )?capped at\b/i, s, at))) {
      const what = before(s, m);
      if (what) return `the cap${capOf(s, m)} on ${definite(what)}`;
    }
    if ((m = find(/\b(?:is|are|shall be|will be|remain|remains|be) (?:fixed|held|frozen|locked)\b/i, s, at))) {
      const what = before(s, m);
      if (what) return `the freeze on ${definite(what)}`;
    }
    if (
      (m = find(/\bnot apply (?:any |the )?(?:[\w-]+ )?(?:adjustment|increase|uplift|indexation)s? (?:to|on) /i, s, at))
    ) {
      const what = after(s, m);
      if (what) return `the freeze on ${what}`;
    }
    if (
      (m = find(
        /\b(?:lower|better|more favou?rable) ((?:[\w-]+ ){0,3}(?:fees?|prices?|rates?|pricing|terms))\b/i,
        s,
        at,
      ))
    )
      return `the commitment to match any lower ${m[1]!.replace(/^(?:per-[\w-]+ )?/, (x) => x)}`;
    if (/\bmost[- ]favou?red\b/i.test(s)) return 'the most favoured pricing';
    return undefined;
  },
  'free-scope': freeScope,
  'exit-flexibility'(s, at) {
    let m = find(
      new RegExp(
        `\\b(?:${MAY_EXIT})(?: at (?:any time|its option|its sole discretion),?)?(?:,[^,;]{1,160},)? ${EXIT}\\b`,
        'i',
      ),
      s,
      at,
    );
    if (m) return exitRight(s, m, m[1]!);
    if ((m = find(/\b(?:may be|can be) (terminated|cancelled|canceled|suspended|ended|reduced) by\b/i, s, at))) {
      const what = before(s, m);
      if (what) return `the right to ${infinitive(m[1]!)} ${what}`;
    }
    if ((m = find(/\bbreak (?:right|option|clause)\b/i, s, at))) return `the ${m[0].toLowerCase()}`;
    return undefined;
  },
  risk(s, at, figure) {
    let m = find(
      new RegExp(
        '\\bwarranty(?: period)?\\b(.{0,120}?) (?:is|are|shall be|will be) extended\\b(?: from .{1,60}?)? to ' +
          '((?:[\\w-]+ ){0,4}\\(?\\d+\\)? (?:months?|years?|days?))',
        'i',
      ),
      s,
      at,
    );
    if (m) {
      const what = /\bfor (.+)$/.exec(m[1]!)?.[1];
      return `the ${m[2]!.replace(/s$/, '')} warranty${what ? ` for ${phraseAfter(what, 0)}` : ''}`;
    }
    if ((m = find(/\bwarrants? that /i, s, at))) {
      const what = s
        .slice(m.index + m[0].length)
        .split(/[,;]|\.\s|\.$/)[0]!
        .split(' ')
        .slice(0, 14)
        .join(' ');
      if (what) return `the warranty that ${what}`;
    }
    if ((m = find(/\bwarrant(?:y|ies) (?:period )?(?:of|for) /i, s, at)))
      return figure ? `the ${figure} warranty` : `the warranty for ${after(s, m)}`;
    if ((m = find(/\b(?:extended|additional) warranty\b/i, s, at))) return `the ${m[0].toLowerCase()}`;
    if (
      (m = find(
        new RegExp(
          '\\bliability (for|in respect of|arising from|under) (.{3,120}?) (?:is|shall be|will be) ' +
            '(?:increased|raised)(?: from [^.;]{1,30}?)? to (.{1,200})',
          'i',
        ),
        s,
        at,
      ))
    )
      return `the increase in the limit of liability ${m[1]} ${phraseAfter(m[2]!, 0)} to ${limitOf(m[3]!)}`;
    if (
      (m = find(
        /\bliability (for|in respect of|arising from|under) (.{3,120}?) (?:is|shall be|will be) (?:unlimited|uncapped)\b/i,
        s,
        at,
      ))
    )
      return `the unlimited liability ${m[1]} ${phraseAfter(m[2]!, 0)}`;
    if ((m = find(/\bshall not apply to ([^,;]{3,120}?),? which (?:shall|will) be (?:unlimited|uncapped)/i, s, at)))
      return `the unlimited liability for ${phraseAfter(m[1]!, 0)}`;
    if ((m = find(/\bliability\b[^.;]{0,160}?\b(?:shall not exceed|is limited to|is capped at)\s/i, s, at))) {
      const cap = after(s, m, 8);
      if (cap) return `the limit of liability of ${cap}`;
    }
    if ((m = find(/\bindemnif(?:y|ies)\b[^.;]{0,120}?\bagainst\b/i, s, at))) {
      const what = after(s, m);
      return what ? `the indemnity against ${what}` : 'the indemnity';
    }
    return undefined;
  },
};

/** The description the kind's namer finds, from the concession's own words on. */
export function describe(
  kind: ConcessionKind,
  own: string,
  whole: string,
  figure: string | undefined,
): string | undefined {
  const at = Math.max(0, whole.indexOf(own.slice(0, 40)));
  // First within the concession's own clause of the sentence: "…; no other charge is waived" is about something else.
  const ownEnd = at + own.length;
  const stop = whole.slice(ownEnd).search(/;|\.\s/);
  const clauseOnly = stop >= 0 ? whole.slice(0, ownEnd + stop) : whole;
  const name = (
    NAMERS[kind](clauseOnly, at, figure) ?? (clauseOnly === whole ? undefined : NAMERS[kind](whole, at, figure))
  )
    ?.replace(/\s+/g, ' ')
    .replace(/[,;:]$/, '')
    .trim();
  return name && name.split(' ').length <= 20 ? name : undefined;
}
