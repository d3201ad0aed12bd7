import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from './splitSentences';

const split = (text: string, lineBreaks: 'soft' | 'hard' = 'soft') => splitSentences(text, 0, text.length, { lineBreaks }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits the reference article into its 30 sentences, exactly', () => {
    const article = readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8');
    const sentences = split(article, 'hard');
    assert.equal(sentences.length, 30);
    assert.deepEqual(
      sentences.map((s) => s.slice(0, 40)),
      [
        'U.S President Donald Trump and his Russi',
        'The White House hailed it as the first s',
        'However, there was no evidence that Puti',
        'Shortly after the call ended, Kyiv’s air',
        'Putin during the call reiterated his dem',
        'Russia also wants Ukraine to pull back i',
        'Ukrainian President Volodymyr Zelenskyy ',
        'Zelenskyy said he was seeking more detai',
        '“We need to understand what the conversa',
        '“What are the details? And hopefully, we',
        'He added: “There are two sides in this w',
        'Ukrainian officials earlier this month p',
        'Trump immediately cheered Tuesday’s deve',
        'Putin also told Trump that Russia and Uk',
        'The limited pause comes as Trump still h',
        'Ukrainian officials last week agreed to ',
        'Zelenskyy, however, remains sceptical th',
        'The Trump-Putin engagement is just the l',
        'The plant is a significant asset, produc',
        'After a disastrous Feb. 28 White House m',
        'It was restored after the Ukrainians las',
        'In his dealings with Zelenskyy and Putin',
        'Putin has “the cards” and Zelenskyy does',
        'Trump, who has long shown admiration for',
        'Ukraine’s army stunned Russia in August ',
        'But Ukraine’s forces are now in retreat ',
        'The White House said Trump and Putin als',
        'US officials have previously stated that',
        'The United States has also claimed that ',
        'According to the Kremlin, Trump also exp',
      ],
    );
    for (const s of sentences) assert.match(s, /[.”]$/, `ends like a sentence: ${s}`);
  });

  const cases: [string, string, string[]][] = [
    ['abbreviations', 'Mr. Smith met Dr. Jones on Feb. 3. They talked.', ['Mr. Smith met Dr. Jones on Feb. 3.', 'They talked.']],
    ['U.S. forms', 'U.S. officials spoke. The U.S.-Russia talks went on.', ['U.S. officials spoke.', 'The U.S.-Russia talks went on.']],
    ['initials', 'Thomas K. Arnold wrote it. He left.', ['Thomas K. Arnold wrote it.', 'He left.']],
    ['decimals and thousands', 'It grew 2.5 percent to 1,300 units. Then it fell.', ['It grew 2.5 percent to 1,300 units.', 'Then it fell.']],
    ['ellipsis before lower case', 'We will... maybe later. Done.', ['We will... maybe later.', 'Done.']],
    ['quotation of several sentences', '"We came. We saw." He left.', ['"We came. We saw."', 'He left.']],
    ['question and exclamation', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['no final newline or period', 'One sentence. And a fragment', ['One sentence.', 'And a fragment']],
    ['CRLF', 'First one.\r\nSecond one.', ['First one.', 'Second one.']],
    ['em dash and colon stay inside', 'He added: "Two sides — Russia and Ukraine." Next.', ['He added: "Two sides — Russia and Ukraine."', 'Next.']],
    ['empty', '   ', []],
  ];
  for (const [name, text, expected] of cases) {
    it(`handles ${name}`, () => assert.deepEqual(split(text), expected));
  }

  it('treats line breaks of plain text as ends of headings and list lines', () => {
    assert.deepEqual(split('Media Play News\nBringing Entertainment Home\nWe cover all of it.', 'hard'), [
      'Media Play News',
      'Bringing Entertainment Home',
      'We cover all of it.',
    ]);
  });

  it('joins a line wrapped in the middle of a sentence', () => {
    assert.deepEqual(split('Trump and\nPutin agreed to a halt.', 'hard'), ['Trump and\nPutin agreed to a halt.']);
  });
});
