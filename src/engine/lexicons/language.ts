/**
 * Contract language that is not about any one kind of term: modality, conditions,
 * tying words, history, remedies and mutuality. Data only; `terms/` and `links/` apply it.
 *
 * Patterns too long for one line are built with `new RegExp` from string literals and marked pure:
 * the web extension's bundle uses one of them and drops the rest (test/build/web-bundle.test.ts).
 */

/** History: terms the parties had before, not terms they now agree. */
export const history = /* @__PURE__ */ new RegExp(
  '\\b(?:previously|formerly|historically|' +
    // Not a relative clause of a present promise ("any lower price that Provider had offered to another customer").
    '(?<!\\b(?:that|which|who)\\b[^.;,]{0,40})had (?:been )?(?:agreed|granted|received|accorded|given|offered|allowed)|' +
    'has been (?:paid|discontinued|withdrawn)|have been paid|(?:expired|lapsed) (?:on|in accordance)|' +
    '(?:which|that) (?:ended|ceased(?: to apply)?) (?:on|at|in)|is not renewed|no longer|was granted|' +
    'were granted|agreed (?:a|an) [^,;]{0,40}\\bwhich expired|(?:does|do|will|shall) not carry (?:over|forward)|' +
    'for the (?:prior|previous|preceding) (?:year|event|term|period)|' +
    'as if [^.;]{0,80}\\bhad (?:not )?been (?:granted|given|agreed|made)|' +
    'under (?:the|an?) (?:first|second|third|previous|prior|original|earlier|former) (?:[\\w-]+ )?' +
    '(?:amendment|agreement|arrangement|contract|deal|order)\\b[^.;]{0,80}\\b' +
    '(?:granted|gave|allowed|offered|provided)|' +
    // What a party did, in the simple past: "in 2023 we applied a ten percent (10%) multi-site discount".
    // A subject must act (a pronoun or a name): not a reduced relative clause ("each store granted a discount … shall").
    '(?<=\\b(?:we|you|they|it|he|she|[A-Z][\\w&.-]+)\\s)(?:applied|gave|granted|offered|allowed) ' +
    '(?:(?:you|us|them|him|her|it)\\s)?an?|as (?:you|we) (?:will |may |might )?(?:recall|remember)|' +
    // "we extended a courtesy reduction of ten percent (10%) on our final invoice": a price term extended, in the past.
    '(?<=\\b(?:we|you|they|[A-Z][\\w&.-]+)\\s)extended (?:(?:you|us|them)\\s)?an? (?:[\\w-]+\\s){0,2}(?:reduction|discount|credit|waiver|rebate))\\b',
  'i',
);

/** The old term a new one replaces, named with words history would otherwise claim: "in place of the thirty (30) days previously provided". */
export const replacedTerm = /* @__PURE__ */ new RegExp(
  '\\b(?:instead of|rather than|in place of|replacing)\\b[^.;]{0,80}?\\b' +
    '(?:previously|formerly|originally|currently)\\s+(?:provided|agreed|stated|applicable|set out|specified|' +
    'required|in effect|payable)\\b',
  'gi',
);

/** Words right before a term that point back to one named earlier: "of that extended warranty", "such discount". */
export const pointsBack =
  /\b(?:(?:of|in|for|under|to|with|during|from|by|on)\s+(?:that|those)|such|said|the aforementioned|the foregoing)\s+$/i;

/**
 * Given freely, whatever prompted it: a goodwill credit is a concession even after an outage (LABELS.md).
 * Goodwill given, not the goodwill of a business or its marks ("tarnishes … the associated goodwill").
 */
export const voluntary = /* @__PURE__ */ new RegExp(
  '\\bgoodwill (?:credits?|gestures?|payments?|basis|discounts?|refunds?|concessions?|allowances?|waivers?)\\b|' +
    '\\b(?:gesture of|out of|as a matter of|in the interests? of) goodwill\\b|\\bex gratia\\b|\\bwithout (?:any )?admission\\b|' +
    // Given for what happened, not owed for it: "a one-off credit of £4,800 … in recognition of the disruption caused by the outage".
    '\\bin recognition of (?:the |any )?(?:[\\w-]+ ){0,2}(?:disruption|inconvenience|outage|delays?|difficult\\w*|problems|issues)\\b',
  'i',
);

