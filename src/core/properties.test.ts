import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import fc from 'fast-check';
import { anyText } from './testing/arbitraries';
import { checkDraft, FINDING_CODES, lineStarts, parseDraft, positionAt, SourceIndex, splitSentences, type Finding, type Span } from '.';
import { relativePath, resolvePath } from './paths';
import { findQuotedRanges, wrapWidthOf } from './splitSentences';

// Property-based tests of the core over generated and mutated markdown and source text.
// `npm test` runs a fast slice; `npm run fuzz` runs FC_RUNS=2000. A failure prints the seed and
// path: re-run it with FC_SEED=<seed> FC_PATH=<path>.
const RUNS = Math.max(1, Number(process.env.FC_RUNS) || 20);
// `npm test` runs a fixed slice (the same cases on every machine, so CI is reproducible);
// `npm run fuzz` (FC_RUNS set) draws a new seed each run, printed by fast-check on a failure.
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.FC_RUNS ? undefined : 20261125;
const PATH = process.env.FC_PATH || undefined;
// Generous for `npm test` on a busy machine; none for an explicit FC_RUNS (a fuzz run takes long).
const TIMEOUT = process.env.FC_RUNS ? 0 : 120_000;
const params = (factor = 1): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(RUNS * factor)), seed: SEED, path: PATH, endOnFailure: true });

const ARTICLE = readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8');
const ARTICLE_PATH = '/w/sources/article.txt';
const DRAFT_PATH = '/w/drafts/draft.md';
const articleIndex = new SourceIndex([{ path: ARTICLE_PATH, text: ARTICLE }]);

/** Realistic drafts about the article, with one planted error of every kind. */
const SEED_DRAFTS = [
  `---
title: Energy pause
sources:
  - ../sources/article.txt
---
# Energy pause

Trump and Putin agreed to a temporary halt in strikes against energy facilities ([source](../sources/article.txt#L1)).

Putin told Trump that Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday, the Kremlin said.

"We need to understand what the talks are about," Zelenskyy said.

"There are two sides in this war — Russia and Ukraine," Putin added.

Ukrainian officials last week agreed to the 60-day ceasefire proposal during talks in Saudi Arabia.[^1]

The plant produced nearly a quarter of Ukraine’s electricity before the war ([article](../sources/article.txt#L3)).

See [the notes](../sources/missing.txt#L2) and [line 99](../sources/article.txt#L99).

<!-- sourceline-disable-next-line -->
Putin said "nothing of the sort" on 12 occasions.

Here is what we know.

[^1]: [article, line 14](../sources/article.txt#L14)
`,
  `- Zelenskyy told reporters that Ukraine is open to any proposals that lead to a sustainable and just peace.
- The White House said Trump and Putin agreed “Iran should never be in a position to attack Israel.”
  - Russia will also hand over to Ukraine 32 badly wounded soldiers, the Kremlin said.

| claim | source |
|---|---|
| Putin has “the cards” and Zelenskyy does not, Putin has said repeatedly. | [L21](../sources/article.txt#L21) |
| Ukraine’s army took control of an estimated 1,500 square kilometers of land. | [L23][ref] |

> “We need to understand what the conversation is about,” Trump said. He added: “Trying to negotiate without Ukraine, in my view, will be productive.”

[ref]: ../sources/article.txt#L22 "article"

<!-- sourceline-disable -->
Putin said 99 things.
<!-- sourceline-enable -->

\`\`\`text
"not checked" 999
\`\`\`
`,
  ARTICLE,
];

// ---------------------------------------------------------------------------------------------
// Generators

const ARTICLE_WORDS = ARTICLE.split(/\s+/).filter(Boolean);
const ARTICLE_SENTENCES = ARTICLE.split('\n').flatMap((line) => line.split(/(?<=[.”])\s+(?=[A-Z“])/)).filter(Boolean);

