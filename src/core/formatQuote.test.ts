import assert from 'node:assert/strict';
import { checkDraft } from './checkDraft';
import { citationTarget, formatQuote } from './formatQuote';
import { parseDraft } from './parseDraft';
import { SourceIndex } from './SourceIndex';

describe('formatQuote', () => {
  const cases: { name: string; input: Parameters<typeof formatQuote>[0]; expected: string }[] = [
    {
      name: 'inline',
      input: { text: 'Iran has helped Russia.', path: '../sources/a.txt', from: 13, style: 'inline' },
      expected: '"Iran has helped Russia." ([source](../sources/a.txt#L13))',
    },
    {
      name: 'blockquote',
      input: { text: 'Iran has helped Russia.', path: '../sources/a.txt', from: 13, style: 'blockquote' },
      expected: '> Iran has helped Russia.\n>\n> — [source](../sources/a.txt#L13)',
    },
    {
      name: 'a sentence over two lines',
      input: { text: 'Iran has\n  helped Russia.', path: 'a.txt', from: 3, to: 4, style: 'inline' },
      expected: '"Iran has helped Russia." ([source](a.txt#L3-L4))',
    },
    {
      name: 'quotation marks inside an inline quote',
      input: { text: '“We agree,” he said. "Fine."', path: 'a.txt', from: 1, style: 'inline' },
      expected: `"‘We agree,’ he said. 'Fine.'" ([source](a.txt#L1))`,
    },
    {
      name: 'quotation marks inside a blockquote',
      input: { text: '“We agree,” he said.', path: 'a.txt', from: 1, style: 'blockquote' },
      expected: '> “We agree,” he said.\n>\n> — [source](a.txt#L1)',
    },
    {
      name: 'empty text',
      input: { text: '', path: 'a.txt', from: 1, style: 'inline' },
      expected: '"" ([source](a.txt#L1))',
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(formatQuote(input), expected));
  }

  it('writes a quote that the checker finds verbatim and correctly cited', () => {
    const source = 'Intro line.\n“We need to understand what the conversation is about,” Zelenskyy said.\n';
    const index = new SourceIndex([{ path: '/w/my sources/talk.txt', text: source }]);
    for (const style of ['inline', 'blockquote'] as const) {
      const quote = formatQuote({ text: index.sentences[1].text, path: '../my sources/talk.txt', from: 2, style });
      const draft = parseDraft(`# Draft\n\n${quote}\n`, '/w/drafts/d.md');
      assert.deepEqual(draft.sentences.flatMap((s) => s.citations.map((c) => [c.path, c.lines])), [['/w/my sources/talk.txt', { from: 2, to: 2 }]]);
      assert.deepEqual(checkDraft(draft, index).findings, [], style);
    }
  });
});

describe('citationTarget', () => {
  it('encodes path segments but keeps the folders and the line fragment', () => {
    assert.equal(citationTarget('../my notes/a#1.txt', 7, 9), '../my%20notes/a%231.txt#L7-L9');
  });
});