/** The words before "if" that make a request of it: "We would be grateful if you would …". */
export const politeRequestWords = 'grateful|appreciate(?: it)?|obliged|thankful|pleased|delighted|happy';

/** Optional give-backs: "may", "will consider", "at its discretion", "if it wishes", "expects to". */
export const optional = /* @__PURE__ */ new RegExp(
  // "as may be provided in any Schedule" leaves no choice to anyone.
  '\\b(?:(?<!\\bas )may(?!\\s+not)|might|could|will consider|shall consider|consider(?:ing)?|' +
    "at (?:its|their|his|her|the \\w+'s) (?:sole |absolute )?(?:discretion|option)|at its election|" +
    'if it (?:so )?(?:wishes|chooses|elects)|if (?:they|it) so (?:wish|choose)|' +
    '(?:reasonable|commercially reasonable|best) (?:efforts|endeavou?rs) to consider|' +
    'in good faith[^.;]{0,30}consider|is (?:encouraged|invited) to|where (?:it|they) (?:wish|wishes)|' +
    // A polite request: "We would appreciate it if you would provide a short testimonial".
    `(?:${politeRequestWords}) if (?:you|we|it|they|[\\w&.-]+) (?:would|could|might)|` +
    // "That is entirely your call". A wish alone may sit beside a promise ("because we'd love to …, you'll take part").
    '(?:is|are) (?:entirely )?(?:your|its|their) (?:call|choice|decision)|' +
    // Willing, not bound: "We're open to a case study once the integration is live".
    "(?:(?<=['’])re|is|are) open to\\b|" +
    // Expectations and forecasts are not undertakings: "Customer anticipates purchasing", "expects to serve".
    '(?:anticipates?|expects?|intends?|hopes?)\\s+(?:to|that|\\w+ing)|' +
    // A wish: "we would welcome the chance to write it up as a case study". Not a letter's formula ("would like to confirm").
    '(?:would|should) (?:very much )?(?:welcome|love|like|appreciate)(?: the (?:chance|opportunity))? to (?!confirm|record|remind|thank|note)|' +
    // A plan or an aim as a noun ("under the rollout plans that Supplier approves") binds as ever.
    '(?<!\\b(?:the|its|their|our|any|such|this|that|these|those)\\s+(?:[\\w-]+\\s+){0,2})(?:estimates?|plans?|aims?)\\s+to|' +
    'it is (?:anticipated|expected|intended|contemplated|hoped) that|non-binding)\\b',
  'i',
);

