import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMergedSupport, findSupport, scoreSupport, SUPPORTED, type Support } from './findSupport';
import { isContentToken, SourceIndex } from './SourceIndex';
import { tokenize } from './tokenize';

const ARTICLE = readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8');
const article = new SourceIndex([{ path: '/s/article.txt', text: ARTICLE }]);

/** A support as a user reads it: the source lines, the coverage and the draft words left uncovered. */
const summary = (s: Support | undefined) => s && { lines: s.sentences.map((x) => x.line), coverage: s.coverage, missing: s.missing.map((t) => t.norm) };
const best = (index: SourceIndex, claim: string) => summary(findSupport(index, tokenize(claim))[0]);

describe('findSupport', () => {
  describe('supports a paraphrase with the one sentence it restates, first', () => {
    const table: [string, number][] = [
      ['Trump and Putin agreed to temporarily halt strikes on energy facilities.', 1],
      ['Ukrainian officials agreed to the 30-day ceasefire proposal last week in talks in Saudi Arabia.', 15],
      ['Zelenskyy said Ukraine is open to proposals leading to a just and sustainable peace.', 7],
      ['Iran has helped Russia develop a drone manufacturing complex, the United States claimed.', 26],
    ];
    for (const [claim, line] of table) {
      it(`line ${line} for "${claim}"`, () => {
        const found = best(article, claim);
        assert.deepEqual(found?.lines, [line]);
        assert.ok(found.coverage >= SUPPORTED, `coverage ${found.coverage}`);
      });
    }
  });

  describe('supports a claim split across two adjacent sentences with the pair, in document order', () => {
    const harbor = new SourceIndex([{ path: '/s/harbor.txt', text: 'The storm closed the harbor.\nFishermen lost a week of income.\n' }]);
    const table: [string, SourceIndex, string, number[]][] = [
      ['two short lines', harbor, 'The storm closed the harbor and fishermen lost a week of income.', [1, 2]],
      ['two lines of the article', article, 'Trump and Putin agreed to halt strikes on energy facilities, which the White House hailed as the first stage toward peace.', [1, 2]],
    ];
    for (const [name, index, claim, lines] of table) {
      it(`over ${name}`, () => {
        const supports = findSupport(index, tokenize(claim));
        assert.deepEqual(summary(supports[0])?.lines, lines);
        assert.ok(supports[0].coverage >= SUPPORTED, `coverage ${supports[0].coverage}`);
        for (const single of supports.filter((s) => s.sentences.length === 1)) assert.ok(single.coverage < SUPPORTED, `line ${single.sentences[0].line} alone covers ${single.coverage}`);
      });
    }

    it('but not across the last sentence of one source and the first of another', () => {
      const two = new SourceIndex([
        { path: '/s/a.txt', text: 'The storm closed the harbor.\n' },
        { path: '/s/b.txt', text: 'Fishermen lost a week of income.\n' },
      ]);
      const supports = findSupport(two, tokenize('The storm closed the harbor and fishermen lost a week of income.'));
      assert.ok(supports.length > 0);
      for (const s of supports) assert.equal(s.sentences.length, 1);
      assert.ok(supports[0].coverage < SUPPORTED);
    });
  });

  it('gives a claim with a word no source uses lower coverage and lists the word as missing', () => {
    const faithful = best(article, 'Trump and Putin agreed to halt strikes on energy facilities.');
    const embellished = best(article, 'Trump and Putin agreed to halt strikes on nuclear energy facilities.');
    assert.deepEqual(faithful, { lines: [1], coverage: 1, missing: [] });
    assert.deepEqual(embellished?.lines, [1]);
    assert.deepEqual(embellished.missing, ['nuclear']);
    assert.ok(embellished.coverage < faithful.coverage);
  });

  it('does not count excluded tokens (speakers and numbers, checked apart), but still prefers the sentence that has them', () => {
    const tokens = tokenize('Macron said Trump and Putin agreed to halt strikes on energy facilities.');
    const macron = new Set([tokens[0]]);
    const counted = findSupport(article, tokens)[0];
    const excluded = findSupport(article, tokens, macron)[0];
    assert.deepEqual(summary(counted)?.missing, ['macron']);
    assert.ok(counted.coverage < 1);
    assert.deepEqual(summary(excluded), { lines: [1], coverage: 1, missing: [] });
    assert.ok(excluded.fullCoverage < 1, 'the excluded word is still not in the source');

    const pier = new SourceIndex([{ path: '/s/pier.txt', text: 'The ferry sank near the pier.\nOrtiz said the ferry sank near the pier.\n' }]);
    const claim = tokenize('Ortiz said the ferry sank near the pier.');
    const supports = findSupport(pier, claim, new Set([claim[0]])).map(summary);
    assert.deepEqual(supports, [
      { lines: [2], coverage: 1, missing: [] },
      { lines: [1], coverage: 1, missing: [] },
    ]);

    // Of two sentences with the same words, the one giving the draft's number, though it comes later.
    const budgets = new SourceIndex([{ path: '/s/memo.txt', text: 'Spending came to £3.2 million, against a budget of £3.5 million.\nIts budget is £2.1 million.\n' }]);
    const budget = tokenize('Its budget is £2.1 million.');
    assert.deepEqual(summary(findSupport(budgets, budget, new Set(budget.filter((t) => t.numeric)))[0])?.lines, [2]);
  });

  describe('weighs a missing name more than a missing common word', () => {
    const bridge = new SourceIndex([
      {
        path: '/s/bridge.txt',
        text: 'The council opened the new bridge.\nThe city planted trees.\nThe city paved roads.\nThe city hired guards.\nThe ferry sank.\n',
      },
    ]);
    const coverage = (claim: string) => best(bridge, claim)?.coverage ?? NaN;
    const table: [string, string, string][] = [
      ['a word other sources use often', 'The council opened the new bridge for Reyes.', 'The council opened the new bridge for the city.'],
      ['a word no source uses', 'The council opened the new bridge for Reyes.', 'The council opened the new bridge for cyclists.'],
    ];
    for (const [name, missingName, missingWord] of table) {
      it(`than ${name}`, () => assert.ok(coverage(missingName) < coverage(missingWord), `${coverage(missingName)} vs ${coverage(missingWord)}`));
    }
    it('but reads a capital that only starts the sentence as any word', () => {
      assert.equal(coverage('Reyes opened the new bridge.'), coverage('Cyclists opened the new bridge.'));
    });
  });

  describe('returns nothing when no source shares a content word', () => {
    const table: [string, string][] = [
      ['a claim about something else', 'The penguins migrated south.'],
      ['function words only', 'It was all of it.'],
      ['an empty sentence', ''],
    ];
    for (const [name, claim] of table) it(`for ${name}`, () => assert.deepEqual(findSupport(article, tokenize(claim)), []));
  });

  describe('orders supports best first, the same every time', () => {
    const claims = [
      'Trump and Putin agreed to halt strikes on nuclear energy facilities.',
      'Zelenskyy rejected the demand to halt military aid and intelligence sharing.',
      'Russia and Ukraine will exchange prisoners of war.',
    ];
    for (const claim of claims) {
      it(`for "${claim}"`, () => {
        const supports = findSupport(article, tokenize(claim));
        assert.ok(supports.length > 1);
        const singles = supports.filter((s) => s.sentences.length === 1).map((s) => s.coverage);
        assert.deepEqual(singles, [...singles].sort((a, b) => b - a));
        const again = new SourceIndex([{ path: '/s/article.txt', text: ARTICLE }]);
        assert.deepEqual(findSupport(again, tokenize(claim)).map(summary), supports.map(summary));
      });
    }

    it('puts a single sentence before a pair that adds nothing to it', () => {
      const supports = findSupport(article, tokenize('Trump and Putin agreed to halt strikes on nuclear energy facilities.')).map(summary);
      assert.deepEqual(supports[0]?.lines, [1]);
      assert.ok(supports.slice(1).some((s) => s?.lines.length === 2 && s.lines.includes(1) && s.coverage === supports[0]?.coverage));
    });

    it('puts a pair first where its second sentence goes on about the first and adds what the single lacks', () => {
      const text = 'The harbour board met on Monday to weigh the dredging plan for the estuary.\nIt will decide on Friday.\nThe old ferry pier reopened after repairs.\n';
      const index = new SourceIndex([{ path: '/s/harbour.txt', text }]);
      // The pair adds less than a pair's penalty here: "decide" alone.
      const claim = 'The harbour board met on Monday to weigh the dredging plan for the estuary and will decide soon.';
      assert.deepEqual(best(index, claim)?.lines, [1, 2]);
      const apart = new SourceIndex([{ path: '/s/harbour.txt', text: text.replace('It will', 'Officials will') }]);
      assert.deepEqual(best(apart, claim)?.lines, [1]);
      // A referring pair that adds nothing is still no better than its first sentence.
      assert.deepEqual(best(index, 'The harbour board met on Monday to weigh the dredging plan for the estuary.')?.lines, [1]);
    });

    it('puts the earlier of two equal sentences first', () => {
      const twice = new SourceIndex([{ path: '/s/twice.txt', text: 'The council opened the new bridge.\nThe ferry sank.\nThe ferry sank.\n' }]);
      assert.deepEqual(findSupport(twice, tokenize('The ferry sank.')).map(summary), [
        { lines: [2], coverage: 1, missing: [] },
        { lines: [3], coverage: 1, missing: [] },
      ]);
    });
  });
});