const UNICODE = [
  '😀', '👩‍👩‍👧‍👦', '🇺🇦', '✊🏽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠀀𠀁', '𓀀', '\u{10FFFD}', // astral, ZWJ sequences, flags
  'e\u0301', '\u0301', 'a\u0308\u0323', 'Zelens\u0301kyy', // combining marks, also leading
  'مرحبا بالعالم.', 'שָׁלוֹם', 'Путин сказал', '\u202eevil\u202c', '\u200f', '\u200e', '\u2066x\u2069', // RTL, bidi controls
  '\u200b', '\ufeff', '\u00ad', '\u2028', '\u2029', '\u00a0', '\u3000', '\t', '\v', '\f', '\u0085', // invisible, odd spaces
  'İstanbul', 'ß', 'ǅ', 'ﬁ', 'Ω', '١٢٣', '½', '²', // case mappings that change length, other digits
];
const PUNCTUATION = [
  '.', '!', '?', '…', '...', '?!', '. . .', ',', ';', ':', '—', '–', '-', '"', '“', '”', '‘', '’', "'", '«', '»', '„',
  '(', ')', '[', ']', '{', '}', '*', '**', '_', '__', '`', '~~', '#', '>', '|', '\\', '<', '&amp;', '&#8220;', '&',
  '[^1]', '[^x]', '\\*', '<br>', '<b>', '</b>', '<!--', '-->', '![img](pic.png)', '<http://example.com>', '[ref]', '[]',
];
const NUMBERS = ['175', '157', '23', '32', '1,300', '1.300', '30-day', '60-day', 'Feb. 28', 'a quarter', 'half', 'twenty-three', 'two', '2.5', '1e9', '99999999999999999999999', '0.000001', '-5', '1/2', '3rd', '100%', '$1.5 billion', '0x1F'];
const SPEAKERS = ['Putin said', 'said Zelenskyy', 'according to the Kremlin', 'He added:', 'She said', 'They said', 'Trump told reporters', 'the White House said', 'Zelenskyy has said', 'Ukrainian President Volodymyr Zelenskyy said'];
const LINK_TARGETS = [
  '../sources/article.txt', '../sources/article.txt#L13', '../sources/article.txt#L9-L10', '../sources/article.txt#L0', '../sources/article.txt#L5-L3',
  '../sources/article.txt#L2-L99', '../sources/article.txt#L99999999999999999999', '../sources/article.txt#l3', '../sources/article.txt#L-3',
  '../sources/missing.txt#L1', 'article.txt', '#L3', 'http://example.com/a.txt', 'mailto:x@example.com', '',
  '<../sources/article.txt#L9>', '../sources/article.txt#L9 "title ../sources/article.txt#L9"', '../sources/a%ZZ.txt',
  '../sources/%E2%80%9C.txt', '../../../../../../etc/passwd', '/abs/path.txt#L1', 'C:\\x.txt', '..//sources/./article.txt#L1',
  '../sources/article.txt#L1)', '../sources/article.txt#L１',
];
const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', ''];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const wordArb = fc.oneof({ weight: 8, arbitrary: pick(ARTICLE_WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) }, { weight: 1, arbitrary: anyText(6) });
const separatorArb = fc.oneof({ weight: 12, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: pick(['', '  ', '\n', '\r\n', '\r', '\t', '\u00a0']) });

/** Inline markdown: words, punctuation, numbers, speakers, links, code, quotations nested to a few levels. */
const { inline } = fc.letrec<{ inline: string; piece: string; quotation: string }>((tie) => ({
  inline: fc
    .array(fc.tuple(tie('piece'), separatorArb), { maxLength: 24, depthIdentifier: 'inline' })
    .map((parts) => parts.map(([p, s]) => p + s).join('')),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true, depthIdentifier: 'inline' },
    { weight: 10, arbitrary: wordArb },
    { weight: 3, arbitrary: pick(PUNCTUATION) },
    { weight: 2, arbitrary: pick(NUMBERS) },
    { weight: 1, arbitrary: pick(SPEAKERS) },
    { weight: 2, arbitrary: pick(UNICODE) },
    { weight: 1, arbitrary: fc.tuple(wordArb, pick(LINK_TARGETS)).map(([t, u]) => `[${t}](${u})`) },
    // Brackets that are or are not links around, before and inside links: "[Smith [2020]](a.txt)", "[sic][s](a.txt)".
    {
      weight: 1,
      arbitrary: fc
        .tuple(wordArb, wordArb, pick(LINK_TARGETS), pick(['[a [b]](u)', '[a][b](u)', '[a][ref]', '[a][]', '[ref](b)', '[a](<u>)', '[[a]](u)']))
        .map(([a, b, u, form]) => form.replace('a', a).replace('b', b).replace('u', u)),
    },
    { weight: 1, arbitrary: wordArb.map((w) => `\`${w}\``) },
    { weight: 1, arbitrary: wordArb.map((w) => `*${w}*`) },
    { weight: 2, arbitrary: tie('quotation') },
  ),
  quotation: fc.oneof(
    { depthIdentifier: 'inline' },
    fc.tuple(pick(QUOTE_MARKS), tie('inline'), pick(QUOTE_MARKS)).map(([o, body, c]) => `${o}${body}${c}`),
    fc.tuple(pick(['"', '“']), pick(ARTICLE_SENTENCES), pick(['"', '”'])).map(([o, s, c]) => `${o}${s.replace(/^[“"]|[”"]$/g, '')}${c}`),
  ),
}));