/** Left to the giver's choice by the words before it: "If you're open to it, we'd love to feature …", "should you feel able". */
export const leftToChoice =
  /\bif (?:you(?:'re|’re| are)|[\w&.-]+ (?:is|are)|it is|they are) (?:open|willing|agreeable) to\b|\bshould (?:you|it|they|[\w&.-]+) (?:feel able|wish|choose)\b/i;

/**
 * One party calling on the other to give: "Provider may require Customer to act as a reference", "may request that
 * Customer participate". The party called on gives; a requirement binds it, a request does not.
 */
const MAY_CALL = '\\b(?:may|can|(?:is|shall be) entitled to)\\s+';
export const callsOn = /* @__PURE__ */ new RegExp(`${MAY_CALL}(?:require|request|ask|direct|instruct)\\b`, 'i');

/** The same, right before the party called on: "Provider may request that ". */
export const callsOnBefore = /* @__PURE__ */ new RegExp(`${callsOn.source}\\s+(?:that\\s+)?$`, 'i');
export const requires = /* @__PURE__ */ new RegExp(`${MAY_CALL}(?:require|direct|instruct)\\b`, 'i');

/** Permission wording under which a use of someone's name is optional ("with Customer's consent"). */
export const needsConsent =
  /\bwith (?:the )?(?:\w+'s |its |their )?(?:prior )?(?:written )?(?:consent|approval|permission)\b|\bsubject to [^,;]{0,40}(?:consent|approval)\b/i;

/** Words that open a condition; a benefit inside it is what the concession depends on. */
export const conditionOpeners = /* @__PURE__ */ new RegExp(
  '\\b(?:if(?!\\s+(?:it|they|he|she|you|we)\\s+(?:so\\s+)?(?:wish|wishes|choose|chooses|elect|elects|prefer|' +
    'prefers|decide|decides)\\b)(?!\\s+(?:any|applicable|necessary|appropriate|possible|required|so requested|' +
    'requested)\\b)|provided(?: always)? that|provided|on condition that|conditional (?:up)?on|subject to|should|' +
    '(?:conditioned|contingent) (?:up)?on|' +
    'as long as|so long as|in the event that|only if|where|' +
    // A period that qualifies: "For each Quarter in which the Distributor's Net Purchases exceed USD 1,500,000, …".
    '(?:for|in) (?:each|any|every) (?:[\\w-]+ )?(?:quarter|year|month|period|season) (?:in which|during which))\\b',
  'gi',
);

/** Words that tie one side of a bargain to the other (LABELS.md, "explicit reference"). */
export const tyingWords = /* @__PURE__ */ new RegExp(
  '\\b(?:(?:is |are |was |were )?(?:given |granted |made |provided )?in (?:consideration|exchange|return) ' +
    '(?:of|for)(?: which)?|in exchange|in return|as consideration for|(?:conditional|conditioned|contingent) (?:up)?on|' +
    'subject to|' +
    'in recognition of|provided (?:always )?that|on condition that)\\b',
  'gi',
);

/**
 * What tying words name that ties nothing: recitals ("in consideration of the mutual covenants"), "the terms
 * and conditions" or "provisions" of the whole agreement (not of a numbered Section), a consent a give-back
 * waits on ("subject to Customer's prior written approval of its content"), and the law.
 */
export const boilerplateConsideration = /* @__PURE__ */ new RegExp(
  [
    '^\\s*(?:the )?(?:mutual|foregoing|premises|covenants|promises|sum of|good and valuable|other good)',
    '^\\s*(?:the )?(?:terms and conditions|(?:other )?provisions)(?: (?:of|in|under) this (?:Agreement|Contract)| ' +
      '(?:hereof|herein|hereunder)| (?:specified|set|determined|established) by)\\b',
    "^\\s*(?:[\\w&.-]+(?:'s|’s) )?(?:the )?(?:prior |advance )?(?:written )?(?:approval|consent)\\b",
    // The law, which governs every clause: "may end the employment at any time, … subject to applicable law".
    '^\\s*(?:all |any )?(?:the )?(?:applicable |relevant |governing )?(?:laws?|legislation|statutes?|regulations?)\\b',
  ].join('|'),
  'i',
);

/** Third parties a concession may be given to, which makes it no concession between the parties. */
export const thirdPartyBeneficiary = /* @__PURE__ */ new RegExp(
  '^[^.;]{0,60}?\\bto (?:its |their |his |her |our |your |any |all |such )?' +
    '(?:members|customers|end[- ]users|buyers|subscribers|consumers|users|employees|students|patients|obligors|' +
    'clients of|third parties|the public|purchasers|(?:commercial |business )?partners|prospective customers|' +
    'prospects)\\b|^[^.;]{0,60}?\\bto (?:an?|any) (?:incoming|hypothetical|willing) ' +
    '(?:tenants?|lessees?|licensees?|buyers?|purchasers?)\\b',
  'i',
);

/** Subjects that stand for both parties: a term they grant each other is mutual. */
export const mutualSubject = /* @__PURE__ */ new RegExp(
  // The other side may carry a title's full stop: "EHN, on the one hand, and Dr. Murray, on the other".
  '\\bon the one hand,? and [^;]{1,80}?,? on the other(?: hand)?\\b|,\\s*on the other(?: hand)?,?\\s*$|' +
    '\\b(?:each|either|both|neither|any) (?:of (?:the )?)?(?:part(?:y|ies)|of us|of them)\\b|\\b(?:the )?parties\\b|' +
    // A venture's members: "Any Participant will have the right to voluntarily withdraw".
    // Not "Partner", which may be a party's own name.
    '\\b(?:each|any|every) (?:of (?:the )?)?(?:participants?|members?|venturers?|shareholders?)\\b|' +
    "\\beach of (?:the )?\\S+ and (?:the )?\\S+\\b|\\b[\\w’'.&-]{1,40} and [\\w’'.&-]{1,40} each\\b|" +
    // "either you or the Company": the second party may take its article.
    '\\beither (?:the )?(?:you|\\S+) or (?:the )?(?:we|us|\\S+)\\b|\\bboth (?:the )?(?:you|\\S+) and (?:the )?(?:we|us|\\S+)\\b|\\beither of us\\b|' +
    '\\beach of us\\b|\\bboth of us\\b|\\bwe (?:each|both)\\b',
  'i',
);

/** Verbs and modals that show the word before them is a clause's subject. */
export const subjectFollowers = /* @__PURE__ */ new RegExp(
  // A letter's contraction: "We'll hold Tidewater at …", "You'll give us notice".
  "^['’](?:ll|d|ve|re)\\b|" +
    '^(?:\\s*,[^,]{1,80},)?\\s+(?:(?:also|hereby|promptly|irrevocably|further|expressly|now|therefore|each|' +
    // A run of adverbs: "Each party hereby knowingly, voluntarily, and intentionally waives".
    'shall also|will also|agrees? and|[a-z]+ly,?(?:\\s+and)?)\\s+)*(?:shall|will|may|must|can|cannot|could|would|should|agrees?|' +
    'commits?|covenants?|grants?|waives?|releases?|undertakes?|accepts?|acknowledges?|appoints?|permits?|allows?|pays?|' +
    'provides?|offers?|extends?|renews?|warrants?|represents?|is|are|has|have|hereby|elects?|consents?|confirms?|' +
    'assigns?|retains?|reserves?|gives?|takes?|receives?|bears?|absorbs?|credits?|discounts?|charges?|invoices?|' +
    'bills?|delivers?|sends?|issues?|maintains?|purchases?|orders?|subscribes?|licen[cs]es?|lists?|features?|' +
    'co-hosts?|participates?|hosts?|serves?|acts?|names|uses?|displays?|continues?|remains?|wishes?|desires?|' +
    'decides?|chooses?|requests?|caps?|reduces?|lowers?|freezes?|forgives?|rebates?|refunds?|introduces?|refers?|' +
    'supplies?|sells?|commits|declines?|exercises?|intends?|plans?|expects?|owes?|places?|executes?|prepays?|' +
    // A gerund, not a preposition in "-ing" ("provide to NCM during each month", "fees including VAT").
    'joins?|enrol(?:l)?s?|instructs?|engages?|tenders?|awards?|commissions?|designates?|signs?|enters?|' +
    '(?!(?:during|including|excluding|regarding|concerning|notwithstanding|according|following|pending|respecting|' +
    'beginning|starting|commencing|ending)\\b)[a-z]+ing)\\b',
  'i',
);

/** Nouns after a party's possessive that make the party the actor ("Licensor's agreement to reduce"). */
export const agentNouns =
  /^(?:'s|’s)\s+(?:agreement|commitment|undertaking|offer|decision|election|promise)\b[^.;]{0,300}?\bto\s+(?!the\b|a\b|an\b)[a-z]+/i;

/**
 * Waivers that are procedure, not value (LABELS.md): forum, jury, venue and objections to them,
 * formalities, subrogation under insurance, the exclusivity of agreed remedies, mutual disclaimers of
 * consequential loss, and anti-waiver wording about a failure or delay in enforcing a right.
 */
export const proceduralWaiver = /* @__PURE__ */ new RegExp(
  // Venue as a forum ("the laying of venue of any suit"), not a party or a place ("The Venue waives that Cancellation Charge").
  '\\b(?:jurisdiction\\w*|venue (?:of|is|defen\\w*|for (?:the|any|a)\\b|listed)|laying of (?:the )?venue|(?:improper|inconvenient) venue|forum|jury|objections?|subrogation|presentment|protest|dishonou?r|' +
    'demand for payment|(?:any )?failure or delay|rights and remedies which|waives? and disclaims?|' +
    'disclaims? and waives?|sovereign immunity|notice of acceptance|' +
    'post(?:ing)? (?:of )?(?:a |any )?(?:bond|security)|(?:such |any )?conditions? (?:precedent )?' +
    '(?:is|are|has been|have been|shall have been|may be) waived|' +
    'waived? (?:any |such |the )?conditions? (?:precedent|to (?:closing|its obligations))|waive compliance|' +
    'right to (?:assert|claim|contend|argue) that|protective order|' +
    '(?:personal )?service of (?:any )?(?:summons|process))\\b',
);

/** An agreement to agree is no term: "The Parties shall negotiate and determine whether to make the announcement". */
export const agreementToAgree =
  /\b(?:negotiate|discuss|determine|decide|consider|agree)\s+(?:[\w-]+\s+){0,5}whether\b|\bwhether (?:or not )?to\s+(?:[\w-]+\s+){0,2}$/i;

/** A term that waits on both parties agreeing later, in the words just before it, with no new clause between: "Upon the Parties' mutual
 * agreement, and without additional licensing fees, the Company may also use …". */
export const onMutualAgreement =
  /\b(?:upon|on|subject to) (?:the )?(?:parties|Parties)['’]? mutual (?:written )?agreement\b(?! (?:to|of) (?:this|the) (?:Amendment|Agreement|amendment|agreement)\b| on\b)(?![^.;]*?,\s+(?:and|but)\s+\w)[^.;]{0,60}$/i;

/** What follows a term named by where it is made: "the rebate … as provided under Section 5", "requirements as described in Article 3". */
export const namedElsewhere =
  /^[^.;]{0,60}?\bas (?:provided|set forth|set out|described|specified) (?:in|under) (?:Sections?|Clauses?|Articles?|Paragraphs?)\s+\d/;

/** A clause named right after a term's name: "we have agreed to the rent-free period in paragraph 4.1 in return for …". */
export const placedElsewhere =
  /^\s*(?:in|under) (?:Sections?|[Cc]lauses?|Articles?|[Pp]aragraphs?|[Pp]oints?|[Ii]tems?)\s+\d/;

/** A right named when it is used, not granted: "If Pretzel Time exercises its right of first refusal", "exercise its option to become". */
export const exercisedRight = /* @__PURE__ */ new RegExp(
  '\\bexercis(?:e|es|ed|ing)\\s+(?:its|their|his|her|the|such|this|that|any)\\s+(?:[\\w-]+\\s+){0,2}' +
    '(?:(?:option|right)\\s+to\\s+(?:become|be|remain)\\s+(?:an?\\s+|the\\s+)?)?$',
  'i',
);

/**
 * A right that another document gives, used under that document's own terms: "Company may terminate any
 * Merchant Agreement pursuant to the terms of such Merchant Agreement", "terminate the Ad Fund Agreement
 * pursuant to its terms". Read from the match on.
 */
export const underOtherAgreement = /* @__PURE__ */ new RegExp(
  '\\b(?:terminate|cancel|end|suspend)\\s+(?:the|any|such|each|a|an)\\s+(?!this\\b)' +
    '(?:[A-Z][\\w-]*\\s+){1,4}Agreements?\\b(?:\\s*\\([^)]{0,40}\\))?\\s*,?\\s*' +
    '(?:pursuant to|in accordance with|under)\\s+(?:its|their|the)\\s+(?:own\\s+)?terms\\b' +
    '(?!\\s+(?:and conditions\\s+)?(?:of|hereof)\\s+this\\b)',
);

/** A commitment named as what something counts towards, made elsewhere: "purchases will count towards the Minimum Purchase Commitment". */
export const countedTowards = /* @__PURE__ */ new RegExp(
  '\\b(?:count(?:s|ed)?|credited|applied|included)\\s+(?:towards?|against|in|into)\\s+' +
    '(?:the\\s+|its\\s+|any\\s+|such\\s+)?(?:[\\w-]+\\s+){0,4}(?:and\\s+(?:the\\s+)?)?$',
  'i',
);

/** A status lost, not given: "the Agent is terminated as an exclusive distributor", "ceases to be the preferred supplier". */
export const statusLost = /* @__PURE__ */ new RegExp(
  '\\b(?:terminated|removed|replaced|revoked|withdrawn)\\s+as\\s+(?:an?\\s+|the\\s+|its\\s+)?$|' +
    '\\b(?:ceases?|ceased)\\s+to\\s+be\\s+(?:an?\\s+|the\\s+|its\\s+)?$|' +
    '\\bno longer\\s+(?:be\\s+|is\\s+)?(?:an?\\s+|the\\s+)?$',
  'i',
);

/** The same said after the status's name: "the exclusive supplier rights … shall become non-exclusive". */
export const statusLostAfter =
  /^[^.;]{0,80}?\b(?:shall|will)(?:,[^,;]{1,60},)?\s+(?:\w+\s+)?(?:become|be\s+deemed|be\s+converted\s+to)\s+(?:a\s+)?non-?\s?exclusive\b/i;

/**
 * A party's marks used to market or sell the goods the deal is about (a distributor's, reseller's or
 * co-branding licence, a duty to brand the products): the deal itself, not publicity given back.
 */
export const productBranding = /* @__PURE__ */ new RegExp(
  "\\b(?:for the (?:sole |limited |exclusive )?purposes? of|in connection with (?:(?:the|that party's|its) )?|" +
    'solely (?:to|for)|for the)\\s*(?:[\\w-]+,?\\s+){0,2}(?:advertis|market|sell|sale|resell|distribut)\\w*|' +
    '\\bto (?:advertise|market|sell|resell|distribute)\\b(?:,? (?:[\\w-]+,? ){0,6})?(?:and |or )?(?:[\\w-]+ )?' +
    '(?:the |such |any )?(?:[A-Z][\\w-]*\\s+){0,2}(?:Products?|Tests?|Goods|Services|Licensed)\\b|' +
    '\\bfor the marketing of (?:the |such )?[A-Z]|\\bexclusive right to (?:market|sell|distribute)',
);

/**
 * A give-back word inside a representation about something, not a promise to give it: "warrants
 * that any testimonials … reflect". "Acknowledges that Provider may use its logo" gives leave.
 */
export const representation = /* @__PURE__ */ new RegExp(
  '\\b(?:represents?|warrants?|acknowledges?|certif(?:y|ies))\\s+' +
    '(?:and\\s+(?:warrants?|represents?|covenants?)\\s+)?(?:to\\s+\\S+\\s+)?that\\b' +
    '(?![^.;]{0,200}\\b(?:will|shall|may|agrees?|undertakes?|must)\\b)',
  'i',
);

/** An endorsement agreement, read from its title: it exists to buy the endorser's testimonials and appearances. */
/**
 * A deal whose subject is a brand, read from its title (a franchise, co-branding or trademark licence
 * agreement): using and showing the marks is what it is for, not publicity given back. Not a sponsorship,
 * where the organiser's later use of the sponsor's marks to promote itself is a give-back.
 */
export const brandingDeal =
  /\b(?:franchise|co-?brand(?:ing|ed)?|(?:trade ?marks?|brand|marks?) licen[cs]e)\s+agreement\b/i;

/**
 * A deal that exists to buy promotion: a sponsorship, co-branding, co-marketing, promotion, advertising or
 * affiliate agreement. The links, banners and mentions the paid party gives are what is bought (LABELS.md).
 */
export const promotionDeal =
  /\b(?:sponsorship|co-?brand(?:ing|ed)?|co-?marketing|promotion(?:al)?|advertising|affiliate|web ?linking)\s+(?:(?:and\s+)?[\w-]+\s+)?agreement\b/i;

export const endorsementDeal =
  /\b(?:endorsement|spokes(?:person|man|woman)|talent|personal services|appearance)\s+(?:and\s+[\w-]+\s+)?agreement\b/i;

/** An exclusive distributor, reseller or dealer: what a distribution agreement appoints, the grant itself. */
export const exclusiveDistribution = /* @__PURE__ */ new RegExp(
  '\\b(?:exclusive|sole)\\s+(?:[\\w-]+\\s+){0,2}(?:distributors?|resellers?|dealers?)\\b|' +
    '\\bexclusive (?:right|licen[cs]e) to (?:market|sell|resell|distribute)\\b',
  'i',
);

/**
 * Closing an account on an online service ("You may cancel this agreement and close your Account
 * at any time", "We may cancel accounts that have been inactive"): how the service is sold, with
 * no commitment to be released from, not an easier exit.
 */
export const accountClosure =
  /\b(?:cancel|close|delete|deactivate|terminate)(?:s|d|ed|ing)? (?:(?:your|its|their|the|an?|any|such|all|inactive) )?(?:[\w-]+ ){0,2}accounts?\b/i;

/**
 * A subscription cancelled with effect when the period paid for ends: not renewing, which a subscription allows
 * anyway ("you can cancel your subscription and keep using your account until your paid period expires").
 */
export const endsWithPaidPeriod =
  /\b(?:until|through|at the end of|when|once) (?:your|the|its|their|each) (?:current |then-current )?(?:paid|billing|subscription|prepaid) (?:period|term|cycle|month|year)\b/i;

/**
 * A line of a signature block, wherever the blocks are not marked: "Title: Vice President, Sales &
 * Marketing", "By: /s/ Jane Roe Name: Jane Roe Title: …".
 */
export const signatureLine =
  /^\s*(?:By|Name|Title|Its|Signature|Printed Name|Print Name|Date)\s*:|(?:^|\s)\/s\/\s|\bName:\s[^:]{1,60}\bTitle:|\bSignature\s*:\s*_{3,}|_{3,}\s+(?:Name|Title)\s*:/i;

/** A document that varies an earlier deal, read from its opening words: there any departure from the old terms is a give. */
export const variesADeal = /* @__PURE__ */ new RegExp(
  // "renewal" as the document, not an original's "automatic renewal for successive terms"; "amended" as the deed's
  // act, not a statute's "as amended".
  '\\b(?:amend(?:ment|ing)|(?:is |are )?hereby amended|amended as follows|amended and restated|' +
    'renewal (?:agreement|order(?: form)?|letter|quote|term sheet|confirmation|of (?:the|this|your))|(?:this|the) renewal\\b|' +
    'variation|addend(?:um|a)|side letter|change (?:order|request)|' +
    'supplement(?:al)?|modification|extension agreement|letter agreement|waiver letter|From:|Dear)\\b',
  'i',
);

/**
 * Whether a sentence leads in to a list whose items are its triggers: it ends with a colon, or with
 * a semicolon after "any of the following" ("Upon the occurrence of any of the following, WGT may
 * terminate …;"). Read by the terms stage and by incremental review alike.
 */
export function leadsInToList(text: string): boolean {
  return /:\s*$/.test(text) || (/;\s*$/.test(text) && /\bany of the following\b/i.test(text));
}

/** What a concession is called when a give-back is traded for it: "in exchange for the waiver in Section 7(b)". */
const CONCESSION_NOUN_LIST = [
  'waivers?|discounts?|reductions?|credits?|refunds?|rebates?|abatements?|relief|concessions?|rate (?:hold|freeze)',
  'price (?:hold|freeze)|freeze|deferrals?|forbearance|(?:extended|longer) payment terms',
  'instal(?:l)?ment (?:arrangement|plan)s?|instal(?:l)?ments|payment plans?|(?:extended |longer )?warrant(?:y|ies)',
  'releases?|free [\\w-]+',
  // "the reduced Development Fee under Section 2.1".
  '(?:reduced|lower|discounted) (?:[\\w-]+ ){0,2}(?:fees?|rent|prices?|rates?|charges?|royalt(?:y|ies))',
].join('|');
export const CONCESSION_NOUNS = `(?:${CONCESSION_NOUN_LIST})`;

/** The words that name what a term is traded for: "in exchange for", "in consideration of", "as consideration for". */
export const TRADED_FOR = '(?:in (?:exchange|return) for|in consideration (?:of|for)|as consideration for)';

/** A sentence that opens by naming the concession it pays for: "As consideration for the waiver of the Renewal Fee, …". */
export const OPENS_TRADED_FOR_CONCESSION = /* @__PURE__ */ new RegExp(
  `^\\W*${TRADED_FOR} (?:[\\w’'-]+ ){0,4}${CONCESSION_NOUNS}\\b`,
  'i',
);
