import { checkSentence, type CheckOptions, type CheckResult, type SentenceOutcome, type SentenceReport } from './checkDraft';
import { foldLabel } from './extractProse';
import { isSharedCitation, parseDraft, type Citation, type Draft, type DraftSentence } from './parseDraft';
import { lineStarts } from './positions';
import type { SourceIndex } from './SourceIndex';
import { tokenOf, type Token } from './tokenize';
import type { Finding, Span, Speaker } from './types';
import { partitionPoint } from './partitionPoint';
import { withMissing } from './findSupport';

/** Maps an offset of the text a result was computed for to the same place in the current text. */
type Remap = (offset: number) => number;

const same: Remap = (offset) => offset;

/**
 * Where a markdown text can be cut into runs of top-level blocks that parse the same on their own
 * as inside the whole text. Computed by a line scan, no markdown parse.
 */
interface Layout {
  /**
   * Ascending offsets of lines that start a top-level block after a blank line, outside front
   * matter, fenced code and multi-line HTML, and are not indented (an indented line after a blank
   * one may continue a list item, a footnote or indented code).
   */
  cuts: number[];
  /** Runs `[cut, next cut)` holding `]:`: link or footnote definitions, which other blocks may use. */
  definitions: Span[];
  /** False when no run may be parsed alone: disable comments, or `]:` inside code or HTML. */
  chunkable: boolean;
  /** False when the text ends inside fenced code, HTML or front matter. */
  closed: boolean;
}

/** One checked sentence of the last result. */
interface Entry {
  outcome: SentenceOutcome;
  /** The speaker the sentence's pronouns resolved to (left by the sentences before it). */
  speakerIn?: Speaker;
  /** Its cache key, computed when needed. */
  key?: string;
}

interface Checked {
  text: string;
  path: string;
  draft: Draft;
  layout: Layout;
  entries: Entry[];
  result: CheckResult;
}

/** How a sentence of the new draft may reuse the last result. */
interface Reuse {
  /** Index of the same sentence in the last draft. */
  entry: number;
  remap: Remap;
  /** Whether the three characters before the sentence (read by speaker fixes) may have changed. */
  checkLookback: boolean;
}

interface Plan {
  draft: Draft;
  layout: Layout;
  reuse: (Reuse | undefined)[];
  /** Cache keys of last-result sentences that an edited sentence may equal, built on first use. */
  candidates: () => Map<string, Entry & { start: number }>;
}

/**
 * Checks one draft again and again as it is edited, doing work only for what changed. Gives
 * exactly what `checkDraft(parseDraft(text, path), index, options)` gives (findings and
 * sentence reports), while:
 * - parsing only the top-level blocks an edit touched (blocks separated by blank lines), with a
 *   full parse whenever the edit may change anything beyond them (fences, HTML, front matter,
 *   definitions, `sourceline-disable` comments, indented continuations);
 * - reusing each sentence's result when its text, markup, citations and the speaker its pronouns
 *   resolve to are unchanged, moved to its new offsets.
 *
 * The index and options are fixed for the checker's life; make a new one when sources or
 * settings change. `options.fileExists` is assumed to answer the same between checks.
 */
export class DraftChecker {
  private last?: Checked;
  /** Results computed by a check that was stopped before it finished, by cache key. */
  private spare = new Map<string, { start: number; outcome: SentenceOutcome }>();

  /**
   * `parseRun`: a draft longer than this many characters is parsed, the first time, in runs of
   * top-level blocks about this long, with a pause between runs (`checkSteps`): a 1 MB draft
   * takes a few hundred milliseconds to parse whole.
   */
  constructor(
    private readonly index: SourceIndex,
    private readonly options: CheckOptions = {},
    private readonly parseRun = PARSE_RUN,
  ) {}

  /** The draft as last checked to completion, or undefined before the first check. */
  get draft(): Draft | undefined {
    return this.last?.draft;
  }