const frontMatterArb = pick([
  '',
  '---\nsources:\n  - ../sources/article.txt\n---\n',
  '---\nsources: ../sources/article.txt\n---\n',
  '---\ntitle: "x"\n---\n',
  '---\n---\n',
  '---\nsources: [\n---\n', // malformed YAML
  '---\nsources: 5\n---\n',
  '---\nsources: [1, {a: b}]\n---\n',
  '---\n- a list\n- not a map\n---\n',
  '---\njust a string\n---\n',
  '---\nsources:\n  - ../sources/article.txt\n', // never closed
  '---\na: &a [x]\nb: [*a, *a, *a]\nsources: *a\n---\n',
  '---\r\nsources:\r\n  - ../sources/article.txt\r\n---\r\n',
  '---\n\tsources: tab\n---\n',
  '+++\ntoml = true\n+++\n',
]);

const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.array(fc.array(inline.map((s) => s.replace(/[\r\n]+/g, ' ')), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 40 }))
  .map(([cols, rows]) => {
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [row(Array.from({ length: cols }, (_, i) => `h${i}`)), row(Array.from({ length: cols }, () => '---')), ...rows.map(row)].join('\n');
  });

const listArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 40 }), pick(['-', '*', '+', '1.', '2)', '- [ ]', '>']), inline), { minLength: 1, maxLength: 30 })
  .map((items) => {
    let depth = 0;
    return items
      .map(([jump, marker, text]) => {
        depth = jump > 35 ? jump : Math.max(0, Math.min(depth + (jump % 3) - 1, 40)); // mostly one level at a time, sometimes very deep
        return `${'  '.repeat(depth)}${marker} ${text}`;
      })
      .join('\n');
  });

const blockArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: inline },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 2, arbitrary: listArb },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), inline).map(([n, t]) => `${'> '.repeat(n)}${t}`) },
  { weight: 1, arbitrary: tableArb },
  { weight: 1, arbitrary: fc.tuple(pick(['```', '~~~', '````']), inline, fc.boolean()).map(([f, t, closed]) => `${f}js\n${t}\n${closed ? f : ''}`) },
  { weight: 1, arbitrary: inline.map((t) => `    ${t}`) },
  { weight: 2, arbitrary: fc.tuple(pick(['<!-- sourceline-disable -->', '<!-- sourceline-enable -->', '<!-- sourceline-disable-next-line -->', '<!--sourceline-disable-->', '<!-- note -->', '<!--', '<div>']), inline).map(([c, t]) => `${c}\n${t}`) },
  { weight: 1, arbitrary: fc.tuple(pick(['1', 'x', 'note', '']), inline, pick(LINK_TARGETS)).map(([id, t, u]) => `[^${id}]: ${t} [src](${u})`) },
  { weight: 1, arbitrary: fc.tuple(pick(['ref', 'Ref', 'x y']), pick(LINK_TARGETS)).map(([id, u]) => `[${id}]: ${u}`) },
  { weight: 1, arbitrary: fc.tuple(inline, fc.integer({ min: 2, max: 60 })).map(([t, n]) => t.repeat(n).slice(0, 6000)) }, // a long line
  { weight: 1, arbitrary: pick(['---', '***', '===', '', ' ', '\u00a0']) },
);

const blockSeparatorArb = pick(['\n\n', '\n', '\r\n\r\n', '\r\n', '\r\r', '\r', '\n\n\n', '\n \n', '']);

