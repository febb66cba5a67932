/**
 * The deal itself, where "at no charge" or "at its own cost" names no concession (LABELS.md): the
 * service as described, an allowance per period, what is priced elsewhere, a licence's own terms,
 * making good a shortfall, the cost of a duty, the means of performing it, the asker paying.
 *
 * Patterns too long for one line are built with `new RegExp` from string literals and marked pure,
 * as in language.ts (test/build/web-bundle.test.ts).
 */

/** "At no charge" for what the service already is: standard support, or part of the agreement. */
/** What makes a thing at no charge an extra, whatever it is said to be part of: a time limit, a gesture, a trade. */
const GIVEN_AS_EXTRA =
  '\\b(?:until|goodwill|gesture|complimentary|ordinarily|normally|usually|otherwise|in exchange|in return|in consideration|' +
  'for the (?:first|initial)|for the (?:Initial|Renewal) Term|during the (?:first|initial|Renewal)|only)\\b';

export const serviceItself = /* @__PURE__ */ new RegExp(
  // Not what a thing is worth when paid for: "at no charge (standard value CAD 1,495 each)".
  // Nor the rate given up ("without charging our standard project day rate of £850").
  '\\b(?:standard(?! (?:(?:[\\w-]+ ){0,2})?(?:value|price|rate|fee|charge|list price)s?\\b)|as part of (?:this|the) (?:agreement|services?|subscription|fees?|supply of the (?:products|goods|equipment))|' +
    // "… which are included in our hourly rates", "Premium Support is included in the Enterprise tier".
    'included in (?:the |its |our |their |your )?(?:[\\w-]+ ){0,2}(?:fees?|subscription|price|prices|charges|services?|rates|tier|plan|package|edition)|' +
    // A duty the deal already sets, restated: "As the Agreement also requires, we will deliver a root-cause analysis …".
    '\\bas (?:the |this |our |your )?(?:agreement|contract|msa|lease|master agreement)(?: also| already)? (?:requires|provides)\\b|' +
    '\\bas (?:already )?required (?:by|under) (?:the |this )?(?:agreement|contract|msa)\\b|' +
    // "Base Prices are inclusive of packing … and delivery to the Purchaser's plants … at no additional charge".
    '(?:prices?|fees?|rates?|charges)\\b[^.;]{0,20}\\b(?:are|is|shall be|will be) inclusive of|' +
    // What the services are said to include or to be part of: "The EUC Services include … at no additional charge",
    // "This handover forms part of our services". Not an extra for a while, as a gesture or in a trade ("… will form part
    // of the Services at no extra cost until 30 June 2026", "… include the Analytics Module at no charge for the Initial
    // Term, in exchange for …").
    `(?<!${GIVEN_AS_EXTRA}[^.;]{0,160})(?:(?:forms?|is|are) (?:a |an )?(?:integral )?part of (?:the |our |its |your |their )?` +
    "(?:[\\w&.-]+['’]s )?(?:[\\w-]+ )?(?:services?|subscription|fees?|obligations|support)|" +
    // What a price is said to cover: "The Subcontract Sum includes the performance mockup …", "… priced into the Contract Prices".
    '(?:priced|built|factored) into (?:the |its |our )?(?:[\\w-]+ )?(?:prices?|fees?|rates?|charges|sum)|' +
    '(?:^|[.;]\\s*)(?:the |our |its |your )?(?:[\\w-]+ ){0,3}(?:services|membership|subscription|package|plan|tier|' +
    '(?<=\\b(?:Contract|Subcontract|Lump|Total|Base|Monthly|Annual) )(?:sum|price|fees?|charges?)) ' +
    '(?:include|includes|comprise|consist of|covers?))' +
    `(?![^.;]{0,160}(?:${GIVEN_AS_EXTRA}|\\b(?:additional|extra|bonus|further|more)\\b(?! (?:charge|cost|fee))))|` +
    'available to all (?:users|customers|visitors|members)|documentation|manuals|user guides|' +
    '(?:sales|marketing|promotional) (?:materials|literature|aids|collateral)|data ?sheets|brochures|' +
    // A fund's own offering documents, as product literature is a maker's: "copies of the Fund's current prospectus".
    "catalog(?:ue)?s|product literature|cop(?:y|ies) of (?:(?:the|its|their|[\\w']+) ){0,2}(?:current )?prospectus(?:es)?|" +
    "(?:[\\w']+ )?reports to shareholders|updates|" +
    '(?:services|work|deliverables|material|materials|products) ' +
    '(?:provided|provisioned|supplied|performed|described) (?:pursuant to|under|in) this)\\b',
);