  /** Checks `text` (the whole draft, at posix `path`). Offsets in the result are into `text`. */
  check(text: string, path: string): CheckResult {
    const steps = this.checkSteps(text, path, Infinity);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * Like `check`, but asks `shouldStop` at every pause of `checkSteps` with no time slice (after
   * each sentence, and each run of a long draft's first parse) and gives up, returning undefined,
   * when it answers true. Work done so far is kept for the next call.
   */
  checkIncrementally(text: string, path: string, shouldStop: () => boolean): CheckResult | undefined {
    const steps = this.checkSteps(text, path, 0);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (shouldStop()) return undefined;
    }
  }

  /**
   * The check as a generator that pauses (yields) once it has worked `sliceMs` milliseconds since
   * the last pause, between sentences; its return value is the result. A host drives it in slices
   * (`setImmediate` between `next()` calls) to stay responsive and drops it when the text
   * changes. The result is kept for reuse only when the generator runs to the end.
   */
  *checkSteps(text: string, path: string, sliceMs = 8): Generator<void, CheckResult, void> {
    const last = this.last;
    if (last && last.text === text && last.path === path) return last.result;
    const base = last?.path === path ? last : undefined;
    if (!base) this.spare.clear();
    let sliceStart = now();
    const plan = yield* this.plan(base, text, path, () => now() - sliceStart >= sliceMs, () => (sliceStart = now()));
    const { draft } = plan;
    const entries: Entry[] = [];
    const reports: SentenceReport[] = [];
    let speaker: Speaker | undefined;
    let candidates: Map<string, Entry & { start: number }> | undefined;
    for (let i = 0; i < draft.sentences.length; i++) {
      const sentence = draft.sentences[i];
      const reuse = plan.reuse[i];
      let entry: Entry | undefined;
      if (reuse && base) {
        const old = base.entries[reuse.entry];
        const before = base.draft.sentences[reuse.entry];
        if (
          sameSpeaker(old.speakerIn, speaker) &&
          (!reuse.checkLookback || lookback(base.text, before.start) === lookback(text, sentence.start)) &&
          sharing(base.draft, before) === sharing(draft, sentence)
        ) {
          entry = { outcome: reuse.remap === same ? old.outcome : rebaseOutcome(old.outcome, reuse.remap), speakerIn: speaker };
        }
      }
      if (!entry) {
        const key = keyOf(draft, sentence, speaker);
        candidates ??= plan.candidates();
        const hit = candidates.get(key) ?? this.spare.get(key);
        if (hit) {
          const shift = sentence.start - hit.start;
          entry = { outcome: shift ? rebaseOutcome(hit.outcome, (o) => o + shift) : hit.outcome, speakerIn: speaker, key };
        } else {
          const outcome = checkSentence(draft, sentence, this.index, speaker, this.options);
          entry = { outcome, speakerIn: speaker, key };
          if (this.spare.size > 4096) this.spare.clear();
          this.spare.set(key, { start: sentence.start, outcome });
        }
      }
      speaker = entry.outcome.lastSpeaker ?? speaker;
      entries.push(entry);
      reports.push(entry.outcome.report);
      // After any sentence, checked or reused: thousands of reused ones add up too.
      if (now() - sliceStart >= sliceMs && i + 1 < draft.sentences.length) {
        yield;
        sliceStart = now();
      }
    }
    const findings: Finding[] = [];
    for (const r of reports) for (const f of r.findings) findings.push(f);
    const result: CheckResult = { findings, sentences: reports };
    // A check that finishes after a later one started from the same state must not replace it.
    if (this.last === last) {
      this.last = { text, path, draft, layout: plan.layout, entries, result };
      this.spare.clear();
    }
    return result;
  }

  /** Forgets the last result: the next check parses and checks everything. */
  reset(): void {
    this.last = undefined;
    this.spare.clear();
  }

  /** What to parse and what to reuse; pauses between runs of a long draft parsed afresh. */
  private *plan(last: Checked | undefined, text: string, path: string, sliceUsed: () => boolean, paused: () => void): Generator<void, Plan, void> {
    const layout = layoutOf(text);
    if (last) {
      const partial = this.planPartial(last, text, path, layout);
      if (partial) return partial;
    }
    const draft = text.length > this.parseRun ? yield* parseInRuns(text, path, layout, this.parseRun, sliceUsed, paused) : parseDraft(text, path);
    return {
      draft,
      layout,
      reuse: [],
      candidates: () => (last ? keyedEntries(last, 0, last.entries.length) : new Map()),
    };
  }

  /** Re-parses only the runs of blocks an edit touched, or returns undefined when that is not safe. */
  private planPartial(last: Checked, text: string, path: string, layout: Layout): Plan | undefined {
    const before = last.layout;
    if (!layout.chunkable || !before.chunkable) return undefined;
    const old = last.text;
    const limit = Math.min(old.length, text.length);
    let prefix = 0;
    // Whole blocks of characters compared as strings first (the engine compares them in bulk),
    // then one character at a time.
    while (prefix + COMPARE_BLOCK <= limit && old.slice(prefix, prefix + COMPARE_BLOCK) === text.slice(prefix, prefix + COMPARE_BLOCK)) prefix += COMPARE_BLOCK;
    while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix + COMPARE_BLOCK <= limit - prefix && old.slice(old.length - suffix - COMPARE_BLOCK, old.length - suffix) === text.slice(text.length - suffix - COMPARE_BLOCK, text.length - suffix)) {
      suffix += COMPARE_BLOCK;
    }
    while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const delta = text.length - old.length;

    // The run of blocks to re-parse: from a cut at or before the edit to one after it, both cuts
    // in the old text and the new one.
    // Before the edit the texts agree, but what a line is may not: an edit to the front matter's
    // fence makes its lines ordinary prose, with cuts of their own. The run starts at a cut both
    // layouts have.
    let at = lastAtOrBefore(layout.cuts, prefix);
    while (at >= 0 && !has(before.cuts, layout.cuts[at])) at--;
    if (at < 0) return undefined;
    const from = layout.cuts[at];
    let to = text.length;
    for (let k = firstAtOrAfter(layout.cuts, text.length - suffix); k < layout.cuts.length; k++) {
      if (has(before.cuts, layout.cuts[k] - delta)) {
        to = layout.cuts[k];
        break;
      }
    }
    const oldTo = to - delta;
    if (to === text.length && (!layout.closed || !before.closed)) return undefined;
    if (layout.definitions.some((d) => d.start < to && d.end > from) || before.definitions.some((d) => d.start < oldTo && d.end > from)) return undefined;

    // The run, after a blank line (no front matter there), then every definition it may use:
    // those whose label it mentions (the parser is slow on definitions, and a draft may have many).
    let input = '\n' + text.slice(from, to);
    const pieces = [{ at: 1, start: from, length: to - from }];
    for (const d of definitionsUsed(text, input, layout.definitions)) {
      input += '\n\n';
      pieces.push({ at: input.length, start: d.start, length: d.end - d.start });
      input += text.slice(d.start, d.end);
    }
    const part = parseDraft(input, path);
    const fromInput: Remap = (offset) => {
      for (let i = pieces.length - 1; i >= 0; i--) if (offset >= pieces[i].at) return pieces[i].start + offset - pieces[i].at;
      return offset;
    };
    const inRun = (s: Span) => s.start >= 1 && s.start < 1 + to - from;
    const fromOld: Remap = (offset) => (offset < from ? offset : offset + delta);

    const oldDraft = last.draft;
    const firstEdited = firstIndex(oldDraft.sentences, from);
    const firstAfter = firstIndex(oldDraft.sentences, oldTo);
    const blocksBefore = firstIndex(oldDraft.blocks, from);
    const blocksAfter = firstIndex(oldDraft.blocks, oldTo);
    const runBlocks = part.blocks.filter(inRun);
    const runSentences = part.sentences.filter(inRun);
    const blockShift = blocksBefore + runBlocks.length - blocksAfter;
    const sentenceShift = firstEdited + runSentences.length - firstAfter;

    const sentences: DraftSentence[] = [];
    const reuse: (Reuse | undefined)[] = [];
    for (let i = 0; i < firstEdited; i++) {
      const s = oldDraft.sentences[i];
      const moved = s.citations.some((c) => c.urlSpan && c.urlSpan.start >= from);
      sentences.push(moved ? rebaseSentence(s, fromOld, s.block) : s);
      reuse.push({ entry: i, remap: moved ? fromOld : same, checkLookback: false });
    }
    // The run comes first in `input`, so its blocks and sentences are the first of `part`.
    for (const s of runSentences) {
      sentences.push(rebaseSentence(s, fromInput, blocksBefore + s.block));
      reuse.push(undefined);
    }
    for (let i = firstAfter; i < oldDraft.sentences.length; i++) {
      const s = oldDraft.sentences[i];
      const unchanged = delta === 0 && blockShift === 0;
      // After the run every offset moves by `delta`: the sentence is shifted, its tokens when asked.
      sentences.push(unchanged ? s : new ShiftedSentence(s, delta, fromOld, s.block + blockShift));
      reuse.push({ entry: i, remap: delta === 0 ? same : fromOld, checkLookback: s.start + delta - 3 < to });
    }
    const blocks = [
      ...oldDraft.blocks.slice(0, blocksBefore),
      ...runBlocks.map((b) => ({ start: fromInput(b.start), end: fromInput(b.end), firstSentence: b.firstSentence + firstEdited })),
      ...oldDraft.blocks.slice(blocksAfter).map((b) => (delta === 0 && sentenceShift === 0 ? b : { start: b.start + delta, end: b.end + delta, firstSentence: b.firstSentence + sentenceShift })),
    ];
    const draft: Draft = {
      path,
      text,
      prose: oldDraft.prose.slice(0, from) + part.prose.slice(1, 1 + to - from) + oldDraft.prose.slice(oldTo),
      lineStarts: lineStarts(text),
      sentences,
      blocks,
      frontMatterSources: oldDraft.frontMatterSources,
    };
    if ('frontMatterError' in oldDraft) draft.frontMatterError = oldDraft.frontMatterError;
    return { draft, layout, reuse, candidates: () => keyedEntries(last, firstEdited, firstAfter) };
  }
}

