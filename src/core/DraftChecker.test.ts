import assert from 'node:assert/strict';
import { checkDraft, type CheckOptions, type CheckResult } from './checkDraft';
import { DraftChecker } from './DraftChecker';
import { parseDraft, type Draft } from './parseDraft';
import { SourceIndex } from './SourceIndex';

const SOURCE = `Harbor officials in Vantross reopened the northern grain terminal on Monday after a 12-day closure.
Port Director Mara Ellison said 340 trucks had been waiting outside the gates since the storm.
"We cleared the backlog faster than anyone expected," Ellison said.
She added: "The terminal will stay open through the weekend."
The city council approved a 4.5 million dollar repair budget for the damaged breakwater, according to the mayor's office.
Union leader Tomas Brekke told reporters that dock workers would accept the new shift schedule.

Shipping Minister Lena Okoro said the ministry expected exports to rise by a quarter next year.
Okoro said the government would not extend the fuel subsidy beyond March.
`;

const SOURCE_PATH = '/w/sources/port.txt';
const DRAFT_PATH = '/w/drafts/port.md';

const DRAFT = `---
title: Port reopens
sources:
  - ../sources/port.txt
---

# Port reopens

Harbor officials in Vantross reopened the northern grain terminal on Monday after a 12-day closure.
Ellison said 430 trucks had been waiting outside the gates since the storm ([source](../sources/port.txt#L2)).

"We cleared the backlog faster than anyone expected," Brekke said. She added: "The terminal will stay open through the weekend."

The city council approved a 4.5 million dollar repair budget for the breakwater.[^1]

- Okoro said the ministry expected exports to rise by a third next year.
- Dock workers would accept the new shift schedule, Brekke told reporters.

| claim | note |
|---|---|
| The terminal reopened on Tuesday. | wrong day |

\`\`\`text
"We cleared nothing," Ellison said.
\`\`\`

Okoro said the government would extend the fuel subsidy beyond March.
Here is what we know so far.

[^1]: [port](../sources/port.txt#L5)
`;

const OPTIONS: CheckOptions = { fileExists: (path) => path === SOURCE_PATH };

function expected(index: SourceIndex, text: string) {
  return checkDraft(parseDraft(text, DRAFT_PATH), index, OPTIONS);
}

/** Checks `text` through the checker and asserts it equals a full parse and check. */
function assertSame(checker: DraftChecker, index: SourceIndex, text: string, label: string): void {
  const got = checker.check(text, DRAFT_PATH);
  const want = expected(index, text);
  assert.deepStrictEqual(got, want, `result after: ${label}`);
  // The support's tokens and missing words are computed when read (the hover's word diff, the
  // reversal checks), not compared above.
  const tokensOf = (r: CheckResult) => r.sentences.map((s) => s.support?.tokens);
  assert.deepStrictEqual(tokensOf(got), tokensOf(want), `support tokens after: ${label}`);
  const missingOf = (r: CheckResult) => r.sentences.map((s) => s.support?.missing);
  assert.deepStrictEqual(missingOf(got), missingOf(want), `support's missing words after: ${label}`);
  assert.deepStrictEqual(asData(checker.draft!), asData(parseDraft(text, DRAFT_PATH)), `draft after: ${label}`);
}

/** A draft as plain data: sentences whose tokens are computed when read become plain objects. */
function asData(draft: Draft) {
  return { ...draft, sentences: draft.sentences.map((s) => ({ ...s, tokens: s.tokens })) };
}

