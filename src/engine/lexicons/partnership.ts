/**
 * Give-backs of a closer partnership (LABELS.md): exclusivity (exclusive or preferred supplier,
 * first refusal, requirements, no competing products or deals) and feedback (product feedback,
 * beta or design-partner participation, advisory boards). Part of benefits.ts's list, in its place.
 */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { PARTY_NAME } from './patterns.js';

const SUPPLIER_ROLES = [
  'supplier|provider|vendor|partner|reseller|distributor|dealer|laboratory|source|platform|agency|agent|adviser',
  'advisor|consultant|contractor|manufacturer|carrier|representative|broker|hotel',
].join('|');

const FEEDBACK_FORUMS = [
  'panel|sessions?|programme|program|group',
  'on the (?:[\\w-]+ ){0,2}(?:module|product|software|platform|service|beta|features?|release)',
].join('|');

export const partnershipCues: Cue<BenefitKind>[] = [
  // exclusivity: exclusive or preferred supplier, first refusal, no competing products
  {
    // The party that holds the exclusive place or the first right receives it: "HCI shall be the exclusive health
    // content partner", "the Agent hereby agrees to serve, as Monsanto's exclusive agent", "IBM reserves the right
    // of first refusal". It is given by the other side, or by the party whose exclusive agent it is.
    id: 'exclusivity.held',
    kind: 'exclusivity',
    subject: 'recipient',
    triggers: ['exclusive', 'preferred', 'sole', 'primary', 'only', 'refusal', 'first offer', 'first negotiation'],
    phrases: [
      '(?:shall|will|agrees? to|to) (?:be|become|remain|serve|act)(?: as)?,? (?:as )?(?:the |an? |its |their )?' +
        // Not whose burden it is: "shall be the sole responsibility of CONSULTANT".
        "(?:[\\w&-]+(?:'s|’s) )?(?:exclusive|preferred|sole|primary|only) (?:(?!of )[\\w-]+ ){0,3}" +
        `(?:${SUPPLIER_ROLES})\\b`,
      '(?:is|are) (?:hereby )?appointed (?:as )?(?:the |an? |its |their )?(?:exclusive|preferred|sole) ' +
        `(?:[\\w-]+ ){0,3}(?:${SUPPLIER_ROLES})\\b`,
      '(?:reserves?|retains?|shall have|will have|has|have|holds?) (?:the |a )?right of first (?:refusal|offer|negotiation)',
      // "The Subcontractor shall be given first refusal of the mechanical services package".
      '(?:shall|will) be (?:given|offered|granted) (?:a |the )?(?:right of )?first (?:refusal|offer|negotiation)',
    ],
    unless: /\bnon-exclusive\b/i,
  },
  {
    id: 'exclusivity.preferred',
    kind: 'exclusivity',
    triggers: [
      'exclusive',
      'preferred',
      'sole',
      'single-source',
      'single source',
      'default',
      'primary',
      'refusal',
      'first offer',
      'first negotiation',
      'first offering',
      'all of its',
      'specifications of',
      'obtain from',
      'purchase from',
      'buy from',
      'procure from',
      'source from',
      'order from',
      'requirement',
      'rents from',
      'rent from',
      'leases from',
      'lease from',
      'hires from',
      'hire from',
      'compet',
      'qualified',
      'route',
      'panel',
      'roster',
      ' list',
      'any other',
      'another',
      'alternative',
      'other than',
    ],
    phrases: [
      // The grantor of a first right as the subject: "we'll give you first refusal on the corrugated trays".
      "(?:gives?|grants?|offers?|extends?) (?:you|[\\w&.'’-]+(?: [\\w&.'’-]+)?) first (?:refusal|offer|negotiation) (?:on|of|over|for) (?:the |any |all )?(?:[\\w'’-]+ ){0,6}[\\w'’-]+",
      '(?:send|purchase|buy|procure|source|order|place|tender|route|award|give)s? all (?:of )?(?:its|their) … ' +
        '(?:from|to|through|with)',
      '(?:purchases?|buys?|procures?|sources?) (?:all )?(?:[\\w-]+ ){0,12}exclusively from',
      // A seller kept off rival channels: "Partner will not list or sell products in the Exclusive Category on any other
      // online marketplace".
      '(?:shall|will|must|agrees? to|undertakes? to) not (?:list|sell|offer|market|distribute)(?: or (?:list|sell|offer|market|distribute))? ' +
        '(?:[\\w-]+ ){0,8}(?:on|through|via|with) any other (?:[\\w-]+ ){0,2}' +
        '(?:marketplaces?|platforms?|channels?|app stores?|stores?|retailers?|distributors?|resellers?)\\b',
      // Not a company's structure: "By: Alliance Holdings, its sole general partner".
      // The words between describe the role; "Default by the Agent" and "default and the Supplier" name no role.
      // Nor a discretion or a cost that is one's own alone ("in its sole discretion if Provider's …").
      '(?:exclusive|preferred|sole|sole[- ]source|single[- ]source|default|primary) ' +
        '(?!remed|(?:general|limited|managing) partner\\b|(?:discretion|option|opinion|judge?ment|responsibility|cost|expense|liability|obligation)\\b)(?:(?!(?:by|and|or|the|of|to|for|in|with)\\b)[\\w-]+ ){0,2}' +
        `(?:${SUPPLIER_ROLES})`,
      'preferred (?:[\\w-]+ ){0,2}site',
      // Given: "awards Vendor sole-source status for wound-closure Products"; not a status lost, denied or a legal form.
      '(?:awards?|grants?|gives?|confers?|accords?) (?:to )?[\\w&.-]+ (?:the )?(?:exclusive|preferred|sole[- ]source|single[- ]source) ' +
        '(?:[\\w-]+ ){0,2}status',
      // A consultant appointed alone for the next stage: "Provided that you appoint us as the sole structural and civil engineer
      // for Stage 2".
      "(?:appoint|engage|retain)(?:s|ing)? (?:us|[\\w&.'’-]+) as (?:the |its |your |their )?sole (?:[\\w-]+ (?:and |& )?){0,3}" +
        `(?:${SUPPLIER_ROLES}|engineer|architect|designer|surveyor)`,
      // A law firm chosen ahead of others, not counsel chosen to run a case ("the primary outside counsel to be used").
      '(?:designat(?:es?|ing)|appoint(?:s|ing)?) (?:the |an? )?[\\w&-]+ as (?:its|their) preferred (?:outside )?(?:counsel|law firm)',
      // A first refusal in its own words: "will not open a new Covered Matter with any other law firm without first
      // offering it to the Firm".
      'without first offering (?:it|them|the [\\w-]+(?: [\\w-]+)?) to',
      // A first look at what comes next: "Author grants Publisher an exclusive option to acquire Author's next book".
      '(?:grants?|gives?) (?:to )?[\\w&.-]+(?: [\\w&.-]+)? (?:an? |the )?exclusive (?:option|right) to ' +
        '(?:acquire|purchase|license|negotiate for|publish)… (?:next|future|subsequent|new)',
      // "add the Subcontractor to its preferred supply-chain list".
      'add (?:[\\w-]+ ){1,3}to (?:its|their|the) (?:approved|preferred) (?:[\\w-]+ ){0,2}(?:list|panel|roster|register)',
      // A covenant not to compete: "agrees not to represent or sell other products … competitive with the Company's Products".
      '(?:shall|will|agrees?|undertakes?|covenants?) not(?: to)?(?:, [^,]{1,60},)?' +
        // A list of verbs may open with another: "shall not offer, promote or integrate any Competing Savings Product".
        '(?: (?:directly or indirectly|directly|indirectly))?(?: (?:offer|market|sell|supply|license|distribute),){0,2} ' +
        '(?:manufacture|develop|distribute|promote|sell|integrate|' +
        'resell|market|license|purchase|buy|use|represent|endorse|advertise|participate|engage|invest|assist|' +
        'work for|consult for)…… (?:compet(?:e|es|ing|itor|itors|itive|ition)|substantially similar|(?<!confusingly )similar to)',
      // "shall not offer any product that competes with the Products": what is offered is a product or service.
      '(?:shall|will|agrees?|undertakes?|covenants?) not(?: to)? offer (?:any |other )?(?:[\\w-]+ ){0,3}' +
        '(?:products?|services?|goods|solutions?)…… compet(?:e|es|ing|itor|itors|itive|ition)',
      // Sole sourcing: "The Distributor shall not order or purchase Products from any source other than the Company".
      '(?:shall|will|must) not (?:order|purchase|buy|procure|source|obtain)(?: or (?:order|purchase|buy|procure|source|obtain))? ' +
        '(?:any |the )?(?:[\\w-]+ ){0,3}from any (?:[\\w-]+ )?(?:source|supplier|vendor|manufacturer|person|party|entity) ' +
        'other than',
      // The right held back from everyone else: "the Endorsement will not be granted to anyone other than the Company".
      '(?:will|shall) not (?:be )?(?:granted|licen[cs]ed|given|offered|grant|licen[cs]e|give|offer) (?:[\\w-]+ ){0,3}' +
        'to any(?:one|body| other (?:person|party|company|entity))? (?:else )?other than',
      // "ENVISION will exclusively purchase the Product from SIERRA".
      'exclusively (?:purchase|buy|procure|source|order)s? (?:all )?(?:[\\w-]+ ){0,6}from',
      '(?:route|send|direct)s? (?:all (?:of )?)?(?:its|their) (?:primary |entire |whole )?(?:[\\w-]+ ){0,3}' +
        '(?:traffic|feeds?|business|requirements)(?: from [^,.;]{1,40}?)? (?:through|via)',
      'right of first (?:refusal|offer|negotiation)',
      // Exclusive business signed up with the other side: "in the event that Customer shall enter into a new exclusive
      // agreement with Metavante to receive the Initial Services".
      '(?:enters?|entering|enter) into (?:a |an )?(?:new )?exclusive (?:[\\w-]+ ){0,2}(?:agreement|contract|arrangement) with',
      // "you agree to appoint us to Pellworth's outside counsel panel".
      "appoints? (?:us|[\\w-]+) to (?:its |their |the )?(?:[\\w&-]+(?:'s|’s) )?(?:[\\w-]+ ){0,3}" +
        '(?:panel|roster|(?:approved|preferred) (?:supplier|vendor|provider|counsel) list)',
      'first offer (?:the )?[\\w-]+ the (?:opportunity|right) to (?:supply|provide|quote|match|bid)',
      'pre-?qualified (?:[\\w-]+ ){0,2}(?:bidders?|suppliers?|vendors?|contractors?|subcontractors?|providers?)',
      '(?:will|shall) not (?:license|purchase|buy|use|engage|procure|appoint|resell|distribute)… competing',
      // "The Client will not engage any other supplier for analytics services during the Term".
      '(?:(?:will|shall|must) not|agrees? (?:that it will )?not(?: to)?|undertakes? not to) (?:engage|appoint|use|' +
        'retain|contract with|purchase from|buy from) (?:any )?(?:other|another|alternative|third[- ]party) ' +
        '(?:[\\w-]+ ){0,2}(?:suppliers?|providers?|vendors?|agenc(?:y|ies)|contractors?|consultants?|firms?) ' +
        '(?:for|to (?:provide|supply|perform|deliver))\\b',
      // A promise not to deal in goods made to the other side's specifications is a covenant not to compete.
      '(?:shall|will|agrees?|undertakes?|covenants?) not(?: to)? (?:manufacture|make|buy|sell|distribute|deal in)…… ' +
        '(?:products|goods) (?:with|of|made to|having) the specifications of',
      // Requirements: all of its needs from the other side, or a duty to obtain all of a kind from it ("Customer
      // shall be required to obtain from M&I all of those Services which …"), not what one order lists.
      `(?:obtain|purchase|buy|procure|source|order|rent|lease|hire)s? from ${PARTY_NAME} all (?:of )?(?:its|their) (?:[\\w-]+ ){0,3}` +
        '(?:requirements|needs)',
      // "the Customer commits to take its entire electricity requirement at the Supply Point from the Supplier".
      '(?:take|purchase|buy|obtain|source)s? (?:all|the whole|its (?:entire|whole|full)|their (?:entire|whole|full)) ' +
        '(?:of (?:its|their) )?(?:[\\w-]+ ){0,2}(?:requirements?|needs)(?: [^.;]{0,60}?)? from\\b',
      // "provided that Lessee rents from Lessor all additional hydraulic excavators … that it requires for the Project".
      // What is taken is goods or services, not information ("may obtain from Customer all information that it requires").
      `(?:obtain|purchase|buy|procure|order|rent|lease|hire)s? from ${PARTY_NAME} all ` +
        '(?!(?:the |such )?(?:information|data|documents|records|assistance|co-?operation|consents?|approvals?)\\b)[^.;]{1,80}? ' +
        '(?:that|which) (?:it|they) (?:requires?|needs?)\\b',
      `required to (?:obtain|purchase|buy|procure|source) from ${PARTY_NAME} all (?:of )?(?:those|the|such) ` +
        '(?:[\\w-]+ ){0,2}(?:services|products|goods)',
    ],
    unless: /\bnon-exclusive\b/i,
  },
  {
    // "During the Term, CNET will not enter into more than two other agreements …", "shall not enter
    // into any arrangement or agreement with any third parties for … centres identical or similar":
    // a limit on deals with others.
    id: 'exclusivity.no-similar-deals',
    kind: 'exclusivity',
    triggers: ['enter into', 'solicit', 'negotiate'],
    negative: true,
    phrases: [
      // A no-shop: "Lumen shall not solicit, negotiate or enter into any agreement with any other UK … insurer".
      '(?:shall|will|agrees?(?: that it will)?|undertakes? to) not(?: to)? (?:solicit|negotiate|discuss|initiate)' +
        '(?:,? (?:or |and )?(?:solicit|negotiate|discuss|initiate|enter into))*' +
        '(?: (?:any |an? )?(?:[\\w-]+ )?(?:agreements?|arrangements?|discussions?|negotiations?|proposals?))? ' +
        "with any (?:other|third)\\b(?![^.;]{0,60}\\bon (?:[\\w&-]+(?:'s|’s)|its|their|the other party's) behalf\\b)",
      '(?:shall|will|agrees?(?: that it will)?|undertakes? to) not enter into more than (?:[\\w()]+ ){1,2}' +
        '(?:other )?(?:[\\w-]+ )?(?:agreements?|arrangements?)',
      // Not an agreement that "would conflict with" this one: one with the other side's rivals or for the same business.
      '(?:shall|will|agrees?(?: that it will)?|undertakes? to) not(?: to)? enter into (?:any|an|a) (?:[\\w-]+ ){0,3}' +
        '(?:agreements?|arrangements?)(?: or (?:agreements?|arrangements?))?…… ' +
        '(?:similar|identical|compet(?:e|es|ing|itor|itors|itive|ition))',
    ],
  },
  {
    // "CONSULTANT shall not: A. give the right to use … CONSULTANT'S name … to any other manufacturer or
    // seller of PRODUCT": a promise not to deal with the other side's rivals.
    id: 'exclusivity.no-rivals',
    kind: 'exclusivity',
    triggers: ['any other'],
    negative: true,
    requires: /\b(?:shall|will|agrees?|undertakes?|covenants?)\s+not\b|\bnot to\b/i,
    phrases: [
      '(?:to|for|with|on behalf of) any other (?:manufacturers?|makers?|sellers?|suppliers?|distributors?|' +
        'brands?|compan(?:y|ies)) (?:or (?:manufacturers?|makers?|sellers?|suppliers?|distributors?) )?' +
        '(?:of|in|selling|making) (?:the |any |such )?(?:[\\w-]+ ){0,2}(?:products?|goods|equipment|services)',
    ],
  },
  // feedback: product feedback, beta, design partner, advisory board
  {
    id: 'feedback.programme',
    kind: 'feedback',
    triggers: [
      'feedback',
      'beta',
      'design partner',
      'design-partner',
      'advisory',
      'early adopter',
      'early access',
      'early-access',
      'user group',
      'pilot',
      'user research',
      'survey',
      'market',
      'competitor',
      'panel',
      'council',
      'results of',
      'findings of',
    ],
    phrases: [
      '(?:product|structured|written) feedback',
      `feedback (?:${FEEDBACK_FORUMS})`,
      'beta (?:programme|program|test\\w*)',
      'design[- ]partner',
      'advisory (?:board|council|panel)',
      // A seat on one, not a body named in a list ("the International Wheat Advisory Committee").
      "(?:serve|sit|seat)\\w* on (?:the |its )?(?:[\\w&-]+(?:'s|’s) )?(?:[\\w-]+ ){0,4}advisory committee",
      'early adopter',
      'user (?:group|research)',
      'pilot (?:programme|program)',
      'feedback on (?:the |its |our |their )?(?:pre-release|beta|early|new|product|roadmap|features?|builds?)',
      'feedback surveys?',
      'early[- ]access (?:programme|program)',
      "(?:take part|participate|join)s? in (?:[\\w-]+'s |the |its |a )?(?:[\\w-]+ ){0,2}(?:pilots?|betas?|trials?) (?:of|programme|program)",
      // A seat on a panel that reviews the product: "Licensee shall participate in Licensor's Data Quality Panel".
      "(?:take part|participate|join|sit|serve)s? (?:in|on) (?:(?:the )?[\\w&-]+(?:'s|’s) |the |its |a |an )?(?:[\\w-]+ ){0,2}" +
        '(?:customer|user|quality|product|advisory|partner|feedback) (?:advisory )?(?:panel|council|board|forum)',
      // "consider sharing with Vendor the aggregated product-evaluation findings".
      '(?:shar|provid|report)(?:e|es|ing) (?:with [\\w-]+ )?(?:the )?(?:[\\w-]+ ){0,3}(?:evaluation|trial|usage|clinical) ' +
        '(?:findings|results|data|outcomes)',
      // "share the results of its panel testing with Kestrel".
      // Not a supplier's own assurance ("the results of its annual penetration testing").
      '(?:shar|provid|report)(?:e|es|ing) (?:with [\\w-]+ )?(?:the )?(?:findings|results|data|outcomes) of (?:its|the|their|such) ' +
        '(?!(?:[\\w-]+ )?(?:penetration|security|acceptance|audit|compliance|vulnerability)\\b)(?:[\\w-]+ ){0,2}' +
        '(?:testing|tests|trials?|evaluations?|pilots?)',
      // Shared with the other side, not held ("The Franchisee possesses knowledge and market information").
      '(?:provid|shar|suppl|furnish|giv|report|deliver|advis)(?:e|es|ies|y|ing)? (?:to [\\w-]+ )?(?:[\\w-]+ ){0,4}' +
        '(?:market|competitor|market and competitor) (?:information|intelligence|data)',
    ],
  },
];