const now = (): number => performance.now();

/** Characters of a draft parsed between pauses, the first time (see `DraftChecker`). */
const PARSE_RUN = 64 * 1024;

/**
 * `parseDraft(text, path)`, parsed in runs of top-level blocks of about `size` characters, each
 * with the definitions it uses (as `planPartial` parses an edited run), pausing between runs once
 * `sliceUsed()`. Parses whole when runs would not parse the same: disable comments, text ending
 * inside code, HTML or front matter, or a label defined twice (the first definition wins, and a
 * run sees only those it is given).
 */
function* parseInRuns(text: string, path: string, layout: Layout, size: number, sliceUsed: () => boolean, paused: () => void): Generator<void, Draft, void> {
  const labels = layout.definitions.flatMap((d) => definitionLabels(text.slice(d.start, d.end)));
  if (!layout.chunkable || !layout.closed || new Set(labels).size !== labels.length) return parseDraft(text, path);
  const bounds = [0];
  for (const cut of layout.cuts) if (cut - bounds[bounds.length - 1] >= size) bounds.push(cut);
  if (bounds.length === 1) return parseDraft(text, path);
  bounds.push(text.length);
  const sentences: DraftSentence[] = [];
  const blocks: Draft['blocks'] = [];
  let prose = '';
  let head: Draft | undefined;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k], bounds[k + 1]];
    // The first run keeps its front matter at offset 0; the others start after a blank line.
    const lead = from === 0 ? '' : '\n';
    let input = lead + text.slice(from, to);
    const pieces = [{ at: lead.length, start: from }];
    const elsewhere = layout.definitions.filter((d) => d.end <= from || d.start >= to);
    for (const d of definitionsUsed(text, input, elsewhere)) {
      input += '\n\n';
      pieces.push({ at: input.length, start: d.start });
      input += text.slice(d.start, d.end);
    }
    const part = parseDraft(input, path);
    head ??= part;
    const fromInput: Remap = (offset) => {
      for (let i = pieces.length - 1; i >= 0; i--) if (offset >= pieces[i].at) return pieces[i].start + offset - pieces[i].at;
      return offset;
    };
    const end = lead.length + to - from;
    const inRun = (span: Span) => span.start >= lead.length && span.start < end;
    const firstBlock = blocks.length;
    for (const b of part.blocks.filter(inRun)) blocks.push({ start: fromInput(b.start), end: fromInput(b.end), firstSentence: b.firstSentence + sentences.length });
    for (const sentence of part.sentences.filter(inRun)) sentences.push(rebaseSentence(sentence, fromInput, firstBlock + sentence.block));
    prose += part.prose.slice(lead.length, end);
    if (k + 2 < bounds.length && sliceUsed()) {
      yield;
      paused();
    }
  }
  const draft: Draft = { path, text, prose, lineStarts: lineStarts(text), sentences, blocks, frontMatterSources: head!.frontMatterSources };
  if ('frontMatterError' in head!) draft.frontMatterError = head!.frontMatterError;
  return draft;
}

