/**
 * Remedies and rights at will: the words that make a term the standard answer to a failure (a credit
 * for downtime, an exit on breach or insolvency) or an exit that needs no cause. Data only; `terms/`
 * and `exitReading.ts` apply it.
 */

/** A remedy for a failure (SLA credits, refunds for defects, termination for breach) or an exit that follows the end of a related agreement. */
export const remedy = /* @__PURE__ */ new RegExp(
  '\\b(?:overpa(?:y|id|yments?)\\w*|lost data|loss of data|corrupt\\w*|inactiv\\w*|misuse|abuse|fraud\\w*|' +
    'unlawful|illegal|damage[ds]?\\b|shocks?\\b|late[- ]deliver\\w*|deliver(?:ed|ies|y) late\\b|' +
    'delay(?:s|ed)? in deliver\\w*|penalt(?:y|ies) for (?:late|delay)\\w*|' +
    // Not an exit that "shall not be considered a breach of this Agreement": that is one at will.
    '(?<!\\bnot (?:be )?(?:considered|deemed|construed|treated|constitute)(?: as)? (?:an? )?)breach\\w*|default\\w*|' +
    '(?<!\\b(?:other than|not|except|without)\\s)for (?:just |good )?cause\\b|' +
    'in addition to (?:any|all|its|their) (?:of (?:its|their) )?(?:other )?(?:rights and )?remedies|' +
    // "… may, in addition to its other rights under the Franchise Agreement, terminate": not "in addition to any rights".
    'in addition to (?:any|all|its|their) (?:of (?:its|their) )?other rights\\b|misconduct|' +
    // A deadline missed: "If the Refurbishment is not completed by the Extended Refurbishment Deadline".
    '(?:is|are|has|have) not (?:been )?completed (?:by|within|before|on or before)\\b|' +
    'dishonest\\w*|disrepute|convict(?:ed|ion)\\b|' +
    // Harm to a name the deal trades on: "so inconsistent with that of KI as to risk damaging the good will of KI's name".
    "(?:damag|harm|injur|tarnish)\\w* (?:to )?(?:the |its |his |her |their |[\\w-]+['’]s )?(?:good ?will|reputation|public image)\\b|scandal\\w*|" +
    // A key person's death or disability ends an endorsement or a service like a default does.
    'death|dies\\b|deceased|disabilit(?:y|ies)|incapacit\\w*|moral turpitude|(?:indictable|criminal) offen[cs]es?|felon(?:y|ies)\\b|' +
    'unsatisfactory (?:conduct|performance)|(?:performance|work|conduct) (?:is|was|are|were) unsatisfactory|' +
    // The other side not doing what it should ("if MMT does not … notify SIGA"), not its own wish.
    // A duty the other side leaves undone, not a wish or a choice ("if Customer does not need the Services").
    // "In the event that Licensee has not taken appropriate steps to restore such quality within 120 days".
    "\\b(?:if|in the event(?: that)?) (?:[\\w-]+ ){1,3}(?:(?:does|did|has|have|do) not|(?:don|doesn|didn|hasn|haven)['’]t),?[^.;]{0,80}?\\b(?:notify|pay|deliver|" +
    // Unless the party shortfall still gets the term ("If you don't achieve the 500-seat tier, Provider will still apply …").
    'perform|cure|comply|provide|meet|achieve|obtain|submit|remedy|make|supply|complete|restore|correct)\\b' +
    '(?![^.;]{0,120}?\\b(?:still|nonetheless|nevertheless|anyway)\\b)|' +
    // Not the parties failing to agree, which is no one's default ("Should the Parties fail to reach a mutually agreeable
    // solution …, iPass may terminate").
    'wil(?:l)?ful neglect|gross negligence|' +
    'fail(?:s|ed|ures?|ing)?\\b(?!\\s+to (?:agree|negotiate|reach (?:a |an )?(?:mutually )?(?:agreeable |acceptable )?(?:solution|agreement|consensus|settlement)))|' +
    // The other side changing hands or trade: "a Change of Control Event with respect to Fleet occurs", "Boxlot's
    // business model changes such that the Service is no longer Boxlot's primary line of business".
    'change (?:of|in) (?:control|ownership)\\b|business (?:model )?changes? such that\\b|' +
    '(?:deliver|perform|provide|achieve|reach|complete)s? (?:less|fewer) than\\b|non-?conform\\w*|' +
    'do(?:es)? not conform|not (?:operate|perform|function|work|run)\\b[^.;]{0,40}?\\b(?:in (?:[\\w-]+ )?(?:conformance|conformity|accordance|compliance)|as (?:warranted|specified|described|documented))\\b|' +
    // Goods gone wrong: "for the misprinted batch", "mis-shipped", "faulty".
    'defect\\w*|mis-?(?:print|ship|pick|label)\\w*|faulty|reject\\w*|insolven\\w*|bankrupt\\w*|liquidation|dissol(?:ved|ution)\\b|' +
    '(?:has|have) (?:a |an )?receiver|(?:a |an )?receiver(?:,? (?:or|and) [\\w ]{1,30}?|, [\\w ]{1,40},)? ' +
    '(?:is|are|has been|have been|be|shall be) appointed|' +
    'appointment of (?:a |an )?receiver|receiver, (?:administrator|manager|custodian|trustee)|' +
    // As Japanese and civil-law drafting lists them: payments suspended, a bill dishonoured, an attachment, finances
    // that deteriorate.
    '(?<!\\b(?:may|to|shall|will|can) )suspends? (?:its )?payments\\b(?! of (?:the |its )?(?:[\\w-]+ )?(?:fees?|rent|charges?))|dishono(?:u)?red|subject to (?:provisional )?attachment|compulsory execution|' +
    '(?:financial (?:condition|position)|credit(?:worthiness)?)\\b[^.;]{0,40}?\\bdeteriorat\\w*|' +
    // Australian insolvency, and sums left unpaid: "comes under any form of external administration", "more than thirty
    // (30) days overdue".
    'external administration|(?:is|are|remains?|becomes?) (?:[^.;]{0,30}? )?overdue\\b|' +
    'receivership|winding[- ]up|wound up|ceases? (?:doing business|trading|to trade|to carry on|to be a going concern)|' +
    '(?:no longer|not) (?:be )?a going concern|assignments? for the benefit of (?:its |their )?creditors|' +
    // A closure forced from outside, and a defence against the other side's suit or challenge to the rights licensed.
    'acts? of God|(?:governmental|government) (?:order|action|authority)|' +
    // A party barred by the state ("excluded from participation in any federal health care program"),
    // and premises lost to a casualty or taken by the state.
    '(?:excluded|debarred|disqualified) from (?:participation|participating|contracting|tendering)|debarment|' +
    // As events, not as the name of an article ("under Article 18 (Casualty)") or of a line of insurance.
    // Not an article's heading ("Article 18 (Casualty)"), a line of insurance, or data destroyed as it should be.
    '(?:(?:by|of|after|following|upon|from|should|if|in the event of) (?:a |any |the |such )?(?:fire or (?:other )?)?|' +
    '\\b(?:a|any) )casualty\\b(?!\\s+(?:insurance|line))|(?<!\\()\\bcondemnation\\b(?!\\))|' +
    '(?:is|are|be|been) (?:taken|condemned) (?:by|in|under)|eminent domain|expropriat\\w*|' +
    '(?<!\\b(?:data|records|copies|information)\\b[^.;]{0,60})(?:is|are|be|been) (?:destroyed|demolished)\\b|' +
    '(?:brings?|institutes?|commences?|files?|asserts?) (?:an? |any )?(?:suit|action|claim|proceeding|litigation)s? ' +
    '(?:against|alleging|based on)|asserts? against [\\w-]+ (?:an? |any )?(?:suit|action|claim)s?\\b|' +
    'challeng\\w* (?:the )?(?:validity|enforceability|ownership|patentability)|' +
    // The other side no longer operating: "in the event that any temporary cessation of operation … exceeds 180 days".
    'cessation of (?:its |the )?(?:operations?|business)|ceases? (?:operations|business|to (?:operate|do business))|' +
    // "in serious cases" of the failure just named.
    'with cause\\b|step[- ]in\\b|\\bin (?:serious|severe|egregious|such) cases\\b|' +
    // Funding withdrawn from outside: "if the funding provided to it by Parliament … is withdrawn or materially reduced".
    // Not a party's own budget ("if the research funding for the Software is withdrawn"), which is its choice.
    '(?:funding|appropriations?|grant)\\b[^.;]{0,60}?\\b(?:Parliament|Congress|legislat\\w*|government\\w*|Treasury)\\b' +
    '[^.;]{0,60}?\\b(?:is|are|has been|have been) (?:withdrawn|(?:materially )?reduced|terminated|cancell?ed|' +
    'not (?:renewed|appropriated))\\b|non-appropriation|' +
    // Performance below a level, equipment that breaks down, a regulator's halt or a risk to safety.
    // Not what a party's own orders fall below ("any quarter in which its orders fall below the minimum").
    '(?<!\\b(?:orders?|purchases?|volumes?|spend|bookings|quantit(?:y|ies))\\b[^.;]{0,30})(?:falls?|fell|drops?|dropped) below\\b|' +
    'break(?:s|ing)? down\\b|breakdowns?|malfunction\\w*|out of service\\b|unserviceable|inopera(?:ble|tive)\\b|' +
    // Work running late: "if the Project falls more than ten Business Days behind the Milestone Schedule".
    '\\b(?:falls?|fell|fallen|is|are|running|runs) (?:[\\w-]+ ){0,6}behind (?:the )?(?:[\\w-]+ )?(?:schedule|programme|program|plan)\\b|' +
    '(?:FDA|EMA|MHRA|IRB|ethics committee|regulators?|regulatory (?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies))|' +
    'competent authorit(?:y|ies)) (?:suspends?|halts?|terminates?|orders?|requires?|withdraws?)\\b|' +
    '(?:unacceptable |significant )?risk to (?:the )?(?:safety|health|well-being|welfare|(?:study )?subjects|patients|participants)\\b|' +
    'risk of (?:serious )?(?:harm|injury|death)\\b|safety (?:concerns?|issues?|reasons)\\b|' +
    // A floor the other side's performance falls below: "the average number of Sales Representatives … is less than 25".
    'number of\\b[^.;]{0,60}?\\b(?:is|are|falls?|drops?) (?:less than|fewer than|below)\\b|can no longer (?:meet|perform|comply|provide|fulfil|satisfy|carry on)|' +
    '(?:has|have) been (?:temporarily )?suspended|force majeure|infring\\w*|(?:cannot|unable to)(?! (?:mutually )?agree\\b)|loses|violat\\w*|' +
    '(?:response|resolution|repair|restoration|fix|turnaround) times?\\b[^.;]{0,40}?(?<!\\bnot )\\b(?:exceeds?|exceeded|is more than|is longer than)\\b|' +
    '(?:is|are|be|been) left (?:unmanned|unattended|uncovered|unstaffed)\\b|' +
    'unpaid|unfunded|(?:is|are|remains?) not paid|(?:KPI|SLA|service[- ]level) (?:rebates?|credits?|deductions?)|' +
    // A regulator's order against the other side, its misuse of what it was licensed, data it lost, work it delayed,
    // and services interrupted: "is subject to a formal cease and desist order", "learns of any unauthorized use".
    'cease[- ](?:and|&)[- ]desist|unauthori[sz]ed (?:use|access|disclosure|reproduction|distribution|copying)|' +
    '(?:data|records|files|media) (?:(?:is|are|was|were|has been|have been) )?lost\\b|' +
    '(?:is|are|was|were|be) delayed (?:beyond|past|by)\\b|interrupt(?:ion|ed)\\b[^.;]{0,20}?\\bservices?\\b|(?:payments?|amounts?|sums?|fees?|monies|funds)\\b[^.;]{0,40}?\\bnot (?:been )?(?:received|made)\\b|late delivery|not (?:been )?delivered (?:within|by|on)\\b|misappropriat\\w*|downtime|outage|uptime|service levels?|service credits?\\b[^.;]{0,40}\\b(?:reach|exceed)\\w*|cure period|not remedied|' +
    // An authority's investigation or users' complaints that the other side's service brought on.
    '(?:opportunity|right) to cure|(?:is|are|being|been) investigated\\b|investigations? by\\b|' +
    // An inquiry opened against the other side, and its statements found untrue ("any representation … proves to have
    // been incorrect in any material respect").
    '(?:inquir(?:y|ies)|investigations?|proceedings?)\\b[^.;]{0,60}?\\b(?:is|are|has been|have been) (?:commenced|instituted|initiated|threatened)\\b|' +
    '(?:representations?|warrant(?:y|ies))\\b[^.;]{0,160}?\\b(?:proves?|proved|proven|is|are|was|were|becomes?) ' +
    '(?:to (?:have been|be) )?(?:untrue|incorrect|inaccurate|false|misleading)\\b|' +
    'complaints? (?:about|on|regarding|concerning|of|against)\\b|' +
    // A condition precedent, target or milestone not met is a trigger, like a failure (a customer "not satisfied"
    // with the service is not); so is the other side's service falling behind ("significantly inferior to …").
    // A credit of what was paid in excess is a true-up: "a credit of such excess amount".
    'credit of (?:the |such |any )?excess\\b|' +
    '(?:conditions?(?: precedent)?|targets?|milestones?|thresholds?|criteria|requirements?)\\b[^.;]{0,80}?' +
    '\\b(?:is|are|has|have|was|were) not (?:been )?(?:satisfied|fulfilled|met|reached|achieved)\\b|' +
    '(?:user base|sales|revenues?|volumes?|subscribers|users)\\b[^.;]{0,40}?\\b(?:has|have) not (?:increased|grown)\\b|' +
    '(?:significantly|materially|substantially) (?:inferior|below)\\b|not (?:at least )?(?:comparable|competitive) (?:to|with)\\b|' +
    // The other side's business passing to another: "a majority of Application Provider's assets are merged, acquired or sold".
    '(?:assets|shares|stock|business|equity)\\b[^.;]{0,40}\\b(?:are|is|be) (?:merged|acquired|sold|transferred)\\b|' +
    'material adverse|change (?:of|in) (?:control|ownership)|(?:ownership|control) change|merger|consolidation (?:of|with)|acquired by|' +
    'acquisition of|sale of (?:all or )?substantially all|' +
    '(?:sells?|sale of|disposes? of|disposal of) (?:all or )?(?:a )?(?:significant|substantial|material|major) ' +
    '(?:portion|part) of (?:its|the|their) (?:assets|business|undertaking)|export controls?|sanctions|court order|injunction|' +
    // LABELS.md: a right that arises on a change of law is a remedy ("If a Change in Law makes it impracticable …").
    'enjoined|third[- ]party claims?|claim of infringement|required by (?:applicable )?law|change (?:in|of) (?:the )?law|' +
    '(?:the |any |such )?delay (?:is|exceeds|continues|lasts)|termination events?|' +
    // A closure that runs too long, and events the contract lists elsewhere ("if any of the events described in Sections
    // 6(i), (j) or (k) shall have occurred").
    '(?:suspension|closure|closing|shutdown|interruption|cessation|discontinuance)\\b(?:[^.;]|\\.(?=\\d)){0,120}?\\bexceeds?\\b|' +
    '(?:any|one|either) of the events (?:described|set forth|specified|listed|referred to) in\\b|' +
    '(?:expiration|expiry|termination)(?: or (?:expiration|expiry|termination))? of (?:the|any|such) ' +
    '(?:[A-Z][\\w-]*\\s+){1,4}(?:Licen[cs]e|Agreement|Lease|Contract)\\b|' +
    'to comply with (?:applicable )?(?:law|regulation)|(?:regulatory|legislative|judicial|governmental) ' +
    '(?:determination|action|order|ruling|change)|(?:regulatory|legislative)(?:,| or)|' +
    '(?:is|are) (?:terminated|suspended|discontinued|revoked|withdrawn) by (?:the |any |a )?(?:[\\w-]+ ){0,2}' +
    '(?:provider|supplier|network|licensor|vendor|regulator|third part(?:y|ies)))',
  'i',
);