describe('findMergedSupport', () => {
  it('supports a long summary with the union of the sentences it draws on, in document order', () => {
    const claim = tokenize(
      'Trump and Putin agreed to halt strikes on energy facilities, Ukrainian officials agreed to a 30-day ceasefire proposal in Saudi Arabia, and Iran helped Russia develop a drone manufacturing complex.',
    );
    assert.ok(findSupport(article, claim)[0].coverage < SUPPORTED, 'no sentence or pair supports it alone');
    const merged = findMergedSupport(article, claim, new Set());
    const lines = merged?.sentences.map((s) => s.line) ?? [];
    for (const line of [1, 15, 26]) assert.ok(lines.includes(line), `line ${line} in ${lines}`);
    assert.ok(lines.length <= 5);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.deepEqual(summary(merged)?.missing, []);
    assert.equal(merged?.coverage, 1);
  });

  describe('gives none for a short sentence, which must rest on one sentence or a pair', () => {
    const table: string[] = [
      'Trump and Putin agreed to halt strikes.',
      'Zelenskyy wants transparency.',
      'The penguins migrated south.',
      '',
    ];
    for (const claim of table) it(`"${claim}"`, () => assert.equal(findMergedSupport(article, tokenize(claim), new Set()), undefined));
  });
});

describe('scoreSupport', () => {
  const harbor = new SourceIndex([{ path: '/s/harbor.txt', text: 'The storm closed the harbor.\nFishermen lost a week of income.\n' }]);
  const [storm, fishermen] = harbor.sentences;
  const contentOf = (text: string) => tokenize(text).filter(isContentToken);

  const table: [string, string, typeof storm[], number, string[]][] = [
    ['one sentence holding every word', 'The storm closed the harbor.', [storm], 1, []],
    ['one sentence holding three words of four', 'The storm closed the harbor on Monday.', [storm], 3 / 4, ['monday']],
    ['inflected forms of its words', 'Storms close harbors.', [storm], 1, []],
    ['an adjacent pair', 'The storm closed the harbor and fishermen lost income.', [storm, fishermen], 1, []],
    ['the wrong sentence', 'The storm closed the harbor.', [fishermen], 0, ['storm', 'closed', 'harbor']],
  ];
  for (const [name, claim, sentences, coverage, missing] of table) {
    it(`scores ${name}`, () => {
      const content = contentOf(claim);
      const support = scoreSupport(harbor, content, content.map(() => 1), sentences);
      assert.deepEqual(summary(support), { lines: sentences.map((s) => s.line), coverage, missing });
    });
  }

  it('counts words by their weights', () => {
    const content = contentOf('The storm closed the harbor on Monday.');
    const heavyMonday = scoreSupport(harbor, content, [1, 1, 1, 3], [storm]);
    assert.equal(heavyMonday.coverage, 3 / 6);
  });

  it('leaves excluded words out of coverage and counts them in full coverage', () => {
    const content = contentOf('The storm closed the harbor.');
    const withOrtiz = scoreSupport(harbor, content, [1, 1, 1], [storm], contentOf('Ortiz'));
    assert.equal(withOrtiz.coverage, 1);
    assert.equal(withOrtiz.fullCoverage, 3 / 4);
    const withStorm = scoreSupport(harbor, contentOf('closed the harbor'), [1, 1], [storm], contentOf('storm'));
    assert.equal(withStorm.fullCoverage, 1);
  });

  it('scores nothing to cover as no coverage', () => {
    assert.equal(scoreSupport(harbor, [], [], [storm]).coverage, 0);
  });
});