/** Characters compared at once when finding what an edit changed. */
const COMPARE_BLOCK = 256;

/**
 * The runs of `definitions` (in `text`) that `run` may use: those defining a label it mentions,
 * then those defining a label the runs taken mention, and so on (a run of definitions may hold
 * prose with references of its own). In document order.
 */
function definitionsUsed(text: string, run: string, definitions: readonly Span[]): Span[] {
  const labels = definitions.map((d) => definitionLabels(text.slice(d.start, d.end)));
  const used = new Set<number>();
  let mentioned = foldLabel(run);
  for (let grew = true; grew; ) {
    grew = false;
    definitions.forEach((d, i) => {
      if (used.has(i) || !labels[i].some((label) => mentioned.includes(label))) return;
      used.add(i);
      mentioned += ' ' + foldLabel(text.slice(d.start, d.end));
      grew = true;
    });
  }
  return definitions.filter((_, i) => used.has(i));
}

/** `[label]:` anywhere: definitions may sit in list items and block quotes ("- [ref]: url"). */
const DEFINITION_LABEL = /\[((?:\\.|[^\\[\]])+)\]:/g;

/** The folded labels of the link and footnote definitions of `text` ("^1", "ref"), and maybe more. */
function definitionLabels(text: string): string[] {
  return [...text.matchAll(DEFINITION_LABEL)].map((m) => foldLabel(m[1]));
}