/**
 * A concession held only while the other side is not in default ("Provided that no Event of Default then
 * exists, the Base Rent … shall be abated"): the default is the condition's, not the term's trigger.
 */
export const whileNotInDefault = /* @__PURE__ */ new RegExp(
  '\\b(?:provided(?:,? however,?)?(?: that)?|so long as|as long as|on condition that)\\s+(?:there (?:is|exists) )?' +
    '(?:no (?:uncured |continuing |material )?(?:event of )?default\\b|' +
    '[\\w-]+(?: [\\w-]+)? (?:is|are|remains?) not (?:then )?in (?:material )?(?:breach|default)\\b)' +
    // Up to a second condition, which may be the trigger: "… is not in breach and Provider fails to meet …".
    '(?:(?!\\b(?:and|or|but|if|where|when)\\b)[^,;.]){0,60}',
  'gi',
);

/**
 * A subcontract's exit that follows the head contract's end: "If the Government terminates the Prime Contract … for
 * its convenience, Prime Contractor may terminate this Subcontract to the same extent". The convenience is another's.
 */
export const licenceLost = /* @__PURE__ */ new RegExp(
  // A licence the other side needs to perform, lost: "Customer may terminate immediately if the Operator's Air Operator
  // Certificate is suspended". Read for exits only: a recipient's own permit lost is no failure of the grantor's.
  '(?:licen[cs]es?|certificates?|permits?|accreditations?|registrations?|authori[sz]ations?|certifications?)\\b' +
    '[^.;]{0,40}?\\b(?:is|are|has been|have been|be|becomes?) (?:suspended|revoked|cancell?ed|withdrawn|terminated|not renewed)\\b',
  'i',
);