/**
 * An allowance per period that the service includes ("Restore System Images at no additional charge
 * up to two (2) times per month", "emergency requests will be limited to three (3) requests per
 * month"): the service's own measure, beyond which other rates apply; not extra units ("up to ten
 * additional hours per month").
 */
/**
 * An offer made to the audience of a promotion, not to the other party: "eDiets shall offer in any membership offer
 * … a minimum discount of 20%", "a 15% discount offered to Partner's registered users".
 */
export const offeredToOthers =
  /\b(?:membership|member|promotional|special) offers?\b|\boffer(?:s|ed)? to (?:its |the |their |[\w.-]+['’]s )?(?:registered )?(?:users|members|subscribers|visitors|end[- ]users|consumers|readers)\b/i;

/**
 * An exit a platform's end user holds, the deal's audience rather than a party: "the Driver User is entitled to
 * terminate the Financial Leasing Agreement".
 */
export const endUserExit =
  /\b(?:the|its|their|such|each) (?:Driver|End|Ultimate|driver|end|ultimate)[ -](?:Users?|users?)\s+(?:(?:is|are|shall be|will be)\s+entitled|may|can|(?:has|have) the right)\b/;

export const periodicAllowance = /* @__PURE__ */ new RegExp(
  // Not where the fee given up is named, which the other side otherwise charges: "theglobe may place up to 100 listings
  // a month … without having to pay any listing fee, closing value fee, transaction fee or other fee".
  '^(?![^]*\\bwithout (?:having|needing|being required) to pay (?:any |the )?(?!additional\\b|extra\\b)[\\w-]+ (?:fees?|charges?))' +
    '[^]*?(?<!\\bfree\\b[^.;]{0,80})\\b(?:up to|limited to|a maximum of|not (?:to )?exceed(?:ing)?|no more than) ' +
    '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?: \\(\\d{1,4}\\))? ' +
    '(?:(?!additional\\b|extra\\b|bonus\\b|free\\b)[\\w-]+ ){0,3}(?:per|a|each|every|in any) ' +
    '(?:calendar |contract |billing )?(?:day|week|month|quarter|year|annum)\\b',
);

/**
 * Free but for what the deal prices elsewhere ("without charge or expense to Exact (other than as
 * set forth in Sections 3.6 and 4.2(c))", "at no cost to Distributor, except solely for the Share of
 * Net Revenue", "free of charge, except that Licensee shall reimburse their costs"): paid for, not given.
 */
export const pricedElsewhere = /* @__PURE__ */ new RegExp(
  '\\b(?:without|at no|free of|for no)(?: additional| further| extra)? (?:charge|cost|fee)s?\\b[^.;]{0,60}?\\b' +
    // Not the exceptions of a trigger ("other than a termination by the Supplier for non-payment").
    '(?:other than|except)\\b[^.;]{0,80}?\\b(?:fees?|charges?|sections?|compensation|(?<!non-)payments?|share|' +
    'reimburs\\w*|costs?|rates?|prices?)\\b',
);

/**
 * Rights granted under a licence (or licensed back: "license use of such data back to you"): a royalty-free
 * or free grant is the licence, not an extra.
 */
export const licenceGrant = /* @__PURE__ */ new RegExp(
  // A licence granted, not a licence fee forgone ("grants … 25 Named Users … at no additional Licence Fee").
  '\\bgrants?\\b[^.;]{0,200}\\b(?:licen[cs]es?|rights?)\\b(?! fees?\\b)|\\broyalty[- ]free\\b|' +
    '\\b(?:use|uses|viewings?|exhibitions?|performances?|displays?|copies|access) (?:of|to) ' +
    '(?:the |each |any |such )?Licensed\\b|\\b(?:hereby )?licen[cs]es? (?:the )?(?:use of )?' +
    '(?:such |the |that |this )?[\\w-]+ back to\\b',
);

/**
 * Making good a shortfall or a defect: shortages, replacements and re-performance are remedies;
 * so is bringing the service up to what it must meet ("any modification to make the Services
 * Millennium Compliant shall be made at no additional charge").
 */
export const makingGood = /* @__PURE__ */ new RegExp(
  '\\b(?:shortages?|shortfalls?|replacements?|replace\\w*|re-?perform\\w*|conforming|correct(?:ed|ion|s)?|' +
    'rectif\\w*|warranty (?:claims?|repairs?)|make (?:the |its |such )?(?:[\\w-]+ ){1,3}(?:[\\w-]+ )?compliant)' +
    '\\b',
);

/**
 * A duty whose cost is allocated, not an extra: returning data, registering, documents, notices,
 * copies of reports and plans, testifying or cooperating in proceedings about the work.
 */
export const dutyCost = /* @__PURE__ */ new RegExp(
  '\\b(?:testify|give (?:evidence|testimony)|(?:cooperate|assist) (?:[\\w-]+ ){0,3}in (?:any |the )?' +
    '(?:proceedings?|litigation|investigations?|audits?)|execut(?:e|ed|ing)\\b[^.;]{0,120}?\\b(?:documents|instruments|papers)\\b|' +
    '(?:financial|audited|annual) statements|(?:obligations|responsibilities|duties)(?: [^.;]{0,40}?)? ' +
    '(?:are|shall be|will be) (?:to be )?(?:performed|provided|carried out)|' +
    // Samples a licensee submits for the licensor's quality control ("Licensee shall submit samples to Licensor, at no
    // cost to Licensor"), or for approval or inspection.
    // Not samples given to try the goods ("1000 samples of each Product free of charge … for evaluation").
    'submits? (?:[\\w-]+ ){0,3}samples\\b|samples? (?:[\\w-]+ ){0,3}(?:for|to) (?:the )?' +
    '(?:[\\w-]+ )?(?:approval|inspection|quality control)\\b|' +
    // A report the service produces ("a monthly usage report free of charge") is part of it.
    '(?:monthly|quarterly|annual|weekly|periodic|regular) (?:[\\w-]+ )?reports?|' +
    '(?:usage|activity|status|performance|audit|utili[sz]ation) reports?|' +
    'cop(?:y|ies) of (?:the |its |any |such |each )?(?:[\\w-]+ ){0,3}' +
    '(?:reports?|plans?|certificates?|records|policies|statements?)|' +
    '(?:executive )?summary of (?:the |its )?(?:[\\w-]+ ){0,3}(?:reports?|plans?)|' +
    '(?:return|deliver)s? (?:all |any )?(?:[\\w&-]+ ){0,3}data\\b|be (?:established|registered|filed|recorded)|' +
    'notices? or submissions?|supplied to (?:the )?\\w+ free of)\\b',
);

/**
 * The other side's duty made conditional on a supply: "Nantz shall wear the Products …, provided
 * that the Company has provided Nantz, at no charge, with sufficient Products". What is supplied
 * is the means of the duty bought, not an extra.
 */
export const meansOfPerformance = /* @__PURE__ */ new RegExp(
  '\\bprovided (?:that|always that) (?:the )?[\\w-]+ (?:has|have|shall have|will have) (?:first )?' +
    '(?:provided|supplied|furnished|delivered|made available)\\b[^.;]{0,80}?\\b' +
    '(?:at no (?:[\\w-]+ )?(?:charge|cost)|free of (?:any )?charge|without charge)',
);

/** The party that asks pays: "upon Erchonia's request and at Erchonia's expense" (further assurances). */
export const requesterPays = /* @__PURE__ */ new RegExp(
  "\\b(?:upon|at) (?:the )?(?<requester>[\\w-]+)['’]s (?:written |reasonable )?request,? and at " +
    "(?:the )?\\k<requester>['’]s (?:sole )?(?:cost|expense)|\\bat the " +
    '(?:request and (?:cost|expense)|(?:cost|expense)) of the requesting party\\b|' +
    "\\bat the requesting party['’]s (?:sole )?(?:cost|expense)\\b",
);