/** A whole markdown draft: optional front matter, blocks, mixed line endings. */
const markdownArb = fc
  .tuple(frontMatterArb, fc.array(fc.tuple(blockArb, blockSeparatorArb), { maxLength: 10 }), pick(['keep', 'crlf', 'cr']))
  .map(([fm, blocks, endings]) => convertLineEndings(fm + blocks.map(([b, s]) => b + s).join(''), endings));

/** Plain source text: article-like sentences with noise, in paragraphs and lines. */
const sourceTextArb = fc
  .tuple(fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: pick(ARTICLE_SENTENCES) }, { weight: 2, arbitrary: inline }), pick(['\n', '\n\n', ' ', '\r\n', '\r', '\n\n\n\n'])), { maxLength: 20 }), pick(['keep', 'crlf', 'cr']))
  .map(([parts, endings]) => convertLineEndings(parts.map(([s, sep]) => s + sep).join(''), endings));

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'quotes'; straight: boolean }
  | { kind: 'endings'; to: 'crlf' | 'cr' }
  | { kind: 'digits'; digit: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(inline, pick(PUNCTUATION), pick(UNICODE), blockArb) }) },
  { weight: 2, arbitrary: fc.record({ kind: pick(['delete', 'duplicate'] as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('quotes' as const), straight: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('endings' as const), to: pick(['crlf', 'cr'] as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('digits' as const), digit: pick(['0', '7', '١']) }) },
);

function mutate(text: string, mutations: Mutation[]): string {
  for (const m of mutations) {
    const at = 'at' in m ? m.at % (text.length + 1) : 0;
    if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
    else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
    else if (m.kind === 'duplicate') text = text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    else if (m.kind === 'truncate') text = text.slice(0, at);
    else if (m.kind === 'quotes') text = m.straight ? text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") : text.replace(/"([^"\n]*)"/g, '“$1”');
    else if (m.kind === 'endings') text = convertLineEndings(text, m.to);
    else if (m.kind === 'digits') text = text.replace(/\d/g, m.digit);
  }
  return text;
}

/** A seed draft (or the article as a draft) with random edits. */
const mutatedSeedArb = fc.tuple(pick(SEED_DRAFTS), fc.array(mutationArb, { maxLength: 4 })).map(([seed, ms]) => mutate(seed, ms));
/** A seed draft with planted errors (so with fixes), with random edits. */
const fixableDraftArb = fc.tuple(pick(SEED_DRAFTS.slice(0, 2)), fc.array(mutationArb, { maxLength: 3 })).map(([seed, ms]) => mutate(seed, ms));
const anyDraftArb = fc.oneof(markdownArb, mutatedSeedArb, anyText(300));

function convertLineEndings(text: string, to: string): string {
  if (to === 'crlf') return text.replace(/\r\n|\r|\n/g, '\r\n');
  if (to === 'cr') return text.replace(/\r\n|\r|\n/g, '\r');
  return text;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` does not fall between the two halves of a surrogate pair. */
function onCodePointBoundary(text: string, offset: number): boolean {
  return !(offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

/** No lone surrogates. */
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c)) {
      if (!isLow(text.charCodeAt(i + 1))) return false;
      i++;
    } else if (isLow(c)) return false;
  }
  return true;
}

function assertSpanIn(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers (${span.start}, ${span.end})`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: [${span.start}, ${span.end}) lies inside [0, ${length}]`);
}

function applyFix(text: string, fix: { start: number; end: number; replacement: string }): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

function check(text: string, index = articleIndex, fileExists?: (path: string) => boolean) {
  const draft = parseDraft(text, DRAFT_PATH);
  return { draft, findings: checkDraft(draft, index, { fileExists }).findings };
}

/** Every finding is well formed and in bounds; every fix edits a place it may edit. */
function assertFindingsValid(text: string, findings: Finding[], draft = parseDraft(text, DRAFT_PATH)): void {
  const wellFormed = isWellFormed(text);
  const destinations = draft.sentences.flatMap((s) => s.citations).flatMap((c) => (c.urlSpan ? [c.urlSpan] : []));
  for (const f of findings) {
    assert.ok((FINDING_CODES as readonly string[]).includes(f.code), `known code ${f.code}`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), `severity ${f.severity}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, 'a message');
    assertSpanIn(f, text.length, `${f.code} range`);
    assert.ok(f.end > f.start, `${f.code} range is not empty`);
    if (wellFormed) assert.ok(onCodePointBoundary(text, f.start) && onCodePointBoundary(text, f.end), `${f.code} range does not split a surrogate pair`);
    const sentence = draft.sentences.find((s) => s.start <= f.start && f.start < s.end);
    assert.ok(!sentence?.disabled, `no ${f.code} inside a sourceline-disable region`);
    if (f.evidence) {
      assert.ok(f.evidence.line >= 1 && Number.isInteger(f.evidence.line), 'evidence line is 1-based');
      assert.equal(typeof f.evidence.text, 'string');
    }
    if (!f.fix) continue;
    const fix = f.fix;
    assertSpanIn(fix, text.length, `${f.code} fix range`);
    assert.equal(typeof fix.replacement, 'string');
    assert.notEqual(text.slice(fix.start, fix.end), fix.replacement, `${f.code} fix changes something`);
    if (wellFormed) {
      assert.ok(onCodePointBoundary(text, fix.start) && onCodePointBoundary(text, fix.end), `${f.code} fix does not split a surrogate pair`);
      assert.ok(isWellFormed(fix.replacement), `${f.code} fix replacement is well-formed UTF-16`);
    }
    const insideFinding = fix.start >= f.start && fix.end <= f.end;
    const isDestination = f.code === 'citation-mismatch' && destinations.some((d) => d.start === fix.start && d.end === fix.end);
    assert.ok(insideFinding || isDestination, `${f.code} fix [${fix.start}, ${fix.end}) edits its own range [${f.start}, ${f.end}) or the cited link destination`);
  }
}