export const followsHeadContract = /* @__PURE__ */ new RegExp(
  // Another contract, not this one ("Customer may terminate this Main Agreement … for convenience").
  '\\bterminat\\w*\\b[^.;]{0,40}?\\b(?<!\\bthis )(?:Prime|Main|Head|Upstream) (?:Contract|Agreement)\\b|' +
    '\\b(?:Prime|Main|Head) (?:Contract|Agreement)\\b[^.;]{0,40}?\\b(?:is|are|be|been) terminated\\b',
);

/** Words that show a remedy has been raised beyond the standard, which makes it a concession. */
// Not before a capital: "Additional Terms", "Extended Warranty" are names.
export const beyondStandard = /* @__PURE__ */ new RegExp(
  // "twice the credit", not a failure that happens twice ("If subsequent performance fails twice").
  '\\b(?:[Dd]oubled|[Tt]ripled|[Tt]wice(?= (?:the|as)\\b)|[Dd]ouble|[Tt]riple|[Ii]ncreased|[Vv]aried|[Ee]nhanced|[Rr]aised|' +
    // Nor the failure's own size: "If we had extended downtime …, we'd issue a partial credit".
    // Nor the price of the remedy: "replace the API at no additional cost".
    '(?<!\\b(?:[Nn]o|NO|[Ww]ithout|[Ww]ithout any) )[Aa]dditional|[Ee]xtended|[Hh]igher)\\b(?!\\s+\\p{Lu})(?!\\s+(?:downtime|outages?|delays?|interruptions?|unavailability|disruptions?)\\b)',
  'u',
);

