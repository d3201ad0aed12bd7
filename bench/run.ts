/**
 * `npm run bench`: measures the engine at 30, 1k, 10k and 100k source sentences against the
 * budgets of DESIGN.md, side by side with the naive design (one fuse.js search per draft
 * sentence). Each size runs in its own child process (with --expose-gc, so heap numbers are
 * clean); every number is a median over repeated runs after a warm-up, with its spread.
 *
 * usage: tsx bench/run.ts [--json] [--sizes 30,1000,10000,100000]
 * `npm run bench` runs it bundled by esbuild (out/bench/run.js), as the extension and the CLI
 * ship: tsx keeps function names, a wrapper call per closure that the shipped code does not pay.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import Fuse from 'fuse.js';
import { checkDraft, DraftChecker, parseDraft, searchSources, SourceIndex, SourceReadCache, type SourceDocument } from '../src/core';
import { hoverMarkdown } from '../src/vscode/hoverMarkdown';
import { WorkerReader } from '../src/threads/WorkerReader';
import { generateDraft, generateSources, type GeneratedSources } from './generateCorpus';

type Metric = 'index' | 'reindex-one-file' | 'check-draft' | 'recheck-paragraph' | 'hover' | 'picker-keystroke' | 'fuse-check-draft' | 'cli-check' | 'activation' | 'bundle';

/** One measured quantity. Times in milliseconds; `p10Ms`/`p90Ms` give the spread. */
interface Result {
  metric: Metric;
  sources: number;
  draftSentences: number;
  medianMs: number;
  /** The fastest run: on a machine whose CPU is shared (see the calibration spread), the closest to the cost of the code itself. */
  minMs?: number;
  p10Ms?: number;
  p90Ms?: number;
  runs?: number;
  heapMB?: number;
  /** fuse-check-draft: draft sentences actually searched (the rest is extrapolated), and our time for the same draft. */
  measuredSentences?: number;
  ratioToOurs?: number;
  /** Extra facts shown in the table's note column. */
  note?: string;
  sizeKB?: number;
}

