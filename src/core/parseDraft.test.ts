import assert from 'node:assert/strict';
import { parseDraft, readFrontMatter } from './parseDraft';

const sentences = (markdown: string) => parseDraft(markdown, '/ws/drafts/a.md').sentences.map((s) => s.text);

describe('parseDraft', () => {
  it('reads prose of paragraphs, list items, blockquotes and table cells, not headings or code', () => {
    const md = [
      '# A title is not a claim',
      '',
      'A paragraph sentence. Another one.',
      '',
      '- A list item.',
      '  - A nested item.',
      '',
      '> A quoted block.',
      '',
      '| Who | What |',
      '| --- | --- |',
      '| Putin | Agreed to a pause. |',
      '',
      '```',
      'Code is not prose.',
      '```',
      '',
      '    Indented code is not prose either.',
      '',
      '<!-- A comment is not prose. -->',
    ].join('\n');
    assert.deepEqual(sentences(md), ['A paragraph sentence.', 'Another one.', 'A list item.', 'A nested item.', 'A quoted block.', 'Who', 'What', 'Putin', 'Agreed to a pause.']);
  });

  it('resolves front matter sources against the draft folder', () => {
    const draft = parseDraft('---\nsources:\n  - ../sources/article.txt\n  - notes.md\n---\nText here.', '/ws/drafts/a.md');
    assert.deepEqual(draft.frontMatterSources, ['/ws/sources/article.txt', '/ws/drafts/notes.md']);
    assert.equal(draft.frontMatterError, undefined);
  });

  it('explains malformed front matter', () => {
    assert.match(parseDraft('---\nsources: [unclosed\n---\nText.', '/ws/a.md').frontMatterError ?? '', /not valid YAML/);
    // Read alone, as the extension reads it before checking, with the line counted in the draft.
    assert.deepEqual(readFrontMatter('---\nsources:\n  - a.txt\n - b.txt\n---\nText.', '/ws/a.md').frontMatterError?.match(/\(line \d+, column \d+\)$/)?.[0], '(line 4, column 2)');
    assert.deepEqual(readFrontMatter('---\nsources: [../s/a.txt]\n---\nText.', '/ws/d/a.md'), { frontMatterSources: ['/ws/s/a.txt'] });
    assert.deepEqual(readFrontMatter('No front matter.', '/ws/a.md'), { frontMatterSources: [] });
    assert.match(parseDraft('---\nsources: 3\n---\nText.', '/ws/a.md').frontMatterError ?? '', /must be a path or a list of paths/);
  });

  it('attaches inline, reference and footnote citations to their sentence, with line ranges', () => {
    const md = [
      'First claim ([src](../s/a.txt#L13)). Second claim [ref][r]. Third claim.[^1]',
      '',
      '[r]: ../s/a.txt#L13-L15',
      '[^1]: [a](../s/a.txt#L2)',
    ].join('\n');
    const draft = parseDraft(md, '/ws/drafts/a.md');
    const cited = draft.sentences.map((s) => s.citations.map((c) => [c.path, c.lines?.from, c.lines?.to]));
    assert.deepEqual(cited, [[['/ws/s/a.txt', 13, 13]], [['/ws/s/a.txt', 13, 15]], [['/ws/s/a.txt', 2, 2]]]);
  });

  it('does not treat web links or anchors as citations', () => {
    const draft = parseDraft('See [the site](https://example.org/a.txt) and [below](#notes).', '/ws/a.md');
    assert.deepEqual(draft.sentences[0].citations, []);
  });

  it('finds quotations with their spans, without the marks', () => {
    const md = 'He said "two words" and “curly ones” here.';
    const [s] = parseDraft(md, '/ws/a.md').sentences;
    assert.deepEqual(s.quotes.map((q) => md.slice(q.start, q.end)), ['two words', 'curly ones']);
  });

  it('keeps offsets of the original text through CRLF and markup', () => {
    const md = '**Bold** start.\r\nNext *line* here.';
    const draft = parseDraft(md, '/ws/a.md');
    for (const s of draft.sentences) assert.equal(md.slice(s.start, s.end), s.text);
    assert.deepEqual(draft.sentences.map((s) => s.tokens.map((t) => t.norm)), [['bold', 'start'], ['next', 'line', 'here']]);
  });
});
