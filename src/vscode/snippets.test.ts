import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft } from '../core/parseDraft';

/** The snippets the extension contributes (package.json points at this file). */
const ROOT = join(__dirname, '../..');
const SNIPPETS: Record<string, { prefix: string; body: string[] }> = JSON.parse(readFileSync(join(ROOT, 'snippets/markdown.json'), 'utf8'));

/** A snippet as VS Code inserts it when the writer accepts every placeholder's default. */
function expand(prefix: string): string {
  const snippet = Object.values(SNIPPETS).find((s) => s.prefix === prefix);
  assert.ok(snippet, `a snippet with the prefix ${prefix}`);
  return snippet.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

const DRAFT = '/w/drafts/notes.md';

describe('snippets', () => {
  it('are contributed for markdown, with the prefixes the README lists', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
    const prefixes = Object.values(SNIPPETS).map((s) => s.prefix);
    assert.deepEqual(prefixes, ['sources', 'quote', 'footnote', 'sourceline-disable', 'sourceline-enable', 'sourceline-disable-next-line']);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const prefix of prefixes) assert.ok(readme.includes(`\`${prefix}\``), `README names ${prefix}`);
  });

  it('"sources" writes front matter that names the draft\'s sources', () => {
    const draft = parseDraft(`${expand('sources')}Trump spoke with Putin.\n`, DRAFT);
    assert.equal(draft.frontMatterError, undefined);
    assert.deepEqual(draft.frontMatterSources, ['/w/drafts/sources/article.txt']);
    assert.deepEqual(draft.sentences.map((s) => s.text), ['Trump spoke with Putin.']);
  });

  it('"quote" writes a quotation cited to a source line', () => {
    const [sentence] = parseDraft(`${expand('quote')}\n`, DRAFT).sentences;
    assert.equal(sentence.quotes.length, 1);
    assert.deepEqual(sentence.citations.map((c) => [c.path, c.lines]), [['/w/drafts/sources/article.txt', { from: 1, to: 1 }]]);
  });

  it('"footnote" writes a reference and its definition, which cites a source line', () => {
    const [sentence] = parseDraft(`The truce held.${expand('footnote')}\n`, DRAFT).sentences;
    assert.deepEqual(sentence.citations.map((c) => [c.path, c.lines]), [['/w/drafts/sources/article.txt', { from: 1, to: 1 }]]);
  });

  it('the disable snippets turn checking off where they say', () => {
    const region = expand('sourceline-disable').replace('\n\n', '\nThe governor opened a bridge.\n');
    const text = `${region}\n\n${expand('sourceline-disable-next-line')}\nThe mayor closed a road.\n\nThe council met.\n`;
    const disabled = parseDraft(text, DRAFT).sentences.map((s) => [s.text, s.disabled]);
    assert.deepEqual(disabled, [
      ['The governor opened a bridge.', true],
      ['The mayor closed a road.', true],
      ['The council met.', false],
    ]);
    assert.equal(expand('sourceline-enable'), '<!-- sourceline-enable -->');
  });
});
