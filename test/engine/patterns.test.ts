import assert from 'node:assert/strict';
import { anyWord, compilePhrase, wordsNeeded } from '../../src/engine/lexicons/patterns.js';
import { concessionCues } from '../../src/engine/lexicons/concessions.js';
import { benefitCues } from '../../src/engine/lexicons/benefits.js';
import { review } from '../../src/engine/index.js';
import { parse } from '../../src/engine/parse.js';
import { MentionFinder } from '../../src/engine/mentions.js';
import type { Party } from '../../src/engine/model.js';
import { folders, readContracts } from '../helpers/corpus.js';

describe('lexicon patterns', () => {
  describe('anyWord', () => {
    const matches = (words: string[], text: string): string[] =>
      [...text.matchAll(new RegExp(`(?<![\\w-])${anyWord(words)}(?![\\w-])`, 'g'))].map((m) => m[0]);

    it('takes the longest word that fits, as an alternation sorted longest first would', () => {
      const words = ['Customer', 'Customer Group', 'Cust', 'Provider', 'Pro'];
      const text = 'The Customer Group and the Customer pay Provider; Cust. and Pro-rata and Customers do not count.';
      assert.deepEqual(matches(words, text), ['Customer Group', 'Customer', 'Provider', 'Cust']);
      const plain = [...words].sort((a, b) => b.length - a.length).join('|');
      assert.deepEqual(
        matches(words, text),
        [...text.matchAll(new RegExp(`(?<![\\w-])(?:${plain})(?![\\w-])`, 'g'))].map((m) => m[0]),
      );
    });

    it('matches the words literally', () => {
      assert.deepEqual(matches(['a.b', 'c+d (x)'], 'axb a.b c+d (x) cd (x)'), ['a.b', 'c+d (x)']);
    });
  });

  describe('compilePhrase', () => {
    it('reads an optional blank as absent or as a run of blanks', () => {
      const found = (phrase: string, text: string) => [...text.matchAll(compilePhrase(phrase))].map((m) => m[0]);
      assert.deepEqual(found('net ?\\d{2,3}', 'net30, net 45 and net\n 60'), ['net30', 'net 45', 'net\n 60']);
      assert.deepEqual(found('trade ?marks?', 'its trademarks and trade marks'), ['trademarks', 'trade marks']);
    });
  });

  describe('wordsNeeded', () => {
    it('names the most telling word a match cannot do without', () => {
      assert.deepEqual(wordsNeeded('(?:hold|keep|freeze|lock)s? (?:the )?{fee}'), ['hold', 'keep', 'freeze', 'lock']);
      assert.deepEqual(wordsNeeded('(?:{fee}|list rates?)… (?:shall|will) remain (?:fixed|firm)'), ['remain']);
      // A quantified letter, an optional group and a look-around are not needed.
      assert.deepEqual(wordsNeeded('waiv(?:e|es|ed|er of) (?:the )?(?:late )?fees?'), ['waiv']);
      assert.deepEqual(wordsNeeded('instal(?:l)?ments (?=in arrears)'), ['instal']);
      assert.deepEqual(wordsNeeded('(?:a|an) (?:unlimited )?licen[cs]e'), ['licen']);
      // A brace that is neither a macro nor a count is read past.
      assert.deepEqual(wordsNeeded('price { schedule'), ['schedule']);
    });

    it('needs nothing where a branch has no word', () => {
      assert.equal(wordsNeeded('{pct} off'), undefined);
      assert.equal(wordsNeeded('(?:free|{money}) of'), undefined);
    });

    it('never rules out a sentence that a lexicon phrase matches', function () {
      this.timeout(60_000);
      const sentences = readContracts(folders.examples, folders.evalDev).flatMap((text) =>
        review(text).sentences.map((s) => text.slice(s.start, s.end)),
      );
      let matched = 0;
      for (const phrase of [...concessionCues, ...benefitCues].flatMap((cue) => cue.phrases)) {
        const needs = wordsNeeded(phrase);
        if (!needs) continue;
        const pattern = compilePhrase(phrase);
        for (const sentence of sentences) {
          pattern.lastIndex = 0;
          if (!pattern.test(sentence)) continue;
          matched++;
          assert.ok(
            needs.some((word) => sentence.toLowerCase().includes(word)),
            `${phrase} matches "${sentence}" without any of ${needs.join(', ')}`,
          );
        }
      }
      assert.ok(matched > 100, `only ${matched} matches checked`);
    });
  });

  describe('the parser for a text', () => {
    it('still reads a table whose delimiter row aligns a column and has no pipe', () => {
      const tree = parse('Prices.\n\nFee\n:--\n10\n\nEnd.\n').tree;
      assert.deepEqual(
        tree.children.map((n) => n.type),
        ['paragraph', 'table', 'paragraph'],
      );
    });

    it('still reads struck text', () => {
      const { tree, prose } = parse('The fee is ~~$900~~ $700.\n');
      assert.equal(JSON.stringify(tree).includes('"delete"'), true);
      assert.equal(prose, 'The fee is   $900   $700.\n');
    });
  });
});

describe('party mentions', () => {
  it('finds a party named across a line break, as its name reads wrapped in a contract', () => {
    const finder = new MentionFinder([
      {
        id: 'provider',
        name: 'Northwind Analytics',
        aliases: ['Service Provider'],
        pronouns: [],
        role: 'provider',
      } as unknown as Party,
    ]);
    const prose = 'The Service\nProvider and Northwind   Analytics agree; the Service Providers do not.';
    assert.deepEqual(
      finder.find(prose, 0, prose.length).map((m) => prose.slice(m.start, m.end)),
      ['Service\nProvider', 'Northwind   Analytics'],
    );
  });
});
