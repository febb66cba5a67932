/**
 * Risk shifted (concession kind risk, LABELS.md): liability uncapped or a cap raised, an indemnity
 * that reaches the other party's own negligence, a release from all liability for the venture, a
 * warranty extended beyond the standard. Part of concessions.ts's list, in its place.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';

/** Words that show a liability cap was raised: multiples, percentages over 100. */
// What makes a cap a risk taken: raised above another, or set for one kind of claim above the general cap. The
// contract's only cap, at whatever multiple of its fees ("150% of the Charges"), is the deal's allocation (LABELS.md).
const RAISED_CAP = [
  'notwithstanding|increase[ds]?|raise|higher|instead of|rather than|in place of',
  // A cap above the fees that replaces another: "… limited to two hundred percent (200%) of the fees …, which replaces,
  // for this SOW only, the limit of one times annual fees". Not a lower one put in its place (50%).
  '(?:\\((?:1[5-9]\\d|[2-9]\\d\\d) ?%\\)|\\b(?:1[5-9]\\d|[2-9]\\d\\d) ?%|\\b(?:two|three|four|five|[2-5])(?: \\(\\d\\))? times)' +
    '[^.;]{0,200}\\breplac(?:es|ing)\\b[^.;]{0,30}?\\bthe (?:[\\w-]+ )?(?:limit|cap)',
  // A super-cap for one kind of claim at a multiple of the fees: "liability for breach of Section 8 (Data Protection)
  // shall be limited to three (3) times the Fees". Not the contract's only cap, at whatever multiple.
  '(?:breach(?:es)? of (?:Sections?|Clauses?|Articles?|Paragraphs?) \\d|data (?:protection|breach)|confidentiality|' +
    'security incident|intellectual property|indemnit\\w*)[^.;]{0,120}?(?:\\btimes\\b|\\b\\d+(?:\\.\\d+)?\\s?x\\b)',
].join('|');