/** Where an offset of the text before an edit lands after it (undefined inside the edit). */
function mapOffset(offset: number, fix: { start: number; end: number; replacement: string }): number | undefined {
  if (offset <= fix.start) return offset;
  if (offset >= fix.end) return offset + fix.replacement.length - (fix.end - fix.start);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('properties: splitSentences', function () {
  this.timeout(TIMEOUT);
  const textArb = fc.oneof(sourceTextArb, markdownArb, anyText(400), fc.string({ unit: fc.constantFrom('.', ' ', '\n', '\r', '"', '“', '”', 'A', 'a', '1', '…', '?', 'U', 'S', '\u00a0'), maxLength: 200 }));

  it('returns trimmed, ordered, non-overlapping spans inside the range that cover every non-space character', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        // Hard line breaks as for any plain text, and as for text wrapped at a narrow width.
        for (const options of [{ lineBreaks: 'soft' }, { lineBreaks: 'hard', wrapWidth: wrapWidthOf(text) }, { lineBreaks: 'hard', wrapWidth: 10 }] as const) {
          const spans = splitSentences(text, start, end, options);
          let covered = start;
          let previousEnd = start;
          for (const span of spans) {
            assert.ok(span.start >= previousEnd && span.start < span.end && span.end <= end, `span [${span.start}, ${span.end}) in order inside [${start}, ${end})`);
            assert.ok(!/\s/.test(text[span.start]) && !/\s/.test(text[span.end - 1]), 'span is trimmed');
            assert.ok(!/\S/.test(text.slice(covered, span.start)), 'only whitespace between spans');
            previousEnd = covered = span.end;
          }
          assert.ok(!/\S/.test(text.slice(covered, end)), 'only whitespace after the last span');
          if (isWellFormed(text.slice(start, end)) && onCodePointBoundary(text, start) && onCodePointBoundary(text, end)) {
            for (const span of spans) assert.ok(onCodePointBoundary(text, span.start) && onCodePointBoundary(text, span.end), 'no span splits a surrogate pair');
          }
        }
      }),
      params(),
    );
  });

  it('finds quotations inside the range, in order, from an opening to a closing mark', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let previousEnd = 0;
        for (const q of findQuotedRanges(text)) {
          assert.ok(q.start >= previousEnd && q.end - q.start >= 2 && q.end <= text.length);
          assert.ok(['"', '“'].includes(text[q.start]) && ['"', '”'].includes(text[q.end - 1]), JSON.stringify(text.slice(q.start, q.end)));
          previousEnd = q.end;
        }
      }),
      params(),
    );
  });

  it('handles empty input, whitespace only, and huge runs of blank lines (once quadratic: minutes)', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\r\n\t\u00a0'), []);
    const blank = `Hello there${'\n'.repeat(50_000)}${' \r'.repeat(20_000)}World.`;
    for (const lineBreaks of ['soft', 'hard'] as const) {
      const spans = splitSentences(blank, 0, blank.length, { lineBreaks });
      assert.deepEqual(spans.map((s) => blank.slice(s.start, s.end)), lineBreaks === 'hard' ? ['Hello there', 'World.'] : [blank.trim()]);
    }
  });
});