/** The repository: the nearest folder above this file holding package.json (bench/ or out/bench/). */
const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const SIZES = [30, 1_000, 10_000, 100_000];
const DRAFT_PATH = '/bench/drafts/draft.md';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function summarize(times: number[]): Pick<Result, 'medianMs' | 'minMs' | 'p10Ms' | 'p90Ms' | 'runs'> {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: quantile(sorted, 0.5), minMs: sorted[0], p10Ms: quantile(sorted, 0.1), p90Ms: quantile(sorted, 0.9), runs: times.length };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times (or until `maxMs` of measuring), timing each. */
function measure(fn: () => void, runs: number, warmup = 1, maxMs = 20_000): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const begin = performance.now();
  for (let i = 0; i < runs && (i < 3 || performance.now() - begin < maxMs); i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** Heap in use plus array buffers (typed arrays live outside the JS heap). */
function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** A draft of at least `count` sentences as the parser counts them (quotations can merge two). */
function draftOf(sources: GeneratedSources, count: number): { text: string; editOffset: number; sentences: number } {
  let asked = count;
  for (;;) {
    const draft = generateDraft(sources, asked);
    const sentences = parseDraft(draft.text, DRAFT_PATH).sentences.length;
    if (sentences >= count || asked > count * 1.5) return { text: draft.text, editOffset: draft.editOffset, sentences };
    asked += count - sentences;
  }
}

/** Everything measured at one corpus size, in this process. */
async function runSize(size: number): Promise<Result[]> {
  const results: Result[] = [];
  const corpus = generateSources(size);
  const draft = draftOf(corpus, 500);
  const small = draftOf(corpus, 20);
  const docs = corpus.documents;
  const big = size >= 100_000;

  // Index build: time and heap growth, the documents' text already in memory, as the CLI and the
  // extension build it (most of the reading in a worker thread, started by the warm-up build),
  // and in one thread (the constructor) for comparison.
  const reader = new WorkerReader(join(ROOT, 'dist/readWorker.js'));
  let handedOver = 0;
  const counting = { read: (d: readonly SourceDocument[]) => ((handedOver += d.length), reader.read(d)) };
  let index: SourceIndex | undefined;
  /**
   * One build, timed, and the heap it keeps. It returns numbers only: an async caller keeps the
   * value of its last `await` until the next one, which would hold the previous index.
   */
  const buildOnce = async (parallel: boolean): Promise<{ ms: number; heap: number }> => {
    index = undefined;
    handedOver = 0;
    gc();
    const before = heapBytes();
    const t = performance.now();
    index = parallel ? await SourceIndex.build(docs, { reader: counting }) : new SourceIndex(docs);
    const ms = performance.now() - t;
    gc();
    return { ms, heap: heapBytes() - before };
  };
  const buildTimes: number[] = [];
  const oneThreadTimes: number[] = [];
  const heaps: number[] = [];
  let handedLast = 0;
  const builds = big ? 8 : size >= 10_000 ? 6 : 12;
  for (const parallel of [false, true]) {
    for (let i = 0; i <= builds; i++) {
      const { ms, heap } = await buildOnce(parallel);
      // The first build of each kind warms up the JIT (and starts the thread) and is not counted.
      if (i === 0) continue;
      (parallel ? buildTimes : oneThreadTimes).push(ms);
      if (parallel) {
        heaps.push(heap);
        handedLast = handedOver;
      }
    }
  }
  await reader.dispose();
  const built = index!;
  const bytes = docs.reduce((n, d) => n + d.text.length, 0);
  const oneThread = summarize(oneThreadTimes);
  results.push({
    metric: 'index',
    sources: built.size,
    draftSentences: 0,
    ...summarize(buildTimes),
    heapMB: quantile([...heaps].sort((a, b) => a - b), 0.5) / 1e6,
    note:
      `${(bytes / 1e6).toFixed(1)} MB of text in ${docs.length} files; ` +
      (handedLast ? `${handedLast} read by a worker thread; in one thread ${oneThread.medianMs.toFixed(0)} ms (min ${oneThread.minMs!.toFixed(0)})` : 'too little text to share with a thread'),
  });

  // Rebuild after one source changed (what the extension does after a source edit): the other
  // documents come from the read cache.
  const cache = new SourceReadCache();
  new SourceIndex(docs, cache);
  const edited = docs.map((d) => d);
  const at = Math.floor(docs.length / 2);
  const rebuilds = measure(() => {
    edited[at] = { ...docs[at], text: docs[at].text + `\nA new sentence number ${Math.random()}.\n` };
    new SourceIndex(edited, cache);
  }, builds);
  results.push({ metric: 'reindex-one-file', sources: built.size, draftSentences: 0, ...summarize(rebuilds), note: `one of ${docs.length} files changed; the rest from SourceReadCache` });

  // Full check (parse + check) of the 500- and 20-sentence drafts.
  let oursPerSentence = 0;
  for (const d of [draft, small]) {
    // The first check after a build also fills the index's caches (the tokens of candidate
    // sentences, the speakers of their documents): what opening a draft costs, reported apart.
    const start = performance.now();
    checkDraft(parseDraft(d.text, DRAFT_PATH), built);
    const first = performance.now() - start;
    // Enough runs for a median on a shared machine, after enough to warm the JIT up.
    const times = measure(() => checkDraft(parseDraft(d.text, DRAFT_PATH), built), 25, 5);
    const parse = summarize(measure(() => parseDraft(d.text, DRAFT_PATH), 20, 5)).medianMs;
    const summary = summarize(times);
    if (d === draft) oursPerSentence = summary.medianMs / d.sentences;
    const note = `parse ${parse.toFixed(1)} ms` + (d === draft ? `; first check ${first.toFixed(0)} ms (cold caches)` : '');
    results.push({ metric: 'check-draft', sources: built.size, draftSentences: d.sentences, ...summary, note });
  }

  // Typing in one paragraph of the 500-sentence draft: each keystroke re-checked by DraftChecker.
  const checker = new DraftChecker(built);
  checker.check(draft.text, DRAFT_PATH);
  const keystrokes: number[] = [];
  const word = 'truly ';
  let text = draft.text;
  for (let round = 0; round < 6; round++) {
    for (let i = 1; i <= word.length * 2; i++) {
      const typed = i <= word.length ? word.slice(0, i) : word.slice(0, word.length * 2 - i);
      text = draft.text.slice(0, draft.editOffset + 1) + typed + draft.text.slice(draft.editOffset + 1);
      const t = performance.now();
      checker.check(text, DRAFT_PATH);
      if (round > 0) keystrokes.push(performance.now() - t);
    }
  }
  results.push({ metric: 'recheck-paragraph', sources: built.size, draftSentences: draft.sentences, ...summarize(keystrokes) });

  // Hover: what the extension's hover provider computes (the supports, quotations and word diff,
  // as markdown) on the checked draft, at the middle of each sentence.
  const parsed = parseDraft(draft.text, DRAFT_PATH);
  const checked = { draft: parsed, index: built, result: checkDraft(parsed, built) };
  const linkTo = (path: string, span: { start: number; end: number }) => `${path}#${span.start}-${span.end}`;
  const hovers: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const s of parsed.sentences) {
      const t = performance.now();
      hoverMarkdown(checked, (s.start + s.end) >> 1, linkTo);
      if (round > 0) hovers.push(performance.now() - t);
    }
  }
  results.push({ metric: 'hover', sources: built.size, draftSentences: 1, ...summarize(hovers) });

  // Quote picker: successive prefixes of short queries made of words of some source sentence.
  const queries = [0.1, 0.5, 0.9].map((at) => {
    const words = corpus.sentences[Math.floor(at * corpus.sentences.length)].text.replace(/[^\p{L}\p{N}\s-]/gu, '').split(/\s+/);
    return [words.find((w) => /^\p{Lu}/u.test(w) && w.length > 4) ?? words[0], words[words.length - 1]].join(' ').toLowerCase();
  });
  searchSources(built, queries[0]);
  const picks: number[] = [];
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const t = performance.now();
      searchSources(built, q.slice(0, i));
      picks.push(performance.now() - t);
    }
  }
  results.push({ metric: 'picker-keystroke', sources: built.size, draftSentences: 0, ...summarize(picks), note: queries.map((q) => `"${q}"`).join(', ') });

  // The naive design: one fuse.js search per draft sentence, over every source sentence.
  const sample = size <= 30 ? parsed.sentences.length : size <= 1_000 ? 40 : size <= 10_000 ? 4 : 0;
  if (sample) {
    const fuse = new Fuse(built.sentences, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45 });
    const sentences = parsed.sentences.filter((_, i) => i % Math.ceil(parsed.sentences.length / sample) === 0).slice(0, sample);
    fuse.search(sentences[0].text, { limit: 8 });
    const times: number[] = [];
    for (const s of sentences) {
      const t = performance.now();
      fuse.search(s.text, { limit: 8 });
      times.push(performance.now() - t);
    }
    const perSentence = summarize(times);
    const medianMs = perSentence.medianMs * parsed.sentences.length;
    results.push({
      metric: 'fuse-check-draft',
      sources: built.size,
      draftSentences: parsed.sentences.length,
      medianMs,
      p10Ms: perSentence.p10Ms! * parsed.sentences.length,
      p90Ms: perSentence.p90Ms! * parsed.sentences.length,
      runs: times.length,
      measuredSentences: times.length,
      ratioToOurs: medianMs / (oursPerSentence * parsed.sentences.length),
      note: `${perSentence.medianMs.toFixed(1)} ms per sentence, ${times.length} measured`,
    });
  }
  return results;
}