function sameSpeaker(a: Speaker | undefined, b: Speaker | undefined): boolean {
  return a === b || (!!a && !!b && a.name === b.name && a.key === b.key);
}

/** The characters before a sentence that a speaker fix reads ("The" or "the" after a period). */
function lookback(text: string, start: number): string {
  return text.slice(Math.max(0, start - 3), start);
}

/**
 * Everything `checkSentence` reads about a sentence, with offsets relative to its start: equal
 * keys give equal outcomes, up to that shift.
 */
function keyOf(draft: Draft, s: DraftSentence, speaker: Speaker | undefined): string {
  const { text, prose } = draft;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const rel = (offset: number) => offset - s.start;
  const parts = [
    speaker ? `${speaker.name}\u0001${speaker.key}` : '',
    s.disabled ? '1' : '0',
    lookback(text, s.start),
    /^\s*$/.test(text.slice(lineStart, s.start)) ? '1' : '0',
    text.slice(s.start, s.end),
    prose.slice(s.start, s.end + 1),
    s.quotes.map((q) => `${rel(q.start)},${rel(q.end)}`).join(';'),
    ...s.citations.map((c) => [c.url, c.path, c.lines ? `${c.lines.from}-${c.lines.to}` : '', rel(c.start), rel(c.end), c.urlSpan ? `${rel(c.urlSpan.start)},${rel(c.urlSpan.end)}` : ''].join('\u0001')),
    sharing(draft, s),
  ];
  return parts.join('\u0000');
}

