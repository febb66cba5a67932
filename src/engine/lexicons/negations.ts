/**
 * Negation: the words that take a term away ("no discount applies", "Neither Party shall", "agrees not to"),
 * and where their reach ends. Data only; `terms/negation.ts` applies it.
 *
 * Long patterns are built with `new RegExp` and marked pure, as in language.ts.
 */

/** A negation that governs a following term ("no discount applies", "not obliged to … credits"). */
export const negationBefore = /* @__PURE__ */ new RegExp(
  // "will immediately cease all use of the Company Marks": a duty to stop is no permission.
  '(?:\\b(?:no|not|never|neither|nor|none|nothing|without|cannot|unable to|cease|discontinue|refrain from)\\b|' +
    "\\b(?:do|does|did|will|would|can|could|should|is|are|was|were|wo|ca|sha)n[’']t\\b|\\bany further\\b)" +
    '(?![^,;]{0,60}\\b(?:except|other than|save)\\b)(?:(?!\\b(?:and|or|but|then)\\b)[^,;:]){0,30}$' +
    // "a non-refundable credit": the prefix negates the word it is on, not a subject it qualifies ("the non-labour
    // component of the Contract Sum … is fixed").
    // Only the prefixes that take the term away: not "a non-standard discount" or "a non-cancellable price freeze".
    '|\\bnon-(?:refundable|creditable|exclusive|discounted|waivable|transferable|binding|recurring)\\s+$',
  'i',
);

/** A negation over a list of verbs, which reaches past its commas: "does not release, waive, or affect", "cannot waive or absorb". */
export const negatedVerbList =
  // "nothing in it releases or waives any right" too.
  /\b(?:not|never|cannot|nothing(?:\s+in\s+(?:it|this|these|the)(?:\s+[\w-]+)?)?)\s+(?:(?:[a-z]+,\s+){1,4}(?:(?:and|or|nor)\s+)?|[a-z]+\s+(?:or|nor)\s+)$/i;

/** A lead-in that negates the items after it: "Licensee will not (and will not allow others to):". */
export const negatedLeadIn =
  /(?:\b(?:shall|will|must|may|does|do|agrees?|undertakes?)\s+not\b|\bis prohibited from\b|\bnot (?:to|permitted to)\b)[^:.]{0,200}:\s*$/i;

/** Phrases with "not"/"no" that do not negate: quantities and deadlines. */
export const notANegation = /* @__PURE__ */ new RegExp(
  '\\b(?:not|no) (?:less|more|later|earlier|fewer|greater|sooner|longer|shorter) than\\b|' +
    '\\bno (?:later|earlier) than\\b|\\bnot limited to\\b|\\bwhether or not\\b|\\bif not\\b|' +
    '\\bnot (?:only|unreasonably)\\b',
  'gi',
);

/** A negation after a term that cancels it ("The discounts … shall not apply to …"). */
export const negationAfter = /* @__PURE__ */ new RegExp(
  // "Calverton's 1% ten-day early-payment discount is not available on purchases under the GPA".
  '^[^.;:,]{0,60}?\\b(?:is|are) not available\\b|' +
    // What a term is worth restricted, not granted: "Complimentary rooms under Section 4.1 have no cash value".
    '^[^.;:,]{0,60}?\\b(?:has|have) no (?:cash |monetary )?value\\b|' +
    '^[^.;:,]{0,60}?\\b(?:is|are) not (?:redeemable|transferable|refundable)\\b|' +
    '^[^.;:,]{0,60}?\\b(?:shall|will|does|do|is|are|may) not (?:apply|' +
    'be (?:available|granted|given|payable|offered)|include|extend)\\b|^[^.;:]{0,40}?\\bis not renewed\\b|' +
    '^\\s*(?:shall|will) not apply\\b',
  'i',
);

/**
 * A relative clause that withholds the term from others, not from its recipient: "will receive … discounted
 * rates that will not be available to the uncommitted shippers".
 */
export const withheldFromOthers = /* @__PURE__ */ new RegExp(
  '^[^.;:,]{0,60}?\\b(?:that|which)\\s+(?:(?:shall|will) not be|is not|are not)\\s+(?:available|offered|granted|given)\\s+' +
    'to\\s+(?:the\\s+|any\\s+|all\\s+)?(?:[\\w-]+\\s+){0,3}' +
    '(?:others|third parties|shippers|customers|users|buyers|purchasers|licensees|distributors|resellers)\\b',
  'i',
);

