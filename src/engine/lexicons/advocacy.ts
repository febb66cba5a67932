/**
 * Give-backs a provider can show the market (LABELS.md): references, testimonials and case
 * studies, publicity (name, logo, press), referrals. Part of benefits.ts's list, in its place.
 */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { PARTY_NAME } from './patterns.js';

/** Those a give-back is offered to: prospective customers, other licensees … */
const PROSPECT_KINDS =
  'customers|clients|buyers|licensees|franchisees|tenants|subtenants|operators|members|accounts|merchants|users|growers|farmers';

const PROSPECTS = `(?:prospective|potential|other|new) (?:[\\w-]+ )?(?:${PROSPECT_KINDS})`;

/** Where prospects are taken: on a tour, to a site. */
const TO_VISIT = [
  'to tour|through|around|to visit',
  'to (?:the |its |our |their )?(?:[\\w-]+ ){0,3}(?:facility|site|premises|plant|offices?|store|lobby|building)s?',
  'for (?:a )?site visits?',
].join('|');

/** Where a party's name or logo is used to promote the other. */
const PROMOTIONAL_USES = [
  // Not the team that does it: "can be obtained from the other party's marketing department".
  'marketing(?! (?:department|team|manager|personnel|contacts?|staff|leads?|and [\\w-]+ (?:leads|teams|staff)))|publicity|advertis\\w*|website',
  'customer (?:list|page)|client list|lists? of customers|brochures?|press',
  'promotional|case stud\\w*|investor|signboards?|signage|hoardings?|directory|directories|letting particulars',
].join('|');

/** What is referred on: inquiries, leads, orders. */
const LEADS = [
  'all (?:such )?(?:inquiries|enquiries|leads|orders|customers|prospects)',
  'such (?:inquiries|enquiries|leads|orders|customers|prospects)',
].join('|');