/** Which of a sentence's citations share their destination with other sentences' (see `isSharedCitation`). */
function sharing(draft: Draft, s: DraftSentence): string {
  if (!s.citations.length) return '';
  return s.citations.map((c) => (isSharedCitation(draft, c) ? '1' : '0')).join('');
}

/** Keys of the last result's sentences `[from, to)`, for edited sentences to find themselves in. */
function keyedEntries(last: Checked, from: number, to: number): Map<string, Entry & { start: number }> {
  const out = new Map<string, Entry & { start: number }>();
  for (let i = from; i < to; i++) {
    const entry = last.entries[i];
    const sentence = last.draft.sentences[i];
    entry.key ??= keyOf(last.draft, sentence, entry.speakerIn);
    out.set(entry.key, { ...entry, start: sentence.start });
  }
  return out;
}

function rebaseSentence(s: DraftSentence, remap: Remap, block: number): DraftSentence {
  return {
    start: remap(s.start),
    end: remap(s.end),
    text: s.text,
    tokens: s.tokens.map((t) => moveToken(t, remap)),
    quotes: s.quotes.map((q) => ({ start: remap(q.start), end: remap(q.end) })),
    citations: s.citations.map(moveCitation(remap)),
    block,
    disabled: s.disabled,
  };
}

/**
 * A sentence after an edit, moved by `shift`, whose tokens are moved when first read. Typing
 * moves every sentence after the edit, and most of them are reused without their tokens ever
 * being read again; moving thousands of tokens per keystroke cost more than the re-check itself.
 * Shifts of a sentence not yet read add up instead of nesting. Its citations are moved by
 * `remap`: a footnote's destination may be written before the edit.
 */
class ShiftedSentence implements DraftSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly quotes: Span[];
  readonly citations: Citation[];
  readonly disabled: boolean;
  #base: Token[];
  #shift: number;
  #tokens?: Token[];

  constructor(s: DraftSentence, shift: number, remap: Remap, readonly block: number) {
    this.start = s.start + shift;
    this.end = s.end + shift;
    this.text = s.text;
    this.quotes = s.quotes.map((q) => ({ start: q.start + shift, end: q.end + shift }));
    this.citations = s.citations.map(moveCitation(remap));
    this.disabled = s.disabled;
    const pending = s instanceof ShiftedSentence && !s.#tokens;
    this.#base = pending ? s.#base : s.tokens;
    this.#shift = pending ? s.#shift + shift : shift;
  }

  get tokens(): Token[] {
    this.#tokens ??= this.#base.map((t) => moveToken(t, (offset) => offset + this.#shift));
    return this.#tokens;
  }
}

function moveCitation(remap: Remap): (c: Citation) => Citation {
  return (c) => ({ ...c, start: remap(c.start), end: remap(c.end), urlSpan: c.urlSpan && { start: remap(c.urlSpan.start), end: remap(c.urlSpan.end) } });
}

/** A token at its new offsets (thousands per keystroke). */
function moveToken(t: Token, remap: Remap): Token {
  return tokenOf(t, remap(t.start), remap(t.end));
}

