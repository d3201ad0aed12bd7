import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchQuote, quoteSegments } from './matchQuote';
import { SourceIndex } from './SourceIndex';
import { tokenize } from './tokenize';

const ARTICLE = readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8');
const article = new SourceIndex([{ path: '/s/article.txt', text: ARTICLE }]);

const FERRY = ['The ferry crossed the bay at dawn.', 'The ferry crossed the bay at dusk.', 'The ferry crossed the river at dawn.', 'The ferry sank in the river.'].join('\n') + '\n';
const ferry = new SourceIndex([{ path: '/s/ferry.txt', text: FERRY }]);

/** Where `quote` (the whole string is the quotation) is found in `index`, as a user sees it: the line, the passage's text, verbatim or not. */
function find(index: SourceIndex, quote: string, likely: { id: number; score: number }[] = []) {
  const match = matchQuote(index, quoteSegments(quote, { start: 0, end: quote.length }), likely);
  if (!match) return undefined;
  const text = index.documents.get(match.sentence.path)!.text;
  return { verbatim: match.verbatim, line: match.sentence.line, sentence: match.sentence.text, passage: text.slice(match.passage.start, match.passage.end), similarity: match.similarity };
}

describe('matchQuote', () => {
  describe('finds a quotation word for word, with its sentence, line and passage', () => {
    const table: [string, string, number, string][] = [
      ['a verbatim quotation', 'We need to understand what the conversation is about', 9, 'We need to understand what the conversation is about'],
      ['a quotation inside a longer sentence', 'Iran should never be in a position to destroy Israel', 24, 'Iran should never be in a position to destroy Israel'],
      ['letters in another case', 'we NEED to understand what the Conversation is about', 9, 'We need to understand what the conversation is about'],
      ['a straight apostrophe where the source has a curly one', "Kyiv's air raid sirens went off", 4, 'Kyiv’s air raid sirens went off'],
      ['straight quotation marks where the source has curly ones', 'Putin has "the cards" and Zelenskyy does not', 21, 'Putin has “the cards” and Zelenskyy does not'],
      ['a hyphen where the source has a dash', 'There are two sides in this war - Russia and Ukraine', 10, 'There are two sides in this war — Russia and Ukraine'],
      ['other spaces and a line break', 'We  need to\nunderstand   what the conversation is about', 9, 'We need to understand what the conversation is about'],
      ['an elision "..."', 'We need to understand ... the conversation is about', 9, 'We need to understand what the conversation is about'],
      ['an elision "…"', 'We need to understand … is about', 9, 'We need to understand what the conversation is about'],
      ['an elision ". . ."', 'Trump immediately cheered . . . the biggest land war in Europe', 12, 'Trump immediately cheered Tuesday’s development as a major step toward his ultimate goal of ending the biggest land war in Europe'],
      ['a bracketed insertion before the words', '[The] White House hailed it as the first stage', 2, 'White House hailed it as the first stage'],
      ['a bracketed insertion in place of a word', 'hailed [the truce] as the first stage', 2, 'hailed it as the first stage'],
      ['a number with its hyphenated unit', 'agreed to the 30-day ceasefire proposal', 15, 'agreed to the 30-day ceasefire proposal'],
    ];
    for (const [name, quote, line, passage] of table) {
      it(`for ${name}`, () => {
        const found = find(article, quote);
        assert.deepEqual(found && { verbatim: found.verbatim, line: found.line, passage: found.passage, similarity: found.similarity }, { verbatim: true, line, passage, similarity: 1 });
      });
    }
  });

  describe('finds a quotation with changed words as a near match, with the source wording', () => {
    const table: [string, SourceIndex, string, number, string, number][] = [
      ['a changed word', article, 'We need to understand what the negotiation is about', 9, 'We need to understand what the conversation is about', 8 / 9],
      ['a changed tense', article, 'We need to understand what the conversation was about', 9, 'We need to understand what the conversation is about', 8 / 9],
      ['a changed number', article, 'agreed to the 60-day ceasefire proposal', 15, 'agreed to the 30-day ceasefire proposal', 6 / 7],
      ['a changed word and an added one', ferry, 'The old ferry crossed the river at dawn', 3, 'The ferry crossed the river at dawn', 7 / 8],
      ['elided runs out of order', article, 'the conversation is about ... We need to understand', 9, 'We need to understand', 4 / 8],
      // The passage stops at the source's own quotation mark: not "has “the cards".
      ['a word added before a phrase the source quotes', article, 'all the cards', 21, 'the cards', 2 / 3],
    ];
    for (const [name, index, quote, line, passage, similarity] of table) {
      it(`for ${name}`, () => {
        const found = find(index, quote);
        assert.deepEqual(found && { verbatim: found.verbatim, line: found.line, passage: found.passage }, { verbatim: false, line, passage });
        assert.ok(Math.abs((found?.similarity ?? 0) - similarity) < 1e-9, `similarity ${found?.similarity}`);
      });
    }
  });

  describe('picks the right sentence among several similar ones', () => {
    const table: [string, SourceIndex, string, boolean, string][] = [
      ['the one that has it word for word', ferry, 'the ferry crossed the bay at dusk', true, 'The ferry crossed the bay at dusk.'],
      ['the closest when none has it', ferry, 'The ferry crossed the river at dusk', false, 'The ferry crossed the river at dawn.'],
      ['the closest of two that share its rarest word', ferry, 'the ferry sank in the bay', false, 'The ferry sank in the river.'],
      ['the one of three "30-day ceasefire proposal" sentences it quotes', article, '30-day ceasefire proposal aimed at ending the Russian invasion', true, 'The limited pause comes as Trump still hopes to get Russia to sign off on his 30-day ceasefire proposal aimed at ending the Russian invasion of Ukraine.'],
      ['the other one', article, 'signed off on the Trump administration’s 30-day ceasefire proposal', true, 'It was restored after the Ukrainians last week signed off on the Trump administration’s 30-day ceasefire proposal.'],
    ];
    for (const [name, index, quote, verbatim, sentence] of table) {
      it(name, () => {
        const found = find(index, quote);
        assert.deepEqual(found && { verbatim: found.verbatim, sentence: found.sentence }, { verbatim, sentence });
      });
    }

    it('takes a quotation found in several sentences from the likely ones (those of the quoting sentence) first', () => {
      const sources = new SourceIndex([
        { path: '/s/mayor.txt', text: 'The mayor called the plan "a good start" for the city.\n' },
        { path: '/s/governor.txt', text: 'The governor called the budget "a good start" on Monday.\n' },
      ]);
      assert.equal(find(sources, 'a good start')?.sentence, 'The mayor called the plan "a good start" for the city.');
      assert.equal(find(sources, 'a good start', [{ id: 1, score: 1 }])?.sentence, 'The governor called the budget "a good start" on Monday.');
    });
  });

  describe('places a short misquotation where the quoting sentence rests', () => {
    const sources = new SourceIndex([
      { path: '/s/harbor.txt', text: 'Storms closed the harbor and flooded the docks.\nThe mayor warned that a second storm would flood the town within a day.\n' },
    ]);
    const misquote = (before: string | undefined, quote: string, likely: { id: number; score: number }[]) => {
      const text = `${before ? `${before} ` : ''}${quote}`;
      const segments = quoteSegments(text, { start: text.length - quote.length, end: text.length });
      const context = before ? { before: tokenize(text, 0, before.length).pop() } : {};
      const match = matchQuote(sources, segments, likely, context);
      return match && { line: match.sentence.line, passage: sources.documents.get('/s/harbor.txt')!.text.slice(match.passage.start, match.passage.end) };
    };
    it('with the word before it, at the same words in the source ("would drown the town", not "flooded the docks")', () => {
      assert.deepEqual(misquote('would', 'drown the town', [{ id: 1, score: 2 }]), { line: 2, passage: 'flood the town' });
    });
    it('among sentences as close, the one the quoting sentence rests on', () => {
      assert.deepEqual(misquote(undefined, 'flooded the town', [{ id: 1, score: 2 }])?.line, 2);
      assert.deepEqual(misquote(undefined, 'flooded the town', [{ id: 0, score: 2 }])?.line, 1);
    });
  });

  describe('finds a quotation that runs across two adjacent sentences', () => {
    const zelenskyy = '“We need to understand what the conversation is about,” Zelenskyy said.';
    const table: [string, SourceIndex, string, string, string][] = [
      ['two sentences of one line', article, 'about,” Zelenskyy said. “What are the details', zelenskyy, 'about,” Zelenskyy said. “What are the details'],
      ['two lines', ferry, 'crossed the river at dawn. The ferry sank', 'The ferry crossed the river at dawn.', 'crossed the river at dawn.\nThe ferry sank'],
      ['an elision across them', article, 'We need to understand ... What are the details', zelenskyy, 'We need to understand what the conversation is about,” Zelenskyy said. “What are the details'],
    ];
    for (const [name, index, quote, sentence, passage] of table) {
      it(`over ${name}, giving the sentence it starts in`, () => {
        const found = find(index, quote);
        assert.deepEqual(found && { verbatim: found.verbatim, sentence: found.sentence, passage: found.passage }, { verbatim: true, sentence, passage });
      });
    }

    it('over the attribution that interrupts the quotation, as reporters quote', () => {
      const found = find(article, 'We need to understand what the conversation is about. What are the details?');
      assert.deepEqual(found && { verbatim: found.verbatim, line: found.line }, { verbatim: true, line: 9 });
      const interrupted = new SourceIndex([{ path: '/s/mayor.txt', text: '“The budget is tight,” the mayor said, “but the bridge will be built.”\n' }]);
      assert.equal(find(interrupted, 'The budget is tight, but the bridge will be built')?.verbatim, true);
      // The words around the quotation are not the quotation's.
      assert.equal(find(interrupted, 'The budget is tight, the mayor said')?.verbatim, true);
      assert.equal(find(interrupted, 'The budget is tight, the bridge will be built')?.verbatim, false);
    });

    it('gives a quotation wholly in the next sentence to that sentence, even when the one before is tried first', () => {
      const found = find(ferry, 'The ferry sank in the river', [{ id: 2, score: 1 }]);
      assert.deepEqual(found && { verbatim: found.verbatim, line: found.line }, { verbatim: true, line: 4 });
    });

    it('does not join sentences of two documents', () => {
      const sources = new SourceIndex([
        { path: '/s/a.txt', text: 'The storm closed the harbor.\n' },
        { path: '/s/b.txt', text: 'Fishermen lost a week of income.\n' },
      ]);
      assert.equal(find(sources, 'closed the harbor. Fishermen lost')?.verbatim, false);
    });
  });

  describe('finds nothing', () => {
    const table: [string, string][] = [
      ['a quotation no source shares a word with', 'The penguins migrated across the frozen tundra'],
      ['a quotation of function words no source has', 'all of it'],
      ['a quotation of another set of function words no source has', 'by and by'],
      ['a quotation of brackets and elisions only', '[sic] …'],
      ['an empty quotation', ''],
    ];
    for (const [name, quote] of table) it(`for ${name}`, () => assert.equal(find(article, quote), undefined));
  });

  describe('finds a quotation of function words only where a source has them', () => {
    const table: [string, number][] = [
      ['there was no', 3],
      ['will not be', 10],
      ['does not', 21],
    ];
    for (const [quote, line] of table) {
      it(`"${quote}"`, () => {
        const found = find(article, quote);
        assert.deepEqual(found && { verbatim: found.verbatim, line: found.line, passage: found.passage }, { verbatim: true, line, passage: quote });
      });
    }
  });
});