function replace(text: string, find: string, by: string): string {
  const at = text.indexOf(find);
  assert.ok(at >= 0, `fixture holds ${JSON.stringify(find)}`);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

/** mulberry32, for a reproducible sequence of random edits. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('DraftChecker', () => {
  const index = new SourceIndex([{ path: SOURCE_PATH, text: SOURCE }]);

  it('gives the same result as checkDraft on a first check', () => {
    const checker = new DraftChecker(index, OPTIONS);
    assertSame(checker, index, DRAFT, 'first check');
    assert.ok(checker.check(DRAFT, DRAFT_PATH).findings.length > 0);
  });

  it('gives the same result as checkDraft after each of a sequence of edits', function () {
    // Each step parses and checks three times; a loaded machine needs more than the default.
    this.timeout(120_000);
    const checker = new DraftChecker(index, OPTIONS);
    const edits: [string, (t: string) => string][] = [
      ['typing inside a word', (t) => replace(t, 'northern grain', 'northern graiin')],
      ['fixing it again', (t) => replace(t, 'graiin', 'grain')],
      ['renaming the speaker a pronoun refers to', (t) => replace(t, 'anyone expected," Brekke said.', 'anyone expected," Ellison said.')],
      ['a number', (t) => replace(t, '430 trucks', '340 trucks')],
      ['splitting a paragraph with a blank line', (t) => replace(t, 'closure.\nEllison', 'closure.\n\nEllison')],
      ['joining it again', (t) => replace(t, 'closure.\n\nEllison', 'closure.\nEllison')],
      ['adding a footnote reference', (t) => replace(t, 'through the weekend."', 'through the weekend."[^1]')],
      ['editing a footnote definition', (t) => replace(t, '#L5)', '#L6)')],
      ['opening a code fence mid-draft', (t) => replace(t, '- Okoro said', '```\n- Okoro said')],
      ['closing it', (t) => replace(t, '- Dock workers', '```\n- Dock workers')],
      ['removing both fences', (t) => t.replace('```\n- Okoro said', '- Okoro said').replace('```\n- Dock workers', '- Dock workers')],
      ['indenting a line after a list', (t) => replace(t, '\n\n| claim', '\n\n  continued item text about Okoro.\n\n| claim')],
      ['a disable comment', (t) => replace(t, 'Okoro said the government', '<!-- sourceline-disable-next-line -->\nOkoro said the government')],
      ['removing it', (t) => replace(t, '<!-- sourceline-disable-next-line -->\n', '')],
      ['editing the front matter', (t) => replace(t, 'title: Port reopens', 'title: The port reopens')],
      ['typing at the very end', (t) => t + '\nBrekke said the union would strike.'],
      ['typing at the very start', (t) => 'Intro line.\n\n' + t],
      ['a table cell', (t) => replace(t, 'on Tuesday', 'on Monday')],
      ['an HTML comment across a blank line', (t) => replace(t, 'Here is what', '<!--\n\nnote\n-->\nHere is what')],
      ['a reference definition', (t) => t + '\n[port]: ../sources/port.txt#L7\n'],
      ['a reference link using it', (t) => replace(t, 'the breakwater.', 'the breakwater [port].')],
      ['a definition whose label matches only under full case folding', (t) => t + '\n[STRASSE]: ../sources/port.txt#L2\n'],
      ['a reference link to it written with ß', (t) => replace(t, 'The city council approved', 'The [Straße] council approved')],
      ['windows line endings', (t) => t.replace(/\n/g, '\r\n')],
      ['typing with windows line endings', (t) => replace(t, 'exports to rise', 'exports to climb')],
      ['back to unix line endings', (t) => t.replace(/\r\n/g, '\n')],
      ['undo to the original', () => DRAFT],
      ['deleting everything', () => ''],
      ['retyping', () => DRAFT],
    ];
    let text = DRAFT;
    assertSame(checker, index, text, 'start');
    for (const [label, edit] of edits) {
      text = edit(text);
      assertSame(checker, index, text, label);
    }
  });

  // One seed in `npm test`; `npm run fuzz` (FC_RUNS set) tries a new seed per hundred runs;
  // FC_SEED replays one.
  const seeds = process.env.FC_SEED ? [Number(process.env.FC_SEED)] : process.env.FC_RUNS ? Array.from({ length: Math.ceil(Number(process.env.FC_RUNS) / 100) }, () => Math.floor(Math.random() * 2 ** 31)) : [42];
  for (const seed of seeds) it(`gives the same result as checkDraft after random edits (seed ${seed})`, function () {
    this.timeout(0);
    const checker = new DraftChecker(index, OPTIONS);
    const next = random(seed);
    const snippets = ['e', ' ', '.', '\n', '\n\n', 'Ellison said ', '"', '“', '”', '```', '[^1]', '- ', '  ', '<!--', '-->', '340', 'She added: ', '[source](../sources/port.txt#L3)', '[^1]: x\n', '|', '# ', '---\n', '[Port][]', '[see][PORT]', '\n[port]: ../sources/port.txt#L2\n', '[^2]', '\n[^2]: [port](../sources/port.txt#L6)\n'];
    let text = DRAFT;
    for (let step = 0; step < 80; step++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.4 && text.length) {
        text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 12));
      } else {
        text = text.slice(0, at) + snippets[Math.floor(next() * snippets.length)] + text.slice(at);
      }
      assertSame(checker, index, text, `random edit ${step}`);
      // A first check parsing in runs (one per top-level block) gives the same draft and result.
      assertSame(new DraftChecker(index, OPTIONS, 1), index, text, `random edit ${step}, parsed in runs`);
    }
  });

  it('parses a long draft in runs of blocks, pausing between them, into the same draft', () => {
    const pauses = (parseRun?: number) => {
      const steps = new DraftChecker(index, OPTIONS, parseRun).checkSteps(DRAFT, DRAFT_PATH, 0);
      let count = 0;
      for (let step = steps.next(); !step.done; step = steps.next()) count++;
      return count;
    };
    assert.ok(pauses(1) > pauses(), 'more pauses when parsing in runs');
    assertSame(new DraftChecker(index, OPTIONS, 1), index, DRAFT, 'first check, parsed in runs');
    assertSame(new DraftChecker(index, OPTIONS, 200), index, DRAFT, 'first check, parsed in runs of 200 characters');
  });

  it('gives a run that uses a definition written right after the front matter that definition alone', () => {
    // Front matter holding a fence opener or an HTML comment, read as markdown, would swallow the run.
    for (const frontMatter of ['---\nnote: |\n  ```\n---\n', '---\nnote: <!--\n---\n']) {
      const filler = Array.from({ length: 60 }, () => 'It was quiet.').join('\n\n');
      const text = `${frontMatter}[a]: ../sources/port.txt#L40\n\n${filler}\n\nOkoro said the government would not extend the fuel subsidy beyond March [a].\n`;
      const runs = new DraftChecker(index, OPTIONS, 100);
      assertSame(runs, index, text, `runs after front matter ${JSON.stringify(frontMatter)}`);
      assert.ok(runs.check(text, DRAFT_PATH).findings.some((f) => f.code === 'broken-citation'));
    }
  });

  it('reuses the results of sentences an edit did not touch', () => {
    const checker = new DraftChecker(index, OPTIONS);
    const before = checker.check(DRAFT, DRAFT_PATH);
    const after = checker.check(replace(DRAFT, 'expected exports to rise by a third', 'expected exports to rise by a quarter'), DRAFT_PATH);
    assert.equal(after.sentences[0], before.sentences[0]);
    assert.notEqual(after.sentences.at(-1), before.sentences.at(-1));
    assert.deepStrictEqual(after.sentences.at(-1)?.findings.map((f) => f.code), before.sentences.at(-1)?.findings.map((f) => f.code));
  });

  it('stops when asked and finishes the same check later', () => {
    const checker = new DraftChecker(index, OPTIONS);
    let asked = 0;
    assert.equal(checker.checkIncrementally(DRAFT, DRAFT_PATH, () => ++asked >= 2), undefined);
    assert.equal(asked, 2);
    assert.equal(checker.draft, undefined);
    assert.deepStrictEqual(checker.checkIncrementally(DRAFT, DRAFT_PATH, () => false), expected(index, DRAFT));
  });

  it('checks in slices through checkSteps', () => {
    const checker = new DraftChecker(index, OPTIONS);
    const steps = checker.checkSteps(DRAFT, DRAFT_PATH, 0);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses > 1);
    assert.deepStrictEqual(step.value, expected(index, DRAFT));
  });

  it('starts over for another path', () => {
    const checker = new DraftChecker(index, OPTIONS);
    checker.check(DRAFT, DRAFT_PATH);
    const other = '/w/other/notes.md';
    assert.deepStrictEqual(checker.check(DRAFT, other), checkDraft(parseDraft(DRAFT, other), index, OPTIONS));
  });
});