export const riskCues: Cue<ConcessionKind>[] = [
  {
    id: 'risk.uncapped',
    kind: 'risk',
    triggers: [
      'uncapped',
      'unlimited',
      'without limit',
      'without any limit',
      'without cap',
      'no cap',
      'not be subject to',
      'not subject to',
      'not apply to',
    ],
    negative: true,
    phrases: [
      '(?:liability|obligations?|indemnit\\w*)…… (?:shall be|is|will be|are|which shall be|which is) (?:uncapped|unlimited)',
      '(?:uncapped|unlimited) (?:liability|indemnit\\w*)',
      // "without any limit on the number of seats" is about quantity, not liability.
      // "… nor at any time (without limit) after the termination": a covenant's duration, not a liability.
      '(?<!\\b(?:time|times|period|duration) \\(?)without (?:any )?(?:limit|cap)(?!ation)' +
        '(?! (?:on|to|as to|of|in) (?:the )?(?:number|quantity|volume|usage|use|time|duration)\\b)',
      // "Developer shall be fully liable, without limitation, for money damages".
      'liable,? without (?:any )?limitation',
      // "The Reseller's indemnity … shall not be subject to the limitation of liability in Section 12".
      '(?:liability|obligations?|indemnit\\w*)…… (?:shall|will|is|are) not (?:be )?subject to (?:the |any )?' +
        '(?:(?:exclusions and )?limitations? (?:of|on) liability|(?:liability )?caps?|caps? on liability)',
    ],
    // Liability the law leaves uncapped is no one's concession: "liable without limitation for intent and gross
    // negligence", for death or personal injury, for fraud.
    // Only where the unlimited liability is itself for those: "liable without limitation for intent".
    unless:
      /\b(?:without (?:any )?limitation|unlimited(?:ly)?) (?:for|in (?:cases? )?of) (?:its )?(?:intent(?:ional)?|wil(?:l)?ful|gross(?:ly)? negligen\w*|fraud\w*|death|personal injury|bodily injury)\b|\bProduct Liability Act\b/i,
  },
  {
    // More liability accepted than the standard stated before: "Under those conditions our liability … is limited as
    // stated in them. For your shipments, we will accept liability of up to USD 60,000 per container".
    id: 'risk.accepted-beyond-standard',
    kind: 'risk',
    triggers: ['accept'],
    follows: new RegExp(
      [
        '\\b(?:ordinarily|normally|usually|otherwise|standard)\\b[^.;]{0,80}\\blimit',
        '\\blimit(?:ed|ation)\\b[^.;]{0,80}\\b(?:conditions|tariff|convention|law|statute)\\b',
        '\\b(?:conditions|tariff|convention)\\b[^.;]{0,80}\\blimit(?:ed|ation)\\b',
      ].join('|'),
      'i',
    ),
    // For the goods in its care, by the load or at their value, not a party's ordinary liability for what it causes.
    phrases: [
      '(?:accepts?|assumes?) (?:full )?liability (?:(?:of )?up to (?:{money}|{num}) (?:per (?:container|shipment|consignment|flight|' +
        'voyage|kilo(?:gram)?|kg|package|pallet)|for (?:the )?(?:loss of|damage to))|for the full (?:replacement |invoice |market )?value)',
    ],
  },
  {
    // One side's liability taken out of the cap: "The limitation on liability … shall not apply to any liability of
    // Provider under Section 12". The cap may be named again ("the foregoing limitation"): the carve-out is new.
    id: 'risk.cap-carve-out',
    kind: 'risk',
    triggers: ['not apply to', 'not be applicable'],
    negative: true,
    capsWhatItNames: true,
    phrases: [
      '(?:limitations? (?:of|on) liability|liability caps?|caps? on liability)(?: [^.;]{0,60}?)? (?:shall|will|does) ' +
        'not (?:apply|be applicable) (?:to|in respect of) (?:any |the )?(?:liability|obligations?|indemnit\\w*) of ' +
        "(?!(?:either|each|both|any|a|the parties|the party|a party)\\b)[\\w&.'’-]+",
    ],
    // The carve-outs every cap has, for either side or by law: paying the fees, indemnities, fraud, death or injury,
    // wilful misconduct, confidentiality.
    unless:
      /\bto pay (?:the |any )?(?:fees|charges|amounts|sums)\b|\bpayment obligations?\b|\bindemnif|\bfraud|\bdeath\b|\bpersonal injury\b|\bcannot be (?:limited|excluded)\b|\bwil(?:l)?ful\b|\bgross negligence\b|\bconfidentiality\b/i,
  },
  {
    // An indemnity that reaches the other party's own negligence (LABELS.md): "REGARDLESS OF THE
    // NEGLIGENCE OF ANY OF THE INDEMNIFIED PARTIES", "even if caused by the concurrent negligence of Owner".
    id: 'risk.others-negligence',
    kind: 'risk',
    triggers: ['negligence'],
    // A release that reaches the released party's negligence is one concession, the release.
    partOf: ['waiver'],
    phrases: [
      '(?:regardless of|irrespective of|notwithstanding) (?:the |any )?' +
        '(?:sole |concurrent |joint |contributory |comparative |active or passive |partial )*negligence of ' +
        '(?:any of )?(?:the |any )?(?:[\\w-]+ ){0,2}(?:indemnified|indemnitees?|other part)',
      '(?:even if|including (?:where|when|if)) (?:caused|arising|resulting) (?:in whole or in part )?' +
        '(?:by|from|out of) (?:the )?(?:sole |concurrent |joint |contributory )*negligence of (?:any of )?' +
        '(?:the |any )?(?:[\\w-]+ ){0,2}(?:indemnified|indemnitees?|other part)',
      // A party named: "that indemnity will apply even where the negligence of Hospital or its staff contributed to the loss".
      // A party by name, not its own people ("the negligence of Supplier's subcontractors").
      '(?:even|including|also) (?:where|when|if) (?:the )?(?:sole |concurrent |joint |contributory |partial )*negligence of ' +
        "(?![\\w&.-]+['’]s\\b)(?:[\\w&.’'-]+ ){1,2}(?:or (?:its|their) (?:[\\w-]+ ){0,2}(?:staff|employees|personnel|agents|contractors) )?" +
        '(?:contributed|caused|contributes|causes)',
    ],
  },
  {
    id: 'risk.higher-cap',
    kind: 'risk',
    triggers: ['times', '%', 'per cent', 'percent', 'cap', 'increase', 'raise'],
    phrases: [
      '(?:liability|cap)…… (?:shall not exceed|is limited to|capped at|limited to) (?:{num} times|\\d+(?:\\.\\d+)? ?(?:x|times)|{pct})',
      // "… liability for breach of Section 10 (Data Security) shall be three times (3x) the Fees": a multiple, not a rate.
      '(?:aggregate |total |maximum )?liability…… (?:shall|will) be (?:{num} times|\\d+(?:\\.\\d+)? ?(?:x|times))',
      '(?:increase|raise)s? (?:the )?(?:liability )?cap',
      // "The Supplier agrees to an increase in its liability cap for Data Incidents".
      '(?:an? )?(?:increase|rise) in (?:the |its |their )?(?:aggregate )?liability (?:cap|limit)',
      // The cap itself, not a fee raised in consideration of a liability position ("… the Annual Subscription Fee is increased").
      // Nor a cap on fees ("unless the Fee Cap is increased by a change order").
      '(?:liability|(?<!\\b(?:fees?|price|pricing|rate|spend|budget|cost) )cap)(?![\\w-])' +
        '(?:(?!\\b(?:fees?|charges?|prices?|rent|rates?)\\b)(?:[^.;|]|\\.(?=\\d))){0,200}? ' +
        '(?:is|shall be|will be) increased',
      // "the liability cap for data-protection breaches … is raised to two hundred per cent (200%)".
      'liability(?:[^.;|]|\\.(?=\\d)){0,200}? (?:is|shall be|will be) raised (?:to|from|by)\\b',
      'higher (?:liability )?cap',
    ],
    // The cap every customer gets is the deal's ("… which is Provider's standard data protection cap for all customers").
    // Nor a cap that moves with the fees it is set by: "Any increase in the liability cap resulting from an increase in
    // the Fees under clause 6 takes effect automatically".
    unless:
      /\bstandard\b[^.;]{0,40}\bcap\b|\bfor all (?:its |of its )?customers\b|\b(?:resulting|arising) from (?:an? )?(?:increase|rise|change) in (?:the )?(?:fees|charges|price)\b|\bin (?:proportion|line) (?:to|with) (?:any )?(?:increase|rise|change)s? in (?:the )?(?:[\w-]+ )?(?:fees|charges)\b/i,
    requires: new RegExp(`\\b(?:${RAISED_CAP})`, 'i'),
  },
  {
    // LABELS.md: an indemnity that reaches the other party's own negligence is a risk taken on. "Sponsor shall
    // indemnify University … against all claims …, including claims caused by University's own negligence".
    id: 'risk.own-negligence',
    kind: 'risk',
    triggers: ['negligence'],
    phrases: [
      // The other side's own fault, not the indemnifier's ("arising from Supplier's negligence").
      '(?:including|even (?:if|where|though)|regardless of whether|whether or not)(?:[^.;]){0,80}? ' +
        '(?:caused by|arising (?:from|out of)|resulting from|attributable to|due to) (?:the )?' +
        // "your own negligence" where "you" are indemnified, not where you indemnify.
        "(?:(?:[\\w-]+(?:'s|’s) |(?<!\\byou (?:will|shall|must|agree to) (?:defend,? )?(?:and )?indemnify\\b[^.;]{0,200})your )?(?:own|sole) " +
        '(?:(?:active|passive|contributory) )?negligence|' +
        '(?:negligence|fault) of (?:the )?(?:indemnified|other) part(?:y|ies))',
    ],
    requires: /\bindemnif|\bhold harmless\b|\bdefend\b/i,
  },
  {
    // "liability … is limited to £25.00 per kilogram … (instead of £10.00 per kilogram)": a higher limit.
    id: 'risk.higher-than-before',
    kind: 'risk',
    triggers: ['instead of', 'rather than', 'in place of'],
    higherThan: true,
    phrases: [
      '(?:liability|cap)…… (?:limited to|capped at|shall not exceed|not exceed) {money}…… \\(?(?:instead of|rather than|in place of) ' +
        // "in place of Manufacturer's standard limit of $150,000 per Batch".
        "(?:(?:the |its |[\\w&-]+['’]s )?(?:standard |usual |normal |current )?(?:limit|cap|amount) of )?{money}",
    ],
  },
  {
    // "liable for cargo loss up to the full invoice value, instead of $0.50 per pound": a limit lifted to the whole value.
    id: 'risk.full-value',
    kind: 'risk',
    triggers: ['instead of', 'rather than', 'in place of'],
    phrases: [
      '(?:liable|liability)…… (?:up to |to )?(?:the )?full (?:invoice |replacement |market |declared )?value…… ' +
        '\\(?(?:instead of|rather than|in place of) {money}',
    ],
  },
  {
    // "… with HGF having no liability in relation to the project": one party released from all
    // liability for the venture, which the other then carries (LABELS.md).
    id: 'risk.no-liability-venture',
    kind: 'risk',
    triggers: ['no liability', 'no responsibility'],
    subject: 'recipient',
    negative: true,
    phrases: [
      '(?:having|has|have|shall have|will have|bears?|shall bear|to have) no (?:liability|responsibility)' +
        '(?: whatsoever)? (?:in relation to|for|in respect of|arising (?:from|out of)|with respect to|under) ' +
        '(?:the|this|such) (?:project|venture|joint venture|collaboration)',
    ],
  },
  {
    // A warranty longer than the one it replaces: "warrants the Equipment for twenty-four (24) months …, in place of the
    // standard twelve (12) month warranty", "The Warranty Period shall be 36 months rather than 12 months".
    id: 'risk.warranty-longer',
    kind: 'risk',
    triggers: ['instead of', 'rather than', 'in place of'],
    // Compared as lengths ("18 months instead of 2 years" is shorter), and of the warranty, not of another term named
    // between ("… for 12 months from delivery, and the Initial Term is 3 years rather than 1 year").
    longerThan: true,
    phrases: [
      // "… warranty against Defects runs for twelve (12) months from Go-Live, instead of the ninety (90) days stated in that clause".
      '(?:warrants?|warranty(?: period)?|guarantee(?: period)?)(?:(?!\\bterm\\b)[^.;|]){1,120}?{num}[- ](?:calendar )?(?:days?|months?|years?)' +
        '(?:(?!\\bterm\\b)[^.;|]){0,80}? (?:instead of|rather than|in place of) (?:the |its |our )?(?:standard |usual |normal )?' +
        '{num}[- ](?:calendar )?(?:days?|months?|years?)',
    ],
  },
  {
    // A limitation period for defects longer than the statute's, as German drafting gives it: "the limitation period for
    // claims for defects amounts to 36 months from delivery (statutory period: 24 months)", "… is thirty-six (36) months
    // from the transfer of risk, in deviation from the statutory period of 24 months". The seller answers for defects.
    id: 'risk.limitation-longer',
    kind: 'risk',
    triggers: ['statutory period', 'statutory limitation period'],
    grantedBy: 'payee',
    longerThan: true,
    phrases: [
      'limitation period for (?:all )?(?:claims (?:for|based on|arising from) |warranty claims for )?defects (?:amounts to|is|shall be) ' +
        '{num}[- ](?:months?|years?)[^.;|]{0,120}?(?:statutory|legal) (?:limitation )?period(?: of|:)? {num}[- ]?(?:months?|years?)',
    ],
  },
  {
    // A warranty for the whole term where the standard is shorter: "The Licensor's standard warranty period is 90 days
    // from first access; for the University, that warranty continues for the whole of the Term".
    id: 'risk.warranty-for-term',
    kind: 'risk',
    triggers: ['warrant'],
    follows: /\b(?:standard|usual|normal|ordinary)\b[^.;]{0,40}\bwarrant/i,
    phrases: [
      // The warranty just named ("that warranty"), not another one ("the service warranty", "Customer's data warranty").
      '(?:that|such|this|the) warrant(?:y|ies)(?: period)? (?:shall |will )?(?:continues?|remains? in (?:force|effect)|appl(?:y|ies)|runs?) ' +
        '(?:for|throughout) (?:the )?(?:whole |entire |full )?(?:of the )?(?:[\\w-]+ )?(?:term|period of this agreement)',
    ],
  },
  {
    id: 'risk.extended-warranty',
    kind: 'risk',
    triggers: ['warrant', 'guarantee', 'correction period', 'defect', 'rectification'],
    phrases: [
      // "warrants that the Software will perform … throughout the Term, rather than for the ninety (90) day period".
      'warrants?…… (?:throughout|for the (?:duration|life|remainder|whole) of) (?:the |this )?(?:[\\w-]+ )?' +
        '(?:term|agreement|subscription|lease|licen[cs]e period),? (?:rather than|instead of|in place of)',
      '(?:warranty|guarantee)(?: period)?… (?:is|are|shall be|will be) extended',
      // The period a supplier must put defects right in: "the correction period in clause 7.2 is extended to 120 days".
      '(?:correction|defects?(?: liability| notification| rectification)?|rectification) period… (?:is|are|shall be|will be) extended',
      'extends? (?:the )?(?:warranty|guarantee)(?: period)?',
      // "Subcontractor extends its warranty and correction obligations … to thirty-six (36) months": by a length, not
      // to a person ("extends its warranties solely to Customer").
      'extends? (?:its |their |all )(?:warrant(?:y|ies)|guarantees?)(?: period)?… (?:by|to|for|until) ' +
        '(?:a (?:further|total) (?:period )?of )?{num} (?:calendar )?(?:days|months|years)',
      'extended (?:warranty|guarantee)',
    ],
    // An extended-warranty programme sold to consumers is a product, not a risk one party takes.
    // Nor a warranty limited to whom it covers or to what is left of it.
    unless:
      /\bextended (?:warranty|service) (?:programs?|programmes?|plans?|contracts?|products?|business)\b|\bextends? (?:the |its |their )?warrant(?:y|ies)\b[^.;]{0,60}?\b(?:(?:solely|only) to\b|to the original purchaser|unexpired portion)/i,
  },
];
