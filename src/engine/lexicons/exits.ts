/**
 * Exits (concession kind exit-flexibility): an easier way out, shorter notice, a reduced commitment,
 * goods handed back. Part of concessions.ts's list, in its place (earlier entries win overlaps).
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';

/** A party's permission to act: "may", "is entitled to". */
const MAY = '(?:may|can|is entitled to|shall be entitled to)';
/** "right to", "sole option to", after "has the" or "shall have the". */
const RIGHT_TO = '(?:(?:absolute|sole|unilateral|unconditional) )?(?:right|option) to';
/** What an exit does not end: payment or credit terms, or an agreement with someone else. */
const NOT_THIS_AGREEMENT = [
  '(?:these|the|its|such|any|all) (?:[\\w-]+ ){0,2}(?:payment terms|credit(?: terms| limits?| lines?)?)\\b',
  '(?:its|their|any) (?:agreements?|contracts?|arrangements?) with (?:any|a|an|such|third)\\b',
  // A role left, not the deal: "withdraw from the position of Tax Matters Participant".
  '(?:the|its|his|her|their|such) (?:[\\w-]+ ){0,2}(?:position|role|office|capacity|post)(?=\\s+(?:of|as)\\b)',
].join('|');

export const exitCues: Cue<ConcessionKind>[] = [
  {
    id: 'exit-flexibility.reduce-or-return',
    kind: 'exit-flexibility',
    triggers: ['reduce', 'return', 'withdraw', 'remove', 'delete', 'drop', 'move', 'reschedul', 'postpon', 'defer'],
    subject: 'recipient',
    phrases: [
      `${MAY}(?:, [^,;]{1,120},)? reduce (?:its |the |their )?` +
        '(?:contracted |committed |minimum |subscribed |licensed |named |authori[sz]ed )?(?:(?:number|quantity|amount) of (?:the |its )?(?:[A-Z][\\w-]* )?)?' +
        '(?:capacity|quantit(?:y|ies)|volumes?|seats|licen[cs]es|users|commitment|units|spend|power|' +
        // Only what is subscribed or leased ("the number of Subscribed Vehicles"), not devices that may connect.
        '(?:subscribed|licensed|committed|contracted|leased|rented) (?:vehicles|devices))',
      // What was committed cut at no cost: "may … reduce the Room Block by up to 15% … without any liability".
      `${MAY}(?:, [^;]{1,120}?,)? reduce (?:the |its |their )?(?:committed |contracted |minimum |reserved )?` +
        '(?:room |[A-Z][\\w-]* ){0,2}(?:block|commitment|allocation|quantit(?:y|ies)|volumes?)…… without (?:any )?' +
        '(?:liability|penalty|charge|fee|cost|payment)',
      // Scope cut with the charge for it given up: "may reduce the number of cabinets it takes in Hall B by up to four (4)
      // cabinets …, without paying any early termination charge", "may reduce the dedicated SOW-3 team by up to two (2)
      // FTE …, and no descoping charge … will apply".
      // What is taken, not what is paid for it ("may reduce the Monthly Fee by up to 10%" for a missed KPI is a remedy).
      `${MAY}(?:, [^,;]{1,120},)? reduce (?:the |its |their )?(?:(?:number|quantity) of )?` +
        '(?!(?:[\\w-]+ ){0,3}(?:fees?|charges?|prices?|rent|rates?)\\b)(?:[\\w-]+ ){1,6}by up to {num}…… ' +
        '(?:without (?:paying )?(?:any )?|no )(?:[\\w-]+ ){0,2}(?:liability|penalty|charges?|fees?|costs?|payment)',
      // An event moved without the fee for cancelling: "The Hirer may, on one occasion only, move the event to another
      // available date … without paying any cancellation fee".
      // Its own choice, not a move forced by a cause ("If public-health restrictions prevent …", "due to the performer's
      // illness"), nor one paid for ("provided it pays the Date Change Charge").
      '(?<!\\b(?:if|where|when|should|in the event|due to|because|as a result|owing to)\\b[^.;]{0,160})' +
        `${MAY}(?:, [^,;]{1,120},)? (?:move|reschedule|postpone|defer) (?:the |its |any )?(?:event|booking|function|conference|` +
        'reservation)…… without (?:paying |incurring )?(?:any )?(?:cancell?ation|postponement|rescheduling|change) (?:fees?|charges?)' +
        '(?![^.;]{0,160}\\b(?:due to|because|as a result|owing to|provided (?:that )?(?:it|the [\\w-]+) pays|on payment|upon payment)\\b)',
      `${MAY}(?:, [^,;]{1,120},)? (?:withdraw|remove|delete|drop) ` +
        '(?:any |an |the |that |this |one or more )?(?:[\\w-]+ ){0,3}' +
        '(?:destinations?|stud(?:y|ies)|sites?|modules?|services?|products?|locations?|premises|units|stores?|' +
        'countries|territor(?:y|ies)|cages?|seats?|workstreams?) from (?:the |this )?(?:[\\w-]+ )?' +
        '(?:agreement|order form|order|scope|sow|statement of work|schedule|contract|lease)',
      `${MAY}(?:, [^,;]{1,120},)? return (?:up to )?… ` +
        '(?:units|equipment|vehicles|items|products?|machines|devices|licen[cs]es|seats|inventory|stock)',
      // "Distributor may return Products to Vendor for credit or full reimbursement": stock handed back, its risk with the seller.
      '(?:may|can|(?:shall|will) have the right to|has the right to|is entitled to)(?:,? [^,;]{1,60},)? return' +
        '(?! receipt)… for (?:full |a full |100% )?(?:credit|refund|reimbursement)',
    ],
    // Returning what is defective or rejected is a remedy, not an exit.
    unless: /\bdefect|\bnon-?conform|\bdamaged\b|\breject|\brecall/i,
  },
  {
    // An amendment's words swapped: "In clause 31.1 of the Contract, the words "six (6) months' written notice" are replaced
    // with "three (3) months' written notice"": a shorter notice to leave.
    id: 'exit-flexibility.notice-replaced',
    kind: 'exit-flexibility',
    triggers: ['replac', 'substitut'],
    subject: 'recipient',
    fewerThan: true,
    phrases: [
      // "Clause 24.4 of the Contract (termination … without cause on six months' written notice) is amended by replacing
      // "six months'" with "three months'"": the notice of an exit the sentence names.
      '(?<=\\bterminat[^.;]{0,160})(?:replacing|substituting) [\"“]{num} (?:[\\w’\'-]+ ){0,1}(?:months?|weeks?|days?)[’\']?[\"”] ' +
        'with [\"“]{num} (?:[\\w’\'-]+ ){0,1}(?:months?|weeks?|days?)',
      '["“]{num} (?:[\\w’\'-]+ ){0,2}(?:prior )?(?:written )?notice["”],? (?:is|are) (?:hereby )?(?:replaced|substituted) ' +
        '(?:with|by) ["“]{num} (?:[\\w’\'-]+ ){0,2}(?:prior )?(?:written )?notice',
    ],
  },
  {
    // "The Employee may resign on two weeks' notice instead of the usual three months": the one who may leave gets it.
    id: 'exit-flexibility.shorter-notice',
    kind: 'exit-flexibility',
    triggers: ['instead of', 'rather than', 'in place of'],
    subject: 'recipient',
    phrases: [
      "{num} (?:[\\w’'-]+ ){0,2}notice,? \\(?(?:instead of|rather than|in place of) (?:the )?" +
        '(?:usual |standard |normal |contractual |current |existing |required )?{num}',
    ],
  },
  {
    id: 'exit-flexibility.reduced-commitment',
    kind: 'exit-flexibility',
    triggers: ['reduc', 'commit', 'minimum', 'shorten', 'lower'],
    phrases: [
      // "The notice period for termination by the Client is shortened from 90 days to 30 days".
      '(?:notice period|period of notice|notice)(?: (?:for|of|to|required for) (?:[\\w-]+ ){0,5}' +
        '(?:termination|terminate|cancell?ation|non-renewal))?… (?:is|are|shall be|will be) (?:hereby )?' +
        '(?:shortened|reduced) (?:from|to|by)',
      '(?:committed|commitment|minimum) (?:[\\w-]+ ){0,2}(?:volume|seats?|users|commitment|quantity|count|' +
        'purchase|spend)… (?:is|are|shall be|will be) reduced',
      'reduc(?:e|es|ed|tion of|tion in) (?:the |its |their )?(?:committed|minimum) (?:\\w+ )?(?:volume|commitment|seats|quantity|purchase|spend)',
    ],
  },
  {
    // A translated "The minimum annual volume of purchases fixed by Article 6.3 … is brought from €2,500,000 to
    // €2,200,000": a commitment set lower, the two amounts compared.
    id: 'exit-flexibility.commitment-lowered',
    kind: 'exit-flexibility',
    triggers: ['minimum', 'commit'],
    fewerThan: true,
    phrases: [
      '(?:committed|commitment|minimum) (?:[\\w-]+ ){0,3}(?:volumes?|seats?|users|commitment|quantit(?:y|ies)|count|' +
        'purchases?|spend)(?: (?:[^.;]|\\.(?=\\d)){0,80}?)? (?:is|are|shall be|will be) (?:hereby )?(?:brought|lowered|cut|reduced|decreased|' +
        'changed|amended) from {money} to {money}',
    ],
  },
  {
    id: 'exit-flexibility.terminate',
    kind: 'exit-flexibility',
    triggers: ['terminat', 'cancel', 'end ', 'exit', 'suspend', 'withdraw', 'determin', 'disconnect'],
    subject: 'recipient',
    remedyProne: true,
    phrases: [
      // "may give written notice to terminate" is "may terminate by notice", as UK and US drafting both put it.
      '(?:may|can|is entitled to|shall be entitled to|will be entitled to|' +
        `(?:shall|will) have the ${RIGHT_TO}|has the ${RIGHT_TO}|have the ${RIGHT_TO})` +
        '(?: (?:also|further|additionally|likewise|instead))?(?:,? at any time,?|, [^,;]{1,80},)?' +
        '(?: (?:in its (?:sole |absolute |sole and absolute )?discretion,?|at its (?:sole )?option,?))?' +
        '(?: (?:voluntarily|unilaterally))?(?: (?:give|serve) (?:(?:prior |advance )?(?:written )?notice)' +
        '(?: to (?:the other party|[\\w.&-]+))? to)? (?:terminate|cancel|end|exit|withdraw from|' +
        'withdraw (?:any|all|any or all|some) (?:of )?(?:the )?(?:services|products|programs?)|' +
        'suspend (?:the |its |all )?(?:services|work|performance|deliveries|project|subscription|orders)|' +
        'determine(?= (?:this |the )?(?:lease|underlease|sublease|tenancy|licen[cs]e)\\b))',
      '(?:shall|will) have (?:a|an|the) (?:one-time |unilateral |early )?(?:right|option)…… to (?:terminate|cancel|end|exit)',
      '(?:right|option) to (?:terminate|cancel|exit) (?:this|the) ' +
        '(?:agreement|lease|contract|order|subscription)[^.;|]{0,80}?(?:for convenience|without (?:cause|penalty))',
      '(?:may|can) elect to (?:terminate|cancel)',
      // "The Company reserves the right in its sole and absolute discretion to terminate …": a right kept is a right.
      'reserves? the (?:(?:absolute|sole|unilateral|unconditional) )?right' +
        '(?:,? in its (?:sole |absolute |sole and absolute )?discretion,?)? to (?:give (?:written )?notice to )?' +
        '(?:terminate|cancel) (?:this|the|its|your) (?:agreement|contract|lease|order|subscription|services|' +
        'engagement|employment)',
      // "This Agreement shall terminate (a) at the option of any party, upon 90 days' notice"; "shall be
      // terminable … by Licensor or Licensee upon sixty (60) days' written notice".
      // "may be terminated at the option of either party", UK drafting's "may be brought to an end at the election of any
      // party". Not a named party's option, which may be a mortgagee's or a remedy's.
      '(?:terminated?|(?:be )?brought to an end)(?:, [^,;]{1,40},)?(?: \\([a-z]\\))? at the (?:option|election) of ' +
        '(?:any|either|each) party',
      '(?:be )?terminable(?: [^,;]{0,40})? by [\\w&.-]+(?: or [\\w&.-]+)? (?:upon|on|with|by giving) (?:at least )?{num}',
      // A buyer's right to call off what it ordered: "Distributor may, at any time prior to shipment, cancel any or all Products on order".
      '(?:may|can)(?:, [^,;]{1,120},)? cancel (?:any|all|any or all|the|its) (?:[\\w-]+ ){0,3}' +
        '(?:orders?|purchase orders?|products on order|shipments?)',
      // Part of what is committed, at will: "Customer may cancel up to three Services during the Minimum Term, for any reason".
      '(?:may|can)(?:, [^,;]{1,120},)? cancel up to {num} (?:[\\w-]+ ){0,2}(?:services|sites|circuits|licen[cs]es|seats|orders)\\b' +
        '(?=[^.;]{0,120}\\b(?:for any reason|for convenience|without (?:cause|reason|(?:paying |incurring )?(?:any )?' +
        '(?:early termination|cancell?ation) (?:charges?|fees?)))\\b)',
      // Part of a service order given up at will: "Customer may disconnect one (1) Location on sixty (60) days' written notice
      // without paying the Early Termination Charge".
      '(?:may|can)(?:, [^,;]{1,120},)? disconnect (?:any |one |up to )?(?:{num} )?(?:[\\w-]+ ){0,2}(?:locations?|sites?|circuits?|services?|lines?)\\b' +
        '(?=[^.;]{0,120}\\b(?:for any reason|for convenience|without (?:cause|reason|(?:paying |incurring )?(?:any |the )?' +
        '(?:early termination|cancell?ation|disconnection) (?:charges?|fees?)))\\b)',
      // The passive names who may end it: "This Agreement may be terminated by WYZZ … at any time upon six months prior notice".
      '(?:may|can) be (?:terminated|cancell?ed)(?: (?:at any time|for any reason|for convenience|' +
        'without (?:cause|(?:the payment of )?any penalty)),?)* by ' +
        '(?!mutual|written agreement|agreement|operation|virtue|reason|the mutual)[\\w.&-]+',
    ],
    // An exit ends this agreement or part of it: not "terminate or modify these payment terms" (credit
    // withdrawn), nor "terminate its agreement with any such advertiser" (a contract with someone else).
    otherObject: new RegExp(`^\\s+(?:or (?:modify|amend|change|vary|suspend) )?(?:${NOT_THIS_AGREEMENT})`, 'i'),
    // "Whenever … a provision of this Agreement permits AT&T to terminate, AT&T may terminate in part": a way to
    // exercise a right given elsewhere, not a new one.
    // "may terminate only in accordance with Section 15": a limit on an existing right. "As the rules of
    // professional conduct provide, you may end …", a consumer's right "to withdraw from the transaction
    // within fourteen (14) days", an exit "on any grounds available by law": rights the law gives anyway.
    // Employment at will is how it is held.
    unless: new RegExp(
      [
        "\\b(?:whenever|wherever|where|if|when)\\b[^.;]{0,120}\\b(?:permits?|entitles?|allows?)\\s+[\\w&.'’-]+" +
          "(?:\\s+[\\w&.'’-]+)?\\s+to\\s+terminate\\b",
        "\\b(?:whenever|wherever|where|if|when)\\s+[\\w&.'’-]+(?:\\s+[\\w&.'’-]+)?\\s+" +
          '(?:is|are|becomes?)\\s+entitled\\s+to\\s+terminate\\b',
        '\\bright to withdraw from (?:the |this |your )?(?:transaction|purchase|contract|order) within\\b',
        '\\bemployment\\b[^.;]{0,80}\\bat will\\b',
        '\\bat[- ]will employment\\b',
        '\\bmay not\\b',
        '\\bshall not (?:be entitled|have)\\b',
        '\\bonly (?:in accordance with|as (?:provided|permitted|set out|described) (?:in|by|under))\\b',
        '\\bas (?:the |applicable )?(?:rules|laws?|statutes?|regulations?|codes?)\\b[^,;]{0,60}\\b' +
          '(?:provides?|permits?|requires?|allows?)\\b',
        // "we may terminate this Agreement, pursuant to Section 17.2 below": a right given where it points.
        // Not where the sentence gives the exit at will: "may terminate … in accordance with Section 1 at any time".
        '^(?![^]*\\b(?:at any time|for (?:its )?convenience|for any (?:or no )?reason)\\b)[^]*?' +
          '\\b(?:may|right to)\\s+(?:terminate|cancel)\\s+(?:this|the|its)\\s+(?:[\\w-]+\\s+){0,2}' +
          '(?:agreement|contract|lease|licen[cs]e)(?:\\s+in its entirety)?,?\\s+(?:[^.;]{0,60}?\\s)?' +
          '(?:pursuant to|in accordance with|as provided in|under)\\s+(?:Section|Clause|Article|Paragraph)s?\\s+\\d',
        // A right of the users a service reaches, not of a party: "Users using services abroad may cancel the service".
        '^\\W*(?:the |any |all )?(?:end[- ])?(?:users?|subscribers?|consumers?|patients?|students?)\\b[^.;]{0,60}?\\bmay ' +
          '(?:cancel|terminate|withdraw)\\b',
        // An end both must agree to is no right to leave: "The parties may terminate this Agreement at any time by mutual consent".
        '\\b(?:the|both) parties (?:may|can) (?:at any time,? )?(?:terminate|end|cancel)\\b[^.;]{0,80}' +
          '\\b(?:by|upon|with) (?:the )?mutual (?:written )?(?:consent|agreement)\\b',
        // "You may terminate the agreement on any grounds available by law" (a state's franchise addendum).
        '\\b(?:on|under|upon|for) any (?:of the )?grounds? (?:available|permitted|provided|allowed|recogni[sz]ed) ' +
          '(?:by|under) (?:the |applicable |state |federal )?(?:laws?|statutes?)\\b',
      ].join('|'),
      'i',
    ),
  },
  {
    // "This Agreement may be terminated upon the occurrence of any of the following events: … (d) By either party
    // upon sixty (60) days prior written notice to the other party": among the ways out, one on notice alone.
    id: 'exit-flexibility.listed-on-notice',
    kind: 'exit-flexibility',
    triggers: ['notice'],
    subject: 'recipient',
    remedyProne: true,
    leadIn: /\b(?:may|can|shall) be (?:terminated|cancell?ed)\b(?:[^.;]{0,120}\bfollow(?:s|ing)\b[^.;]{0,40})?:?\s*$/i,
    phrases: [
      'by (?:either|any|each) party(?: hereto)?,? (?:at any time,? )?(?:upon|on|with|by giving) (?:at least )?(?:{num}|\\[\\*+\\])…… notice',
      'by [\\w&.-]+,? (?:at any time,? )?(?:upon|on|with|by giving) (?:at least )?' +
        '(?:{num}|\\[\\*+\\])…… notice[^.;]{0,60}(?:for any reason|for convenience|without cause|at any time)',
    ],
  },
  {
    // Part of the deal ended with no charge for it: "Customer may disconnect up to fifteen percent (15%) of its locations
    // during the Initial Term free of any early termination charge".
    id: 'exit-flexibility.partial-no-fee',
    kind: 'exit-flexibility',
    triggers: ['disconnect', 'cancel', 'remove', 'release'],
    subject: 'recipient',
    remedyProne: true,
    phrases: [
      // A share of what is bought ("up to fifteen percent (15%) of its locations", "up to 20 Users"), not the other's
      // own right to drop a feature or an unconfirmed order.
      `${MAY} (?:disconnect|cancel|remove|release) up to (?:{pct}|{num})…… (?:free of|without(?: paying| payment of)?|with no) (?:any )?` +
        '(?:early[- ]termination|termination|cancell?ation|disconnection) (?:charges?|fees?|liabilit(?:y|ies)|penalt(?:y|ies))',
    ],
  },
  {
    // "In the event that the Company desires to terminate the Agreement prior to the Termination Date, it shall
    // provide AGI with at least 60 days prior written notice": the condition is the right, on notice and at will.
    id: 'exit-flexibility.wishes-to-terminate',
    kind: 'exit-flexibility',
    triggers: ['desire', 'wish', 'elect', 'choose', 'decide'],
    subject: 'recipient',
    remedyProne: true,
    inCondition: true,
    phrases: [
      // The party that wishes to leave is the one the sentence then binds (to give notice, to pay): "Should X elect
      // to terminate, Y shall reimburse X" points at a right made elsewhere, often a remedy.
      '(?<=(?<who>[\\w.&-]+)\\s+)(?:desires?|wish(?:es)?|elects?|chooses?|decides?) to (?:terminate|cancel) ' +
        '(?:this|the) (?:agreement|contract|lease|order|subscription|services?)' +
        '(?![^.;]{0,60}\\b(?:pursuant to|in accordance with|under (?:section|clause|article|paragraph))\\b)' +
        '(?=[^.;]{0,160}?,\\s*(?:then\\s+)?(?:it|he|she|they|such party|(?:the\\s+)?\\k<who>) (?:shall|will|must) ' +
        '(?:first )?(?:provide|give|deliver|send|serve|notify|pay)\\b)',
    ],
  },
  {
    // "you are required to open a total of five (5) Units, rather than six (6) Units": a smaller commitment.
    id: 'exit-flexibility.fewer-than-before',
    kind: 'exit-flexibility',
    triggers: ['rather than', 'instead of', 'in place of'],
    subject: 'recipient',
    fewerThan: true,
    phrases: [
      '(?:required|obliged|obligated|committed) to (?:open|develop|build|purchase|buy|order|take|hire|launch|' +
        'acquire|operate|maintain)…… {num}(?: [\\w-]+){0,3},? (?:rather than|instead of|in place of) {num}',
    ],
  },
  {
    // A minimum the other side must meet, cut: "the Minimum F&B Spend shall be lowered to S$52,000".
    id: 'exit-flexibility.minimum-lowered',
    kind: 'exit-flexibility',
    triggers: ['lower', 'reduce', 'decrease'],
    phrases: [
      // Not a force majeure's, a failure's or an early end's adjustment.
      '(?<!\\b(?:force majeure|fails?|failure|breach\\w*|ends? part-way|terminat\\w*|expir\\w*)\\b[^.;]{0,200})' +
        '(?:minimum|committed|guaranteed) (?!supply\\b)(?:[\\w&-]+ ){0,3}' +
        '(?:spend|commitment|volume|quantity|purchases?|order)s?… (?:shall|will) be (?:lowered|reduced|decreased) (?:to|by)' +
        '(?![^.;]{0,40}\\b(?:one-twelfth|pro rata|proportionately)\\b)',
      // A letter's "We have agreed to lower your minimum F&B spend for the 2026 event to S$52,000".
      '(?:agreed|agree|will) to (?:lower|reduce) (?:your|the|its) minimum (?:[\\w&-]+ ){0,3}(?:spend|commitment|volume|quantity|purchases?)\\b' +
        '(?:[^.;]{0,40}?)? to',
    ],
  },
  {
    id: 'exit-flexibility.accept-surrender',
    kind: 'exit-flexibility',
    triggers: ['surrender', 'release'],
    phrases: [
      '(?:agrees? to |shall |will )?accept (?:the )?(?:early )?surrender',
      'release (?:the )?\\w+ from (?:its|their) (?:minimum|purchase|volume) (?:commitment|obligations?)',
    ],
  },
];
