import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { PREAMBLE, lines, suggestionTexts } from '../helpers/contract.js';

// Issue 17: what negotiators failed in the drafts on the tenth round's contracts — a bar on using names met without
// "notwithstanding", a letter's paragraphs cited as the agreement's Sections, a rate named as a reduction.
describe('drafts on the tenth round of blind sets', () => {
  it('grants the use of a name notwithstanding the clause that bars it without consent', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '8.14 Customer shall be entitled to receive a discount of ten percent (10%) on the Services.',
        '',
        "22.13 Publicity. Neither party shall use the other parties' name or trademark or refer to the other party in any promotional or marketing materials, lists or business presentations, without consent from the other party for each such use.",
      ),
    );
    const naming = suggestionTexts(r).filter((s) => /reference|testimonial|logo/.test(s));
    assert.ok(naming.length > 0);
    for (const s of naming) assert.match(s, /notwithstanding [Ss]ection 22\.13,/);
    // A bar on using Confidential Information bars no reference.
    const confidential = review(
      lines(
        PREAMBLE,
        '',
        '8.14 Customer shall be entitled to receive a discount of ten percent (10%) on the Services.',
        '',
        "17.1 Neither party shall use, copy or disclose any of the other party's Confidential Information without the prior written consent of the other party.",
      ),
    );
    for (const s of suggestionTexts(confidential)) assert.doesNotMatch(s, /notwithstanding/);
  });

  it('cites a letter’s own items as paragraphs where “Section” is the agreement it varies, and names that agreement', () => {
    const r = review(
      lines(
        'Dear Dana,',
        '',
        'This letter sets out the changes we have agreed to the Retainer Agreement between Halyard & Finch LLC ("we" or "us") and Corvallis Outdoor Co. ("you") (the "Retainer").',
        '',
        '**1. Monthly minimum**',
        '',
        'Under Section 3(b) of the Retainer you pay a minimum monthly fee of $40,000. In return for the changes below, you agree to extend the term of the Retainer by twelve months.',
        '',
        '**2. Hourly rates**',
        '',
        'For work performed in 2024, we will bill senior creative hours at $185 per hour instead of our standard rate of $210 per hour.',
        '',
        '**3. What stays the same**',
        '',
        'Either of us may still end the Retainer if the other commits a material breach, as Section 9(b) provides.',
      ),
    );
    const drafts = suggestionTexts(r);
    assert.ok(drafts.length > 0);
    for (const s of drafts) {
      assert.doesNotMatch(s, /\bSection 2\b/);
      // A rate is no sum to commit to, nor a reduction of that size.
      assert.doesNotMatch(s, /not less than \$185|\$185 reduction/);
    }
    assert.ok(drafts.some((s) => /the reduced rate of \$185 per hour in paragraph 2\b/.test(s)));
  });

  it('cites an email’s numbered items as points where it calls them so', () => {
    const r = review(
      lines(
        '**From:** Priya Raghunathan <priya@brightwaterfoods.co.uk>',
        '**To:** Tom Gallagher <tom@kestrelcorrugated.co.uk>',
        '**Subject:** 2025 terms',
        '',
        'Hi Tom,',
        '',
        'Here is what we agreed under the supply agreement between Brightwater Foods Ltd and Kestrel Corrugated Ltd (the "Supply Agreement"). Below, "we" and "us" mean Brightwater and "you" means Kestrel.',
        '',
        "1. You've agreed to waive the cutting-die charges (£6,850 on the quote).",
        '',
        "2. We'll waive the late-delivery deduction under clause 9.2 for deliveries in March 2025.",
        '',
        "If you're happy with points 1 and 2, please confirm by reply.",
      ),
    );
    const drafts = suggestionTexts(r);
    assert.ok(drafts.some((s) => /\bpoint 1\b/.test(s)));
    for (const s of drafts) assert.doesNotMatch(s, /\b[Cc]lause [12]\b/);
  });

  it('asks a paid party for a credit against its invoices, not for prospects for its client, nor a year ahead already paid', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '3.4 Customer shall not levy Performance Deductions for the months of March and April 2025.',
        '',
        '4.1 The Fees are invoiced annually in advance.',
        '',
        '5.2 Provider will add ten (10) additional user licences at no charge for the Initial Term.',
      ),
    );
    const drafts = suggestionTexts(r);
    assert.ok(
      drafts.some((s) =>
        /^In consideration of .* in [Ss]ection 3\.4, Provider shall credit Customer \[amount\] against the next invoice/.test(
          s,
        ),
      ),
    );
    for (const s of drafts) {
      assert.doesNotMatch(s, /Provider shall introduce Customer/);
      assert.doesNotMatch(s, /in advance, within/);
    }
  });
});
