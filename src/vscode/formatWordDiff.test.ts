import assert from 'node:assert/strict';
import { escapeMarkdown, formatWordDiff } from './formatWordDiff';

describe('formatWordDiff', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['a changed word', 'We need to know what', 'We need to understand what', 'We need to ~~know~~ **understand** what'],
    ['the same after folding case, quotes, dashes and spaces', '"Two sides - Russia"', '“two  sides — Russia”', undefined],
    ['an added word', 'a halt', 'a temporary halt', 'a **temporary** halt'],
    ['markdown characters', 'cut *aid* to_Kyiv', 'cut aid to_Kiev', 'cut ~~\\*~~aid~~\\* to\\_Kyiv~~ **to\\_Kiev**'],
    ['empty input', '', '', undefined],
  ];
  for (const [name, draft, source, expected] of cases) it(name, () => assert.equal(formatWordDiff(draft, source), expected));
});

describe('escapeMarkdown', () => {
  it('escapes markup characters', () => assert.equal(escapeMarkdown('a_b [c](d) #1'), 'a\\_b \\[c\\]\\(d\\) \\#1'));
});
