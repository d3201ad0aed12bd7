import assert from 'node:assert/strict';
import { checkDraft } from '../core/checkDraft';
import { parseDraft } from '../core/parseDraft';
import { SourceIndex } from '../core/SourceIndex';
import { hoverMarkdown } from './hoverMarkdown';

const SOURCE = [
  'Trump and Putin have agreed to a temporary halt in strikes against energy facilities.',
  '“We need to understand what the conversation is about,” Zelenskyy said.',
  'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday, the Kremlin said.',
  '',
].join('\n');

const DRAFT = [
  'Trump and Putin agreed to a temporary halt in strikes against energy facilities ([source](../src/a.txt#L1)).',
  '',
  '"We need to know what the conversation is about," Zelenskyy said.',
  '',
  'Russia and Ukraine will exchange 157 prisoners of war on Wednesday.',
  '',
  'Here is what we know ([notes](../src/missing.txt#L2)).',
  '',
].join('\n');

describe('hoverMarkdown', () => {
  const index = new SourceIndex([{ path: '/w/src/a.txt', text: SOURCE }]);
  const draft = parseDraft(DRAFT, '/w/drafts/d.md');
  const checked = { draft, index, result: checkDraft(draft, index) };
  const linkTo = (path: string, span: { start: number; end: number }) => `open:${path}@${span.start}-${span.end}`;
  const at = (text: string, delta = 1) => hoverMarkdown(checked, DRAFT.indexOf(text) + delta, linkTo) ?? '';

  it('on a sentence: the supporting sentence with score and a link to it', () => {
    const hover = at('temporary');
    assert.match(hover, /^\*\*\d+% match\*\* · \[a\\\.txt:1\]\(open:\/w\/src\/a\.txt@0-85\)/);
    assert.match(hover, /> Trump and Putin have agreed to a temporary halt/);
    assert.match(hover, /Draft → source: .*\*\*have\*\* agreed/);
  });

  it('on a misquote: the closest passage, its speaker and a word diff', () => {
    const hover = at('know what');
    assert.match(hover, /^\*\*not verbatim: the closest passage has \d+% of its words\*\* · speaker: Zelenskyy · \[a\\\.txt:2\]/);
    assert.match(hover, /Draft → source: We need to ~~know~~ \*\*understand\*\* what/);
  });

  it('on a short misquote: the passage the diagnostic gives, where the sentence rests', () => {
    const sources = new SourceIndex([
      { path: '/w/src/b.txt', text: 'The council said the plan would destroy the old market.\nMayor Ortiz warned that cutting the grant would weaken the library.\n' },
    ]);
    const text = 'Ortiz warned that cutting the grant would "destroy the library."\n';
    const quoted = parseDraft(text, '/w/drafts/q.md');
    const result = checkDraft(quoted, sources);
    const hover = hoverMarkdown({ draft: quoted, index: sources, result }, text.indexOf('destroy') + 1, linkTo) ?? '';
    assert.equal(result.findings[0]?.message, 'The source words differ: "weaken the library" (b.txt:2)');
    assert.match(hover, /\[b\\\.txt:2\]/);
    assert.match(hover, /Draft → source: ~~destroy~~ \*\*weaken\*\* the library/);
  });

  it('on a sentence with a wrong number: the diff shows it', () => {
    assert.match(at('exchange 157'), /~~157~~ \*\*175\*\*/);
  });

  it('on a citation: the cited lines', () => {
    const hover = at('a.txt#L1');
    assert.match(hover, /^\*\*cited lines\*\* · \[a\\\.txt:1\]/);
    assert.match(hover, /> Trump and Putin have agreed/);
  });

  it('on a citation of a file that is not a source: says so', () => {
    assert.match(at('missing.txt'), /`\.\.\/src\/missing\.txt#L2` is not one of the sources/);
  });

  it('outside every sentence: nothing', () => {
    assert.equal(hoverMarkdown(checked, DRAFT.length, linkTo), undefined);
  });

  it('on a sentence resting on a table row: the row under its header', () => {
    const table = new SourceIndex([{ path: '/w/src/sites.md', text: '| Village | Flooded sites | Total sites |\n|---|---|---|\n| Ashcombe | 27 | 52 |\n' }]);
    const text = 'In Ashcombe, 29 of 52 sites flooded.\n';
    const rows = parseDraft(text, '/w/drafts/d.md');
    const hover = hoverMarkdown({ draft: rows, index: table, result: checkDraft(rows, table) }, 5, linkTo) ?? '';
    assert.match(hover, /> \*Village \\\| Flooded sites \\\| Total sites\*\\\n> Ashcombe \\\| 27 \\\| 52/);
  });
});
