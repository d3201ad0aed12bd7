import assert from 'node:assert/strict';
import { extractProse, foldLabel } from './extractProse';

/** The prose of `markdown`, runs of blanks shown as one space. */
const prose = (markdown: string) => extractProse(markdown).masked.replace(/\s+/g, ' ').trim();
const links = (markdown: string) => extractProse(markdown).links.map((l) => [markdown.slice(l.start, l.end), l.url]);

describe('extractProse', () => {
  const cases: [string, string, string][] = [
    ['emphasis, code and HTML', '*a* **b** `c` <span>d</span> e\\*f &amp; g', 'a b d e\\*f &amp; g'],
    ['the marks of every line of a block quote', '> one\n> two\nlazy', 'one two lazy'],
    ['an image, its alt text too', 'See ![a chart](c.png) here.', 'See here.'],
    ['an autolink', 'Mail <http://example.org> now.', 'Mail now.'],
    ['a web link keeps its text', 'Read [the report](https://example.org/r) today.', 'Read the report today.'],
    ['a citation link is not prose', 'It fell ([source](../s/a.txt#L3)).', 'It fell ( ).'],
    ['a reference to no definition is plain text', 'A [b][nope] c [d].', 'A [b][nope] c [d].'],
    // Its brackets made plain must not change the blocks: no fence opened, no line indented into code.
    ['a reference to no definition opening a line', 'One.\n[```x] Two.\n\n   [a] Three.\n\nFour.', 'One. [```x] Two. [a] Three. Four.'],
    ['front matter', '---\ntitle: x\n---\nBody.', 'Body.'],
    ['an unclosed front matter fence is a rule and text', '---\ntitle: x\n\nBody.', 'title: x Body.'],
    ['lone carriage returns break lines', '# Title\rBody one.\r\rBody two.', 'Title Body one. Body two.'],
    ['setext headings', 'Title\n===\n\nBody.', 'Title Body.'],
    ['table cells without their pipes', '| a | b |\n|---|---|\n| c | d |', 'a b c d'],
    ['fenced and indented code', '```\ncode\n```\n\n    more code\n\nText.', 'Text.'],
    // Runs of letters and digits are stepped over whole: markup touching them is still read.
    ['emphasis inside and around words', 'un*frigging*believable, snake_case_name, _em_, 2*3*4', 'un frigging believable, snake_case_name, em , 2 3 4'],
    ['a hard break after a word', 'one two  \nthree\\\nfour', 'one two three four'],
    ['an entity and an escape after letters', 'AT&amp;T and x\\_y', 'AT&amp;T and x\\_y'],
  ];
  for (const [what, markdown, expected] of cases) {
    it(`reads prose: ${what}`, () => assert.equal(prose(markdown), expected));
  }

  it('keeps the text length and every line break, so offsets agree', () => {
    const md = '---\r\na: 1\r\n---\r\n> **Quote** one\r\n> two\r[x](./s.txt)\n';
    const { masked } = extractProse(md);
    assert.equal(masked.length, md.length);
    assert.deepEqual([...masked].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0), [...md].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0));
  });

  it('reads the front matter value without its fences', () => {
    assert.deepEqual(extractProse('---\r\nsources: a.txt\r\n---\r\nText.').frontMatter, { value: 'sources: a.txt', start: 0, end: 24 });
    assert.deepEqual(extractProse('---\n---\nText.').frontMatter, { value: '', start: 0, end: 7 });
  });

  it('resolves reference links, the first definition of a label winning, labels folded', () => {
    const md = 'See [a], [text][B  b] and [c][].\n\n[A]: ./x.txt\n[a]: ./y.txt\n[b b]: <./z w.txt>\n[c]: ./c\\_d.txt';
    assert.deepEqual(links(md), [['[a]', './x.txt'], ['[text][B  b]', './z w.txt'], ['[c][]', './c_d.txt']]);
    const [, , escaped] = extractProse(md).links;
    assert.equal(escaped.urlSpan, undefined, 'a destination written with escapes is not edited in place');
  });

  it('gives a footnote reference the citations of its definition', () => {
    const md = 'One.[^1] Two.[^2] Three.[^none]\n\n[^1]: [a](./a.txt#L1) and [r]\n[^2]: See\n    [b](./b.txt#L2)\n\n[r]: ./r.txt';
    assert.deepEqual(links(md), [['[^1]', './a.txt#L1'], ['[^1]', './r.txt'], ['[^2]', './b.txt#L2']]);
    assert.equal(prose(md), 'One. Two. Three.[^none]');
  });

  const citationCases: [string, string, [string, string][]][] = [
    ['a link around bracketed text', 'It grew 4%.[[1]](../a.txt) See [Smith [2020]](../b.txt).', [['[[1]](../a.txt)', '../a.txt'], ['[Smith [2020]](../b.txt)', '../b.txt']]],
    ['a link after a reference to no definition', 'It was [sic][s](../a.txt).', [['[s](../a.txt)', '../a.txt']]],
    ['a defined shortcut followed by words in parentheses', 'Per [Reuters](see below).\n\n[Reuters]: ../a.txt', [['[Reuters]', '../a.txt']]],
    ['link syntax with a caret and no footnote of that label', 'It rose [^x](../a.txt).', [['[^x](../a.txt)', '../a.txt']]],
    ['the first of two footnote definitions of a label', 'It rose.[^1]\n\n[^1]: [a](../a.txt)\n\n[^1]: [b](../b.txt)', [['[^1]', '../a.txt']]],
    ['character references in a destination', 'It rose [s](../Q&amp;A&#46;txt).', [['[s](../Q&amp;A&#46;txt)', '../Q&A.txt']]],
    ['windows line endings around an HTML line', 'A.\r\n\r\n<img src="c.png">\r\n\r\nIt rose [s](../a.txt).\r\n', [['[s](../a.txt)', '../a.txt']]],
  ];
  for (const [what, markdown, expected] of citationCases) {
    it(`finds citations: ${what}`, () => assert.deepEqual(links(markdown), expected));
  }

  it('reads table cells whatever the line endings, and a delimiter row with trailing spaces', () => {
    for (const md of ['| a | b |\r\n|---|---|\r\n| c | d |\r\n', '| a | b |\n|---|---| \n| c | d |\n']) {
      assert.deepEqual(extractProse(md).blocks.map((b) => [b.kind, md.slice(b.start, b.end).trim()]), [['tableCell', 'a'], ['tableCell', 'b'], ['tableCell', 'c'], ['tableCell', 'd']]);
    }
  });

  it("reads a source's table a row at a time and its footnote definitions, when asked", () => {
    const md = 'It rose.[^1]\n\n| Village | Sites |\n|---|---|\n| Ashcombe | 27 |\n\n[^1]: The council counted 36 sites.\n';
    const read = (options: Parameters<typeof extractProse>[1]) => {
      const prose = extractProse(md, options);
      return prose.blocks.map((b) => `${b.kind}: ${prose.masked.slice(b.start, b.end).replace(/\s+/g, ' ').trim()}`);
    };
    assert.deepEqual(read({}), ['paragraph: It rose.', 'tableCell: Village', 'tableCell: Sites', 'tableCell: Ashcombe', 'tableCell: 27']);
    assert.deepEqual(read({ tableRows: true, footnotes: true }), ['paragraph: It rose.', 'tableHeader: | Village | Sites |', 'tableRow: | Ashcombe | 27 |', 'paragraph: The council counted 36 sites.']);
  });

  it('reads sourceline-disable comments', () => {
    const md = 'A.\n\n<!-- sourceline-disable-next-line -->\nB.\n\n<!-- sourceline-disable -->\nC.\n<!-- sourceline-enable -->\nD.';
    const { disabled } = extractProse(md);
    assert.deepEqual(disabled.map((d) => md.slice(d.start, d.end).trim()), ['B.', 'C.']);
  });

  it('folds labels as CommonMark compares them', () => {
    assert.equal(foldLabel('  Foo\t\nBAR '), foldLabel('foo bar'));
    assert.equal(foldLabel('Straße'), foldLabel('STRASSE'));
  });
});