export const advocacyCues: Cue<BenefitKind>[] = [
  // reference
  {
    id: 'reference.serve',
    kind: 'reference',
    triggers: ['reference', 'referenceable', 'site visit', 'referee'],
    phrases: [
      '(?:serve|act|acting|participate|be) as (?:a |an )?(?:named |referenceable )?(?:reference|referenceable)',
      // "the Principal will act as a referee for the Contractor in up to three tenders": a referee in tenders, not one
      // who decides a dispute ("who shall act as referee for the parties").
      '(?:serve|act|acting|be) as (?:a |an )?referee for (?!the parties\\b)(?:the )?[\\w&.-]+ (?:in|on|for) (?:up to |any |future |its )?' +
        '(?:{num} )?(?:tenders?|bids?|proposals?|procurements?|pitches)',
      // "agrees to be a reference for iPass": a reference *for* someone (a reference *to* a section is a cross-reference).
      '(?:be|become) (?:a |an )?(?:named )?reference(?: (?:customer|account|site))?(?= for\\b)' +
        '(?! for (?:the )?(?:calculation|computation|purposes?|interpretation|determination|pricing|valuation))',
      '(?:be|become) (?:a |an )?(?:named )?reference (?:customer|account|site)',
      'reference (?:calls?|visits?|site|account|customer)',
      '(?:provide|give|issue|deliver)s? [\\w-]+ with (?:a |an )?(?:signed )?(?:reference letters?|letters? of (?:reference|recommendation))',
      'letters? of recommendation',
      '(?:respond to|answer|take) (?:up to )?(?:{num} )?reference (?:inquiries|enquiries|requests|calls)',
      '(?:take|participate in|join|host) (?:up to )?(?:{num} )?reference (?:calls?|visits?)',
      'site visits? (?:for|by|from) ' + PROSPECTS,
    ],
  },
  {
    id: 'reference.host-visits',
    kind: 'reference',
    triggers: ['host', 'visit', 'speak', 'tour', 'bring', 'show', 'field day', 'open day', 'demonstration day'],
    phrases: [
      'hosts?…… visits?',
      '(?:hold|host)s? (?:a |an )?(?:field day|open day|demonstration day|site tour|showcase)',
      '(?:speak|talk) (?:to|with) ' + PROSPECTS,
      '(?:bring|show|take|tour)s? (?:a couple of |some |up to )?(?:{num} )?' +
        PROSPECTS.replace('(?:prospective|potential|other|new)', '(?:prospective|potential)') +
        `(?: [\\w-]+)?(?: of [\\w -]{1,40})? (?:${TO_VISIT})`,
    ],
    requires: new RegExp(PROSPECTS.replace('(?:customers|', '(?:subtenants|tenants|customers|'), 'i'),
  },
  // testimonial: quote, case study, success story, speaking at an event
  {
    // Writing up the other party's story is a permission that party gives: "Provider may publish a case study
    // describing Customer's use", "you agree that we may write up your deployment as a case study".
    id: 'testimonial.publish-case-study',
    kind: 'testimonial',
    triggers: ['case stud', 'success stor', 'customer stor'],
    usePermission: true,
    phrases: [
      '(?:writes?|written) up (?:[^.;]{1,60}? )?as (?:a |an )?(?:joint |short )?(?:case study|success story|customer story)',
      '(?:publish|prepare|produce|write|develop|create)s? (?:a |an |one |one \\(1\\) )?(?:joint |short |written )?' +
        '(?:case stud(?:y|ies)|success stor(?:y|ies)|customer stor(?:y|ies)) (?:about|on|featuring|describing|of)\\b',
    ],
  },
  {
    id: 'testimonial.case-study',
    kind: 'testimonial',
    triggers: ['testimonial', 'case stud', 'success stor', 'customer stor', 'endorse'],
    phrases: [
      'testimonials?',
      '(?:joint )?case stud(?:y|ies)',
      'success stor(?:y|ies)',
      'customer stor(?:y|ies)',
      'endorsements?',
    ],
    // An insurance policy's endorsement ("a waiver of subrogation endorsement") endorses nothing.
    unless: /\b(?:insured|insurer|insurance|subrogation|polic(?:y|ies)|alternate employer)\b/i,
  },
  {
    id: 'testimonial.speak',
    kind: 'testimonial',
    triggers: ['present', 'co-host', 'speak', 'webinar', 'panel', 'keynote'],
    phrases: [
      'co-?present',
      // Whole words: "Hosting Services", and "in the event that" is a condition, not an event.
      '(?:co-?hosts?|hosts?|present|speak|appear)\\b… (?:webinars?|conference|summit|(?<!in the )event(?! that\\b| of\\b)|forum|session|panel)',
      '(?:joint )?webinars?',
      // "participation as a panelist at the Firm's annual IP Litigation Summit": taking part, to come.
      '(?:participat(?:e|es|ion)|to serve|shall serve|will serve|to appear|will appear) as (?:a |the )?(?:panel(?:l)?ist|keynote speaker|speaker) at',
    ],
    unless: /\bpresent (?:value|tense)\b/i,
  },
  {
    id: 'testimonial.quote',
    kind: 'testimonial',
    triggers: ['quot', 'review'],
    phrases: [
      '(?:quote|quotation)… (?:press|marketing|publicity|promotional|website)',
      '(?:short |brief )?(?:quote|quotation) about',
      // Also the gerund a trade names: "in return for Owner posting an honest written review of Manager's services".
      '(?:write|provide|post|publish)(?:s|ing)? (?:a |an )?(?:(?:positive|public|online|written|honest|short) ){0,3}(?:product )?review',
      // "leave a review on Google": a public review of the other party, not a review of a period or of one's own work.
      '(?:leave|give)s? (?:a |an )?(?:positive |public |online |short )?(?:Google |online )?review (?:on|at) ' +
        "(?:Google|Trustpilot|G2|Capterra|Yelp|TripAdvisor|the App Store|Google Play|[\\w&.-]+['’]s (?:website|page|listing))",
    ],
  },
  // publicity: name, logo, brand use, press release, customer list, co-marketing
  {
    id: 'publicity.name-logo',
    kind: 'publicity',
    triggers: [
      'name',
      'naming',
      'logo',
      'trademark',
      'brand',
      'mark',
      'listed',
      'list ',
      'listing',
      'list of',
      'lists of',
      'crest',
      'photograph',
      'film',
      'showcase',
      'powered',
      'built with',
      'in partnership with',
    ],
    usePermission: true,
    // "its marks do not infringe any right of publicity": a warranty about rights, not a permission.
    // An indemnity against claims that the marks infringe is about the marks, not a permission; nor
    // is a rule that permission must be asked for, or a prohibition.
    // Who controls a site's "look and feel" places the marks; it gives no use of them.
    unless: new RegExp(
      [
        '\\brights? of publicity\\b',
        '\\blook and feel\\b',
        '\\binfring',
        '\\bindemnif',
        '\\b(?:must|shall|will need to|needs? to) (?:first )?(?:request|obtain|seek|get)\\b[^.;]{0,30}\\b' +
          '(?:permission|consent|approval)\\b',
        '\\b(?:is|are) (?:strictly |expressly )?prohibited\\b',
      ].join('|'),
      'i',
    ),
    phrases: [
      // Read first, as a whole, from the consent: "The Client consents to the Supplier using its name and logo", "The
      // Customer consents to the Supplier naming the Customer, and reproducing the Customer's logo, in the Supplier's
      // published client list".
      '(?<!\\b(?:its|their|his|her|the|such|prior|written|any|no) )consents? to (?:the )?[\\w&.-]+ (?:using|featuring|displaying|showing) ' +
        "(?:its|their|our|your|the|[\\w&.-]+(?:'s|’s)) (?:[\\w-]+ ){0,2}" +
        '(?:names?|logos?|trademarks?|marks)\\b',
      // The verb, not a consent withdrawn ("may withdraw its consent to …").
      `(?<!\\b(?:its|their|his|her|the|such|prior|written|any|no) )consents? to (?:the )?[\\w&.-]+ (?:naming|listing) (?:the )?[\\w&.-]+…` +
        // As a client where it is shown to others ("in its published practice materials", "submissions to directories").
        `(?<![\\w-])(?:${PROMOTIONAL_USES}|client list|as (?:a |an |one of (?:its|their) )?(?:clients?|customers?|references?)\\b` +
        '(?=[^.;]{0,80}\\b(?:published|marketing|promotional|directories|submissions|proposals|tenders|website|materials)\\b))',
      // The gap ends before a whole word: "names … press", not "names … express".
      // Not a website's "domain names".
      // Not a brand that names a piece of work ("a brand strategy workshop with Client's marketing leads").
      // Nor a form's label ("Company Name: Equidata, Inc.  Marketing Affiliate Name: …").
      `(?<!\\bdomain )(?:names?(?!\\s*:)|logos?|brands?(?! (?:strategy|guidelines|standards|identity|manual|workshops?|positioning|` +
        `architecture|book|audit|review))|marks)…(?<![\\w-])(?:${PROMOTIONAL_USES})`,
      // "University may identify Sponsor by name and logo as a research partner".
      "identif(?:y|ies) (?:the )?[\\w&.'’-]+ by (?:its )?name(?: and logo)? as (?:a |an |its )?(?:[\\w-]+ ){0,2}(?:partner|sponsor|customer|client)",
      // A landlord's "may identify Tenant by name as an occupant of the Building … in Landlord's leasing and marketing
      // materials"; not the building directory a landlord keeps for its tenants.
      "identif(?:y|ies) (?:the )?[\\w&.'’-]+ by (?:its )?name(?: and logo)? as (?:a |an |its )?(?:[\\w-]+ ){0,2}(?:occupant|tenant|resident)" +
        '(?![^.;]{0,200}\\bdirector(?:y|ies)\\b)(?=[^.;]{0,200}\\b(?:marketing|leasing materials|advertis\\w*|promotion\\w*|brochures?|website)\\b)',
      '(?:names?|identif(?:y|ies)) (?!of\\b|and\\b|any\\b|an?\\b|each\\b)(?:the )?' +
        "(?:[\\w&’'-]+ ){0,2}[\\w&’'-]+ as (?:a |an |its |our |their )?(?:[\\w-]+ ){0,2}" +
        '(?:customer|client|reference|partner|user)',
      // "You grant to GitHub the right to use your logo": a permission to use the name, wherever it is shown.
      `(?:grants?|gives?) (?:to )?${PARTY_NAME} (?:a |the )?(?:[\\w-]+ ){0,4}(?:right|licen[cs]e|permission) ` +
        "to use (?:its|your|their|our|[\\w&.-]+(?:'s|’s)) (?:[\\w-]+ ){0,2}(?:names?|logos?)\\b(?! to (?:perform|provide|deliver))",
      // "Company may and is hereby authorized to use Consultant's name in connection with promotion of its business".
      "(?:authori[sz]ed|permitted) to use (?:its|your|their|our|[\\w&.-]+(?:'s|’s)) (?:[\\w-]+ ){0,2}" +
        '(?:names?|logos?|trademarks?|marks|brands?)… (?:promotion|promoting|publicity|marketing|advertising)',
      // "The Supplier may list the Client as a customer in its marketing materials".
      "(?:lists?|includes?) (?!of\\b)(?:the )?(?:[\\w&’'-]+ ){0,2}[\\w&’'-]+ as (?:a |an |one of (?:its|our|their) )?" +
        '(?:[\\w-]+ ){0,2}(?:customers?|clients?|users?)\\b',
      'listed by name',
      '(?:be )?listed as (?:a |an )?(?:customer|client|reference|user|partner)',
      '(?:names?|logos?|crest)(?:[^.;|]|\\.(?=\\d)){0,60}? lists? of (?:[\\w-]+ )?(?:customers|clients|users)',
      '(?:permit|allow|let)s?… to (?:photograph|film|record|feature|showcase)',
      // "In return, you agree that we may photograph the completed Stage 1 works and refer to the Project … on our website".
      "(?:agrees?|consents?) that (?:we|(?:the )?[\\w&.'’-]+) may (?:photograph|film|feature|showcase)" +
        // To show the work, not for a condition report, security or insurance.
        '(?=[^.;]{0,200}\\b(?:website|marketing|promotion\\w*|portfolio|awards?|case stud\\w*|capability statements?|publicity|social media|brochures?)\\b)',
      '(?:be )?named as (?:a |an |its |our |the )?(?:[\\w-]+ ){0,2}(?:customer|client|reference|partner|user)',
      '(?:host|staff|run|operate)s? (?:a |an )?[\\w-]+-branded (?:exhibition )?(?:stand|booth|stall|event|session)',
      // An attribution shown to the other party's customers; displaying a licensed brand is how a franchise works.
      '(?:display|include|carry|show)s? (?:the |a |an )?["“]?(?:powered[- ]by|built[- ]with|in partnership with)',
    ],
  },
  // A credit where the work is shown: "The Producer shall accord the Licensor a credit in the end titles of the Film", "an
  // on-screen credit", "a credit in the event programme". Given by the party that makes the work.
  {
    id: 'publicity.credit',
    kind: 'publicity',
    triggers: ['credit'],
    phrases: [
      '(?:accord|give|grant|provide)s? (?:the )?[\\w&.-]+(?: [\\w&.-]+)? (?:a |an )?(?:on-?screen |screen |end[- ]title |sponsor )?credit ' +
        '(?:in|on) (?:the )?(?:end |opening |closing )?(?:titles|credits|programmes?|programs?)\\b',
      '(?:on-?screen|screen) credit',
    ],
  },
  // Promotion through one's own channels: a link to the other party's site, promoting each other's products.
  {
    id: 'publicity.promotion',
    kind: 'publicity',
    triggers: ['link', 'cross-promot', 'cross promot', 'cross-market'],
    usePermission: true,
    phrases: [
      // "will place a link within the Newsletter", "provide a link to the Health Site home page",
      // "creating a hyper-link from one party's web site to the other party's web site".
      // A link to the other party: not to one's own settings, help or policy pages.
      '(?:(?:place|provide|display|maintain|post)s?|creat(?:e|es|ing)) (?:a |an |the )?' +
        '(?:prominent |reciprocal |text |banner )?(?:hyper-?)?links? ' +
        '(?!(?:[^.;|]{0,80}?)\\b(?:settings|privacy|policy|policies|account|help|support|faq|cookies?|login|' +
        'terms of (?:service|use))\\b)(?:(?:from [^.;|]{1,60}? )?to (?:the |its |their |our )?' +
        "(?:[A-Z][\\w&.-]*(?:’s|'s)? )+(?:[\\w-]+ )?(?:web ?site|site|home ?page|page)|" +
        "(?:on|within|in) (?:the |its |their |our |each )?(?:[\\w&’'-]+ ){0,4}" +
        '(?:newsletters?|web ?sites?|home ?pages?|pages?|sites?))',
      "cross[- ](?:promot|market)(?:e|es|ing)? (?:one another|each other)(?:'s|’s)",
    ],
  },
  {
    id: 'publicity.press',
    kind: 'publicity',
    triggers: [
      'press release',
      'media release',
      'news release',
      'announcement',
      'featur',
      'awards',
      'portfolio',
      'mention',
      'brochure',
      'recommended',
      'bulletin',
      'newsletter',
      'magazine',
      'member meeting',
      'member communication',
    ],
    usePermission: true,
    phrases: [
      // A release someone issues or joins in, not one consulted on or forbidden ("consult … with regard to all
      // proposed press releases").
      '(?:issu(?:e|es|ing)|publish(?:es|ing)?|release|distribut(?:e|es|ing)|make|makes|participat(?:e|es|ing) in|' +
        'cooperat(?:e|es|ing) (?:on|in|with)|approv(?:e|es|ing)|announce[sd]?)… (?:joint )?(?:press|media|news) releases?',
      'agrees? (?:on|to) (?:a |the |any )?(?:joint |initial |mutually (?:acceptable|agreed) )?(?:press|media|news) releases?',
      '(?:joint )?(?:press|media|news) releases?… (?:will|shall) be (?:issued|published|released|distributed|made)',
      'joint (?:press|media|news) releases?',
      '(?:list|feature|display|promote|recommend)s? … as (?:a |an |the )?(?:featured|preferred|recommended)',
      '(?:enter|submit)s? … (?:industry )?awards',
      // A designer's portfolio shows the work; a "product portfolio" is what a company sells.
      '(?:in|to|for) (?:its|their|our|his|her) (?:own )?portfolio\\b',
      'credentials presentations?',
      // "the GPO shall promote the Products in its quarterly member bulletin".
      'promotes? (?:the |its )?(?:[\\w-]+ ){0,3}in (?:its|their|our) (?:[\\w-]+ ){0,3}(?:bulletins?|newsletters?|magazines?|' +
        'member (?:meetings?|communications?))',
      'mention (?:it|them|us|\\w+) in (?:our|its|their|the) (?:[\\w-]+ ){0,3}' +
        '(?:brochures?|materials|website|newsletters?|marketing|press|case stud\\w*|presentations?)',
      "(?:featuring|(?:to|will|shall|may|agrees? to) feature) (?:[\\w’'-]+ ){0,4}in (?:our|its|their|the) " +
        '(?:[\\w-]+ ){0,3}(?:newsletters?|blog|website|marketing|press|case stud\\w*|reports?|magazine|' +
        'social media)',
    ],
    // "Harpoon shall be free to issue a press release": a party's own liberty, not a give-back.
    unless: /\bexcept for the (?:joint )?press release\b|\bdescribed above\b|\bfree to (?:issue|publish|make)\b/i,
  },
  // referral: introductions or referrals to prospective customers
  {
    id: 'referral.refer',
    kind: 'referral',
    triggers: ['refer', 'introduc', 'lead', 'recommend'],
    phrases: [
      // "The Client will recommend the Supplier to its franchisees".
      '(?:shall|will|agrees? to|undertakes? to) (?:actively )?recommend (?:the )?[A-Z][\\w&-]*(?: [A-Z][\\w&-]*)? to ' +
        '(?:its|their|other|prospective) (?:[\\w-]+ ){0,2}(?:customers|clients|franchisees|members|affiliates|' +
        'contacts|partners|network|dealers|distributors)',
      'refer(?:s|ral of|rals? of|ring)? (?!to the existence)(?:to \\w+ )?… ' +
        '(?:leads|customers|clients|prospects|opportunities|merchants|business|sales (?:requests|inquiries|enquiries))',
      'introduc(?:e|es|ing|tions?)\\b… (?:to|with)… (?:partners|customers|clients|prospects|contacts|investors|buyers)',
      'introduc(?:e|es|ing) (?:the )?[A-Z][\\w&-]*(?: [A-Z][\\w&-]*)? to',
      'qualified leads',
      // "… SIERRA will refer them to ENVISION", "shall refer all such inquiries to Distributor".
      `refers? (?:${LEADS}) to`,
    ],
    // Business sent to third parties, even to the rest of a franchise system ("refer guests … only to System Hotels",
    // "programs designed to refer prospective customers to Other Hotels"), is no give-back to the other party.
    otherObject: /^[^.;]{0,60}?\bto (?:any )?(?:other|third[- ]part(?:y|ies)|System|Network)\b/i,
  },
  {
    // "If SIERRA customers are interested in …, SIERRA will refer them to ENVISION".
    id: 'referral.refer-them',
    kind: 'referral',
    triggers: ['refer them', 'refers them'],
    requires: /\b(?:customers?|purchasers?|buyers?|prospects?|clients?)\b/i,
    phrases: ['refers? them to'],
  },
];