function rebaseOutcome(outcome: SentenceOutcome, remap: Remap): SentenceOutcome {
  const r = outcome.report;
  const report: SentenceReport = { ...r, start: remap(r.start), end: remap(r.end), findings: r.findings.map((f) => rebaseFinding(f, remap)) };
  if (r.support) report.support = withMissing(r.support, r.support.missing.map((t) => moveToken(t, remap)));
  const speaker = outcome.lastSpeaker as (Speaker & Partial<Span>) | undefined;
  const moved = speaker && speaker.start !== undefined && speaker.end !== undefined ? { ...speaker, start: remap(speaker.start), end: remap(speaker.end) } : speaker;
  return { ...outcome, report, lastSpeaker: moved };
}

function rebaseFinding(f: Finding, remap: Remap): Finding {
  const out: Finding = { ...f, start: remap(f.start), end: remap(f.end) };
  if (f.fix) out.fix = { ...f.fix, start: remap(f.fix.start), end: remap(f.fix.end) };
  return out;
}

/** Index of the first span starting at or after `offset` (spans sorted by start). */
function firstIndex(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i].start < offset);
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < value);
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  return firstAtOrAfter(sorted, value + 1) - 1;
}

function has(sorted: readonly number[], value: number): boolean {
  const i = firstAtOrAfter(sorted, value);
  return i < sorted.length && sorted[i] === value;
}

const BLANK = /^[ \t]*\r?$/;
const FRONT_MATTER_FENCE = /^---[ \t]*\r?$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

/** Scans `text` line by line for the places it can be cut (see `Layout`). */
function layoutOf(text: string): Layout {
  const cuts: number[] = [];
  const definitions: Span[] = [];
  let chunkable = !text.includes('sourceline-disable') && !text.includes('sourceline-enable');
  let state: 'top' | 'front' | 'fence' | 'html' = 'top';
  let fence = '';
  let htmlEnd = /$^/;
  let afterBlank = true;
  let runStart = 0;
  let runHasDefinition = false;
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    const wasTop = state === 'top';
    if (pos === 0 && FRONT_MATTER_FENCE.test(line)) {
      state = 'front';
      afterBlank = false;
    } else if (state === 'front') {
      // A definition right after the front matter is in a run of its own: what other runs are
      // given of it must not hold the front matter, which they would read as markdown.
      if (FRONT_MATTER_FENCE.test(line)) [state, runStart] = ['top', end + 1];
    } else if (state === 'fence') {
      const m = CODE_FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && BLANK.test(line.slice(m[0].length))) state = 'top';
    } else if (state === 'html') {
      if (htmlEnd.test(line)) state = 'top';
    } else if (BLANK.test(line)) {
      afterBlank = true;
    } else {
      if (afterBlank && line[0] !== ' ' && line[0] !== '\t' && pos > 0) {
        if (runHasDefinition) definitions.push({ start: runStart, end: pos });
        cuts.push(pos);
        runStart = pos;
        runHasDefinition = false;
      } else if (afterBlank && pos === 0) {
        cuts.push(0);
      }
      afterBlank = false;
      // Fences start with "`" or "~", HTML blocks with "<", after at most three spaces: most
      // lines need no expression.
      let lead = 0;
      while (lead < 3 && line[lead] === ' ') lead++;
      const m = line[lead] === '`' || line[lead] === '~' ? CODE_FENCE.exec(line) : null;
      if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) {
        state = 'fence';
        fence = m[1];
      } else if (line[lead] === '<') {
        for (const [open, close] of HTML_BLOCKS) {
          const o = open.exec(line);
          if (o) {
            if (!close.test(line.slice(o[0].length))) {
              state = 'html';
              htmlEnd = close;
            }
            break;
          }
        }
      }
    }
    if (line.includes(']:')) {
      if (!wasTop || state !== 'top') chunkable = false;
      else runHasDefinition = true;
    }
    if (state !== 'top') afterBlank = false;
    pos = end + 1;
  }
  if (runHasDefinition) definitions.push({ start: runStart, end: text.length });
  return { cuts, definitions, chunkable, closed: state === 'top' };
}