/**
 * Loads the packaged dist/extension.js in a fresh Node process, against a stand-in for `vscode`
 * (any property, call or assignment of it works), and calls `activate()`: prints the milliseconds
 * of `require` (compiling and evaluating the bundle) plus `activate()`. In VS Code the same work
 * meets a busier process (the integration test prints what it measured there).
 */
const ACTIVATION_PROBE = `
const Module = require('node:module');
const standIn = new Proxy(function () {}, { get: (_, k) => (k === 'then' || typeof k === 'symbol' ? undefined : standIn), apply: () => standIn, construct: () => standIn, set: () => true });
const load = Module._load;
Module._load = (request, ...rest) => (request === 'vscode' ? Object.create(standIn) : load(request, ...rest));
const started = performance.now();
require(process.argv[1]).activate({ subscriptions: [], extensionUri: standIn });
console.log(performance.now() - started);`;

/** Activation of the packaged extension, each in a fresh process (see ACTIVATION_PROBE). */
function runActivation(): Result[] {
  const bundle = join(ROOT, 'dist/extension.js');
  if (!existsSync(bundle)) return [];
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const run = spawnSync(process.execPath, ['-e', ACTIVATION_PROBE, bundle], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) return [];
    if (i > 1) times.push(Number(run.stdout.trim()));
  }
  return [{ metric: 'activation', sources: 0, draftSentences: 0, ...summarize(times), note: 'require dist/extension.js + activate(), fresh Node process, vscode stood in' }];
}

/** CLI wall time on the example workspace, when it and the built CLI exist. */
function runCli(): Result[] {
  const cli = join(ROOT, 'dist/cli.js');
  const draft = 'examples/ceasefire/draft.md';
  if (!existsSync(cli) || !existsSync(join(ROOT, draft))) return [];
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', draft], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) return [];
    if (i > 0) times.push(performance.now() - t);
  }
  return [{ metric: 'cli-check', sources: 0, draftSentences: 0, ...summarize(times), note: `node dist/cli.js check ${draft}` }];
}

/** The metrics `--json` lists under "results". */
const SPEC_METRICS: ReadonlySet<Metric> = new Set(['index', 'check-draft', 'recheck-paragraph', 'hover', 'picker-keystroke', 'fuse-check-draft']);

function runBundles(): Result[] {
  const out: Result[] = [];
  for (const file of ['dist/extension.js', 'sourceline.vsix']) {
    const path = join(ROOT, file);
    if (existsSync(path)) out.push({ metric: 'bundle', sources: 0, draftSentences: 0, medianMs: NaN, sizeKB: statSync(path).size / 1024, note: file });
  }
  return out;
}