describe('properties: positions and paths', () => {
  it('lineStarts/positionAt agree with splitting on \\r\\n, \\n and a lone \\r', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '😀', ' '), maxLength: 60 }), fc.nat(), (text, n) => {
        const starts = lineStarts(text);
        const lines = text.split(/\r\n|\r|\n/);
        assert.equal(starts.length, lines.length);
        const offset = n % (text.length + 1);
        const p = positionAt(starts, offset);
        assert.equal(starts[p.line - 1] + p.column - 1, offset);
        assert.ok(p.column >= 1 && p.column - 1 <= lines[p.line - 1].length + 1);
      }),
      params(),
    );
  });

  const segment = pick(['a', 'b', 'sources', '.', '..', '', 'x.txt', 'é', 'a b']);
  const pathArb = fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('/'));

  it('resolvePath agrees with posix path resolution', () => {
    fc.assert(
      fc.property(pathArb, pathArb, fc.boolean(), (base, relative, absolute) => {
        const from = `/${base}`;
        const target = absolute ? `/${relative}` : relative;
        assert.equal(resolvePath(from, target), posix.resolve(from, target));
        // A relative base keeps the `..` that climb above it.
        if (!base.startsWith('/') && base && !relative.startsWith('/')) assert.equal(resolvePath(base, relative), posix.normalize(posix.join(base, relative)).replace(/\/$/, '') || '.');
      }),
      params(),
    );
  });

  it('relativePath leads back to the same file', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (a, b) => {
        const from = posix.resolve('/', a);
        const to = posix.resolve('/', b);
        assert.equal(resolvePath(from, relativePath(from, to)), to);
      }),
      params(),
    );
  });
});