/** Release from an obligation to grant: "is not obliged to issue credits", "nothing … obliges". */
export const notObliged =
  /\b(?:not (?:be )?(?:obliged|required|obligated)|no obligation|nothing in [^,;]{0,40}\boblig\w*)\b/i;

/**
 * A subject or modal that negates what follows it in the same clause part: "Neither Party shall
 * issue any press release", "No party, nor its Affiliates, shall…", "Each party agrees not to use".
 */
export const negatedModal = /* @__PURE__ */ new RegExp(
  // The subject is a name or "party", so its capital counts: "no charge" is not a subject. It governs the
  // whole sentence.
  '(?:\\b(?:[Nn]either|NEITHER|[Nn]o|NO)\\s+(?:of the\\s+)?(?:[Pp]art(?:y|ies)|PART(?:Y|IES)|[A-Z][\\w.&-]*)|' +
    '\\b(?:[Nn]othing|NOTHING|[Ii]n no event|IN NO EVENT))\\b[^.;]{0,160}?\\b' +
    '(?:[Ss]hall|[Ww]ill|[Mm]ay|[Mm]ust|[Cc]an|[Ii]s|[Aa]re|SHALL|WILL|MAY|MUST|CAN|IS|ARE)\\b' +
    '(?![^.;]*\\b(?:except|other than|save|unless|EXCEPT|UNLESS)\\b)[^.;]{0,400}$' +
    '|' +
    '(?:\\b(?:[Ss]hall|[Ww]ill|[Mm]ay|[Mm]ust|[Aa]grees?|[Uu]ndertakes?|[Cc]ovenants?|SHALL|WILL|MAY|MUST|' +
    'AGREES?)\\s+(?:not|NOT)\\b|\\b(?:is|are|be) (?:not permitted|prohibited from)\\b)' +
    '(?![^.;]{0,160}\\b(?:except|other than|save|unless|but|EXCEPT|UNLESS)\\b)[^.;]{0,160}$',
);

/**
 * A negated verb whose objects run on past a comma: "agrees not to use the name of the other party,
 * or its logos … in any press release"; "shall acquire no rights to use … such Sponsor's logo". Its
 * scope ends where a new verb with a modal starts ("…, and Customer shall receive").
 */
export const negatingVerb = /* @__PURE__ */ new RegExp(
  '\\b(?:shall|will|may|must|agrees?|undertakes?|covenants?|does|do)\\s+not\\b|' +
    "\\b(?:won|shan|can|doesn|don|mustn)[’']t\\b|\\b(?:[Nn]either|NEITHER|[Nn]o)\\s+(?:of the\\s+)?" +
    '(?:[Pp]art(?:y|ies)|PART(?:Y|IES)|[A-Z][\\w.&-]*)\\b[^.;]{0,80}?\\b(?:shall|will|may|must|SHALL|WILL|MAY|' +
    'MUST)\\b|\\b(?:acquires?|obtains?|ha(?:s|ve)) no\\b',
  'g',
);
/**
 * What ends a negation's scope: a new modal, an exception, a new subject after ", and" ("neither
 * party shall have any further obligation, and all claims … shall be mutually released").
 */
export const negationScopeEnd = /* @__PURE__ */ new RegExp(
  // A modal of a relative clause stays inside the scope: "will not create any mark that is … or implies endorsement".
  '(?<!\\b(?:that|which|who)\\s)\\b(?:shall|will|may|must|is|are)\\b|' +
    '\\b(?:agrees?|undertakes?|hereby|except|other than|unless|save|provided|but|' +
    'grants?|gives?|provides?|offers?|waives?|pays?|extends?)\\b|^[^(]*\\)|' +
    // A new subject with its own verb (or the term's), not the next capitalised object of a list ("name, logo, or Trademark").
    "[,;]\\s*(?:and|or)\\s+(?:the\\s+)?[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*){0,2}\\s+" +
    '(?:(?:hereby|shall|will|agrees?|waives?|may|must|is|are)\\b|$)|,\\s*and\\s+(?:all|each|every)\\s',
);