/**
 * Ten runs of a busy loop: the fastest shows how fast this machine runs plain JavaScript, the
 * spread how much of the CPU others take (a shared virtual machine can vary tenfold).
 */
function calibrate(): { minMs: number; maxMs: number } {
  const times: number[] = [];
  let x = 0;
  for (let k = 0; k < 10; k++) {
    const t = performance.now();
    for (let i = 0; i < 1e7; i++) x = (x + i * 7) % 1_000_003;
    times.push(performance.now() - t);
  }
  if (x < 0) console.log(x);
  return { minMs: Math.min(...times), maxMs: Math.max(...times) };
}

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: keep what os.cpus() says
  }
  return `${cpus().length} × ${model}, Node ${process.version}`;
}

const BUDGETS: Partial<Record<Metric, { ms: number; at?: number; heapMB?: number; draft?: number }>> = {
  index: { ms: 1000, at: 100_000, heapMB: 100 },
  'check-draft': { ms: 100, at: 100_000, draft: 500 },
  'recheck-paragraph': { ms: 5 },
  hover: { ms: 5, at: 100_000 },
  'picker-keystroke': { ms: 30, at: 100_000 },
  activation: { ms: 50 },
};

function verdict(r: Result): string {
  if (r.metric === 'bundle') return r.note === 'dist/extension.js' ? (r.sizeKB! < 300 ? 'ok (< 300 KB)' : 'OVER (300 KB)') : '';
  const b = BUDGETS[r.metric];
  if (!b || (b.at && r.sources < b.at) || (b.draft && r.draftSentences < b.draft)) return '';
  const ok = r.medianMs < b.ms && (b.heapMB === undefined || (r.heapMB ?? 0) < b.heapMB);
  return `${ok ? 'ok' : 'MISSED'} (< ${b.ms} ms${b.heapMB ? `, < ${b.heapMB} MB` : ''})`;
}

function table(results: Result[], header: string): string {
  const rows = [['metric', 'sources', 'draft', 'median ms', 'min ms', 'p10–p90 ms', 'heap MB', 'budget', 'note']];
  const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  for (const r of results) {
    rows.push([
      r.metric,
      r.sources ? String(r.sources) : '',
      r.draftSentences ? String(r.draftSentences) : '',
      r.metric === 'bundle' ? `${r.sizeKB!.toFixed(0)} KB` : ms(r.medianMs),
      ms(r.minMs),
      r.p10Ms === undefined ? '' : `${ms(r.p10Ms)}–${ms(r.p90Ms)}`,
      r.heapMB === undefined ? '' : r.heapMB.toFixed(1),
      verdict(r),
      [r.ratioToOurs ? `${r.ratioToOurs.toFixed(0)}× ours` : '', r.note ?? ''].filter(Boolean).join('; '),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c >= 1 && c <= 6 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [header, '', line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const child = argv.indexOf('--child');
  if (child >= 0) {
    process.stdout.write(JSON.stringify(await runSize(Number(argv[child + 1]))) + '\n');
    return;
  }
  const json = argv.includes('--json');
  const sizesAt = argv.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? argv[sizesAt + 1].split(',').map(Number) : SIZES;
  const started = performance.now();
  const load = loadavg()[0];
  const calibration = calibrate();
  const results: Result[] = [];
  for (const size of sizes) {
    if (!json) process.stderr.write(`bench: ${size} source sentences...\n`);
    const loader = __filename.endsWith('.ts') ? ['--import', 'tsx'] : [];
    const run = spawnSync(process.execPath, ['--expose-gc', ...loader, __filename, '--child', String(size)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      throw new Error(`bench child for ${size} sources exited with ${run.status}`);
    }
    results.push(...(JSON.parse(run.stdout.trim().split('\n').pop()!) as Result[]));
  }
  results.push(...runCli(), ...runActivation(), ...runBundles());
  const header = [
    `Sourceline bench: ${machine()}`,
    `load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end; calibration loop (1e7 steps) ${calibration.minMs.toFixed(0)}–${calibration.maxMs.toFixed(0)} ms; total ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join('\n');
  // The metrics of the issue under "results"; the others (re-indexing, the CLI, bundle sizes) and
  // the machine under "other", so a reader of "results" meets only the shape it expects.
  const named = results.filter((r) => SPEC_METRICS.has(r.metric));
  const other = results.filter((r) => !SPEC_METRICS.has(r.metric)).map((r) => (Number.isNaN(r.medianMs) ? { ...r, medianMs: undefined } : r));
  if (json) process.stdout.write(JSON.stringify({ results: named, other: { machine: machine(), loadAverage: load, calibrationMs: calibration, results: other } }) + '\n');
  else process.stdout.write(table(results, header) + '\n');
}

void main(process.argv.slice(2));
