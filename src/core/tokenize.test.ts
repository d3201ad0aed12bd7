import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyText } from './testing/arbitraries';
import { foldPunctuation, matchTokens, stemWord, tokenize, wordsIn } from './tokenize';

const RUNS = Math.max(1, Number(process.env.FC_RUNS) || 200);

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    ['words and a possessive', 'Zelenskyy’s team agreed', ['zelenskyy', 'team', 'agreed']],
    ['a dotted abbreviation is one token', 'the U.S. envoy', ['the', 'us', 'envoy']],
    ['thousands and decimals stay whole (thousands separators dropped)', '1,300 troops and 2.5 percent', ['1300', 'troops', 'and', '2.5', 'percent']],
    ['a hyphenated word is two tokens, so 30-day yields 30', 'a 30-day truce', ['a', '30', 'day', 'truce']],
    ['inner apostrophes', "don't won’t", ['don’t'.replace('’', "'"), "won't"]],
    ['combining marks stay in the word', 'Zelenskyy met Pe\u0301rez', ['zelenskyy', 'met', 'pe\u0301rez']],
    ['astral letters', '𝐀𝐁 and 😀 emoji', ['𝐀𝐁', 'and', 'emoji']],
    ['empty', '', []],
  ];
  for (const [name, text, norms] of cases) {
    it(name, () => assert.deepEqual(tokenize(text).map((t) => t.norm), norms));
  }

  it('wordsIn gives the words of tokenize, in order, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(80), fc.string({ unit: fc.constantFrom('U.S.', 'Twenty', 'one', '1,300', ' ', 'Kyiv’s', '😀', 'said', '-'), maxLength: 30 })), (text) => {
        const words = wordsIn(text).map((w) => [w.norm, w.stem, w.numeric, w.capitalized]);
        assert.deepEqual(words, tokenize(text).map((t) => [t.norm, t.stem, t.numeric, t.capitalized]));
      }),
      { numRuns: RUNS },
    );
  });

  it('offsets point at the token in the text, within the asked range', () => {
    const text = 'Putin told Trump, the Kremlin said.';
    const tokens = tokenize(text, 6, 16);
    assert.deepEqual(
      tokens.map((t) => text.slice(t.start, t.end)),
      ['told', 'Trump'],
    );
  });

  it('marks numbers and capitalized words', () => {
    const [n, w, c] = tokenize('175 prisoners Kremlin');
    assert.equal(n.numeric, true);
    assert.equal(w.capitalized, false);
    assert.equal(c.capitalized, true);
  });

  it('the hand-written scanner gives exactly the tokens of the TOKEN expression', () => {
    const alphabet = fc.constantFrom('a', 'B', 'é', 'e\u0301', '1', '9', '.', ',', "'", '’', ' ', '-', '\n', '²', '٣', 'ß', '中', '😀', '𝐀', '\u200b', 'U.S.');
    const text = fc.oneof(fc.string({ unit: alphabet, maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), anyText(60));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const start = s.length ? a % (s.length + 1) : 0;
        const end = start + (s.length - start ? b % (s.length - start + 1) : 0);
        assert.deepEqual(tokenize(s, start, end), matchTokens(s, start, end));
      }),
      { numRuns: RUNS },
    );
  });
  it('reads every word right across more distinct spellings than its word table keeps', () => {
    // Distinct letter strings: more than the table's bound, so that it starts over midway.
    const spell = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const words = Array.from({ length: 250_000 }, (_, n) => spell(n + 26 * 26 * 26));
    const text = words.join(' ');
    assert.deepEqual(wordsIn(text).map((w) => w.norm), words);
    assert.deepEqual(tokenize(`Again ${words[0]}, ${words[200_001]}.`).map((t) => t.norm), ['again', words[0], words[200_001]]);
  });
});

describe('stemWord', () => {
  const cases: [string, string][] = [
    ['regions', 'region'],
    ['stopped', 'stop'],
    ['told', 'tell'],
    ['people', 'person'],
  ];
  for (const [word, stem] of cases) it(`${word} → ${stem}`, () => assert.equal(stemWord(word), stem));

  it('forms of one verb meet', () => {
    assert.equal(stemWord('agreed'), stemWord('agree'));
    assert.equal(stemWord('proposed'), stemWord('proposal'));
    assert.equal(stemWord('attacks'), stemWord('attacked'));
    assert.equal(stemWord('carried'), stemWord('carry'));
    assert.equal(stemWord('studied'), stemWord('studies'));
  });

  it('a noun in "ss" meets its plural', () => {
    assert.equal(stemWord('loss'), stemWord('losses'));
    assert.equal(stemWord('class'), stemWord('classes'));
  });
});

describe('foldPunctuation', () => {
  it('straightens curly quotes and dashes and plain-spaces no-break spaces', () => {
    assert.equal(foldPunctuation('“We’re ready” — said\u00a0he'), '"We\'re ready" - said he');
  });
});
