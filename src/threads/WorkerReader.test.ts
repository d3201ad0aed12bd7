import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { SourceIndex } from '../core/SourceIndex';
import { SourceReadCache } from '../core/readSource';
import { tokenize } from '../core/tokenize';
import type { SourceDocument } from '../core/types';
import { WorkerReader } from './WorkerReader';

/** Sentences of an index as a reader sees them, and what a few queries find in it. */
function summary(index: SourceIndex): unknown {
  return {
    sentences: index.sentences.map((s) => [s.path, s.line, s.endLine, s.paragraph, s.start, s.end, s.text]),
    candidates: index.sentences.filter((_, i) => i % 97 === 0).map((s) => index.candidates(tokenize(s.text), 3)),
    numbers: [1300, 175, 2.5, 30].map((n) => index.mentionsNumber(n)),
  };
}

/** A source folder of some 1.5 MB: enough text for a build to hand half of it to the worker. */
function corpus(): SourceDocument[] {
  return Array.from({ length: 300 }, (_, i) => ({
    path: `/s/${i}.${i % 5 === 0 ? 'md' : 'txt'}`,
    text: Array.from(
      { length: 40 },
      (_, k) => `Officials in region${(i * 7 + k) % 50} said ${k + i} ferries crossed the bay${k % 9} on day ${k}, and the port${i % 13} closed at ${1300 + k} hours.${k % 8 === 7 ? '\n\n' : ' '}`,
    ).join(''),
  }));
}

describe('WorkerReader', function () {
  this.timeout(20_000);
  let dir: string;
  let script: string;

  before(() => {
    // The worker runs the bundled reader, as dist/readWorker.js ships.
    dir = mkdtempSync(join(tmpdir(), 'sourceline-worker-'));
    script = join(dir, 'readWorker.js');
    buildSync({ entryPoints: [join(__dirname, 'readWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'silent' });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads half the documents in another thread into the same index as one thread builds', async () => {
    const docs = corpus();
    const reader = new WorkerReader(script);
    let asked = 0;
    const counting = { read: (d: readonly SourceDocument[]) => ((asked += d.length), reader.read(d)) };
    try {
      const built = await SourceIndex.build(docs, { reader: counting });
      assert.ok(asked > 100 && asked < 250, `${asked} documents handed over`);
      assert.deepEqual(summary(built), summary(new SourceIndex(docs)));
      // A second build reuses the thread and the stem names it has sent.
      const again = await SourceIndex.build(docs.slice(1), { reader });
      assert.deepEqual(summary(again), summary(new SourceIndex(docs.slice(1))));
    } finally {
      await reader.dispose();
    }
  });

  it('hands nothing over when the cache holds all but one document', async () => {
    const docs = corpus();
    const cache = new SourceReadCache();
    const direct = new SourceIndex(docs, cache);
    const edited = docs.map((d, i) => (i === 290 ? { ...d, text: d.text.replace(/ferries/g, 'barges') } : d));
    const asked: string[] = [];
    const reader = { read: async (d: readonly SourceDocument[]) => (asked.push(...d.map((x) => x.path)), undefined) };
    const built = await SourceIndex.build(edited, { cache, reader });
    assert.deepEqual(asked, []);
    assert.equal(built.documentFrequency('barg'), 40);
    assert.equal(direct.documentFrequency('barg'), 0);
  });

  it('gives each read the stem names it indexes when the worker starts its list anew', async () => {
    // A bound far below the corpus's stems: the worker's list is replaced before each request.
    const reader = new WorkerReader(script, { maxStems: 20 });
    try {
      const docs = corpus();
      for (const set of [docs, docs.slice(7), docs.slice(0, 250)]) assert.deepEqual(summary(await SourceIndex.build(set, { reader })), summary(new SourceIndex(set)));
    } finally {
      await reader.dispose();
    }
  });

  it('starts no thread once disposed', async () => {
    const reader = new WorkerReader(script);
    await reader.dispose();
    assert.equal(await reader.read(corpus().slice(0, 2)), undefined);
  });

  it('falls back to reading in this thread when the worker script is missing', async () => {
    const docs = corpus();
    const reader = new WorkerReader(join(dir, 'missing.js'));
    assert.equal(await reader.read(docs.slice(0, 2)), undefined);
    assert.deepEqual(summary(await SourceIndex.build(docs, { reader })), summary(new SourceIndex(docs)));
  });
});