/** An exit at will, whatever else its item says: "for convenience", "for any reason or no reason". */
export const atWill = /* @__PURE__ */ new RegExp(
  '\\bfor (?:its )?convenience\\b|\\bfor any (?:or no )?reason\\b|\\bwithout (?:cause|reason)\\b|' +
    '\\bat (?:its|any) (?:sole )?(?:discretion|time)\\b|\\bat will\\b|' +
    // "(i) any time upon six (6) months prior notice": the "at" left out.
    '\\(\\s*(?:i|a|1)\\s*\\)\\s*any time\\b',
  'i',
);

/**
 * An exit that says it needs no cause ("with or without cause", "for any reason"): at will even
 * where it names a breach as one case ("… including if we believe you have violated this Agreement").
 */
export const noCauseNeeded = /\bwith or without cause\b|\bfor any (?:or no )?reason\b|\bfor (?:its )?convenience\b/i;

/** A clause whose title says it sets what follows the end: a right in it comes after the exit, not with it. */
export const afterTheEnd = /\b(?:effects?|consequences?|results?) of (?:termination|expiration|expiry)\b/i;

/** A clause whose title says it sets remedies: a refund, credit or exit in it answers a failure ("9.2 Infringement Indemnity"). */
export const remedyTitle = /* @__PURE__ */ new RegExp(
  '\\b(?:late (?:deliver\\w*|performance)|infring\\w*|indemnit\\w*|indemnif\\w*|warrant(?:y|ies)|force majeure|' +
    'defaults?|breach(?:es)?|remed(?:y|ies)|service levels?|failures?)\\b',
  'i',
);