describe('properties: parseDraft', function () {
  this.timeout(TIMEOUT);
  it('never throws and keeps every offset inside the draft', () => {
    fc.assert(
      fc.property(anyDraftArb, (text) => {
        const draft = parseDraft(text, DRAFT_PATH);
        assert.equal(draft.prose.length, text.length, 'prose keeps the offsets of the text');
        for (let i = 0; i < text.length; i++) {
          const ch = draft.prose[i];
          assert.ok(ch === text[i] || ch === ' ', 'prose only blanks characters out');
        }
        let previousEnd = 0;
        for (const s of draft.sentences) {
          assertSpanIn(s, text.length, 'sentence');
          assert.ok(s.start >= previousEnd && s.end > s.start, 'sentences are ordered and do not overlap');
          assert.equal(s.text, text.slice(s.start, s.end));
          for (const q of s.quotes) assert.ok(q.start >= s.start && q.end <= s.end && q.start <= q.end, 'quotation inside its sentence');
          for (const t of s.tokens) assert.ok(t.start >= s.start && t.end <= s.end && t.start < t.end, 'token inside its sentence');
          for (const c of s.citations) {
            assertSpanIn(c, text.length, 'citation');
            if (c.urlSpan) assert.equal(text.slice(c.urlSpan.start, c.urlSpan.end), c.url, 'urlSpan is where the destination is written');
            if (c.lines) assert.ok(Number.isFinite(c.lines.from) && Number.isFinite(c.lines.to));
          }
          previousEnd = s.end;
        }
        for (const b of draft.blocks) assertSpanIn(b, text.length, 'block');
        if (draft.frontMatterError) assert.ok(!/[\r\n]/.test(draft.frontMatterError), 'front matter error is one line');
      }),
      params(2),
    );
  });

  it('never reads prose from code, comments, front matter or link destinations', () => {
    const hidden = fc.constantFrom(
      (w: string) => `\`\`\`\n${w} said "${w}".\n\`\`\``,
      (w: string) => `~~~\n${w}\n~~~`,
      (w: string) => `<!-- an HTML block ends any list, so the next line is indented code -->\n    ${w} said 175.`,
      (w: string) => `Text \`${w}\` here.`,
      (w: string) => `<!-- ${w} said "${w}" -->`,
      (w: string) => `A [link](../sources/${w}.txt#L3) here.`,
      (w: string) => `An ![${w}](img.png) image.`,
      (w: string) => `[${w}]: ../sources/${w}.txt`,
      (w: string) => `<div>${w}</div>`,
    );
    fc.assert(
      // An unclosed fence before would make the next fence close it, so those blocks are left out.
      fc.property(fc.array(fc.tuple(blockArb.filter((b) => !/```|~~~/.test(b)), hidden), { maxLength: 5 }), pick(['', '---\ntitle: Secretword said 175\n---\n']), pick(['keep', 'crlf', 'cr']), (parts, fm, endings) => {
        const text = convertLineEndings(fm.replace('Secretword', 'Zqxjv') + parts.map(([b, h]) => `${b}\n\n${h('Zqxjv')}\n\n`).join(''), endings);
        const draft = parseDraft(text, DRAFT_PATH);
        assert.ok(!draft.prose.includes('Zqxjv'), `prose holds a hidden word: ${JSON.stringify(draft.prose.slice(draft.prose.indexOf('Zqxjv') - 40, draft.prose.indexOf('Zqxjv') + 40))}`);
      }),
      params(),
    );
  });

  it('switches off everything between sourceline-disable and sourceline-enable', () => {
    fc.assert(
      fc.property(pick(ARTICLE_SENTENCES), inline, pick(ARTICLE_SENTENCES), pick(['\n', '\r\n', '\r']), (before, disabled, after, nl) => {
        const body = `Putin said "${disabled}" 999 times, ${disabled}.`;
        const text = `${before}${nl}${nl}<!-- sourceline-disable -->${nl}${nl}${body}${nl}${nl}<!-- sourceline-enable -->${nl}${nl}${after}`;
        const from = text.indexOf(body);
        const { findings } = check(text);
        for (const f of findings) assert.ok(f.end <= from || f.start >= from + body.length, `${f.code} at ${f.start} inside the disabled region`);
      }),
      params(),
    );
  });
});

describe('properties: checkDraft', function () {
  this.timeout(TIMEOUT);
  it('never throws, and every finding and fix lies inside the draft (generated, mutated and random drafts)', () => {
    fc.assert(
      fc.property(anyDraftArb, fc.boolean(), (text, withFs) => {
        const { draft, findings } = check(text, articleIndex, withFs ? (p) => p === ARTICLE_PATH : undefined);
        assertFindingsValid(text, findings, draft);
      }),
      params(2),
    );
  });

  it('never throws against generated and mutated sources, plain and markdown', () => {
    const sourcesArb = fc.array(
      fc.oneof(
        sourceTextArb.map((text) => ({ path: '/w/sources/gen.txt', text })),
        markdownArb.map((text) => ({ path: '/w/sources/gen.md', text })),
        fc.array(mutationArb, { maxLength: 4 }).map((ms) => ({ path: ARTICLE_PATH, text: mutate(ARTICLE, ms) })),
        fc.constant({ path: '/w/sources/empty.txt', text: '' }),
      ),
      { minLength: 0, maxLength: 3 },
    );
    fc.assert(
      fc.property(sourcesArb, fc.oneof(mutatedSeedArb, markdownArb), (docs, text) => {
        const index = new SourceIndex(docs);
        for (const s of index.sentences) {
          const doc = index.documents.get(s.path)!;
          assertSpanIn(s, doc.text.length, 'source sentence');
          assert.equal(s.text, doc.text.slice(s.start, s.end));
          assert.ok(s.line >= 1 && s.endLine >= s.line);
        }
        const { draft, findings } = check(text, index);
        assertFindingsValid(text, findings, draft);
        for (const f of findings) {
          if (f.evidence) assert.ok(index.documents.has(f.evidence.path), 'evidence names an indexed source');
        }
      }),
      params(),
    );
  });

  it('is deterministic: the same input gives the same findings', () => {
    fc.assert(
      fc.property(mutatedSeedArb, (text) => {
        assert.deepEqual(check(text).findings, check(text).findings);
      }),
      params(0.5),
    );
  });

  it('checks huge tables, deep nesting and very long lines without failing', () => {
    // `npm run fuzz` makes them ten times bigger.
    const n = RUNS >= 200 ? 10 : 1;
    const row = '| Putin said 157 prisoners. | “We need to understand” | [L13](../sources/article.txt#L13) |\n';
    const texts = [
      `| a | b | c |\n|---|---|---|\n${row.repeat(40 * n)}`,
      `${'> '.repeat(300 * n)}Putin said "we need" 157.`,
      Array.from({ length: 12 * n }, (_, i) => `${'  '.repeat(i)}- Zelenskyy said 157 prisoners.`).join('\n'),
      `${'- '.repeat(200 * n)}Putin said 157.`,
      `Trump said ${'very '.repeat(2000 * n)}much.`,
      'x'.repeat(20_000 * n),
      '“'.repeat(500 * n) + '”'.repeat(500 * n),
      `${'[^1]'.repeat(200 * n)}\n\n[^1]: [a](../sources/article.txt#L1)`,
    ];
    for (const text of texts) {
      const { draft, findings } = check(text);
      assertFindingsValid(text, findings, draft);
    }
  });
});

describe('properties: fixes', function () {
  this.timeout(TIMEOUT);
  it('a fix changes only its own range; re-checking the fixed text neither brings the finding back nor fixes the text again', () => {
    fc.assert(
      fc.property(fixableDraftArb, fc.nat(), (text, choice) => {
        const withFix = check(text).findings.filter((f) => f.fix);
        // Three fixes per draft keep a run fast; the random choice covers the others over many runs.
        const picked = withFix.length <= 3 ? withFix : [0, 1, 2].map((k) => withFix[(choice + k * 3) % withFix.length]);
        for (const f of picked) {
          if (!f.fix) continue;
          const fix = f.fix;
          const fixed = applyFix(text, fix);
          assert.equal(fixed.slice(0, fix.start), text.slice(0, fix.start));
          assert.equal(fixed.slice(fix.start + fix.replacement.length), text.slice(fix.end));
          if (isWellFormed(text)) assert.ok(isWellFormed(fixed), 'the fixed text is well-formed');

          const again = check(fixed);
          assertFindingsValid(fixed, again.findings, again.draft);
          const start = mapOffset(f.start, fix);
          const end = mapOffset(f.end, fix) ?? fix.start + fix.replacement.length;
          const back = again.findings.find((g) => g.code === f.code && g.message === f.message && g.start === start && g.end === end);
          assert.ok(!back, `${f.code} "${f.message}" comes back after its fix`);
          // Applying it twice is harmless: the re-check offers no second fix of the text just
          // fixed (so "Fix all" run again leaves it as it is, and never reverts it).
          const second = again.findings.find((g) => g.fix && g.fix.start === fix.start && g.fix.end === fix.start + fix.replacement.length);
          assert.ok(!second, `after the ${f.code} fix, ${second?.code} offers to fix the same text again`);
        }
      }),
      params(),
    );
  });

  it('applying fixes one after another never cycles', () => {
    fc.assert(
      fc.property(fixableDraftArb, fc.nat(), (start, choice) => {
        const seen = new Set<string>([start]);
        let text = start;
        for (let round = 0; round < 12; round++) {
          // No-op fixes are left out: the known citation-mismatch one (see assertFindingsValid).
          const fixes = check(text).findings.flatMap((f) => (f.fix && text.slice(f.fix.start, f.fix.end) !== f.fix.replacement ? [f.fix] : []));
          if (!fixes.length) return;
          text = applyFix(text, fixes[(choice + round) % fixes.length]);
          assert.ok(!seen.has(text), `round ${round}: the fixes lead back to an earlier text`);
          seen.add(text);
        }
      }),
      params(0.5),
    );
  });

  it('the seed drafts offer fixes, so the fix properties are not vacuous', () => {
    const fixes = SEED_DRAFTS.flatMap((text) => check(text).findings.filter((f) => f.fix));
    assert.ok(fixes.length >= 4, `${fixes.length} fixes`);
  });
});
