import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource, SourceReadCache } from './readSource';
import { SourceIndex } from './SourceIndex';
import { tokenize } from './tokenize';

const COMMON = ['harbor', 'grain', 'cargo', 'tanker', 'customs', 'ferry'];

/**
 * A source of `size` sentences where each of the six common words is in one sentence of six
 * (2,500 sentences each at 15k: common in a large index), and each sentence has a word of its own.
 */
function largeSource(size: number, extra: string[] = []): SourceIndex {
  const lines: string[] = [];
  for (let i = 0; i < size; i++) lines.push(`The ${COMMON[i % 6]} inspectors filed report${i} today.`);
  return new SourceIndex([{ path: '/s/large.txt', text: [...lines, ...extra].join('\n') + '\n' }]);
}

const textsOf = (index: SourceIndex, query: string, limit = 8) =>
  index.candidates(tokenize(query), limit).map((c) => index.sentences[c.id].text);

describe('SourceIndex.candidates', () => {
  it('ranks by shared rare and common words in a small index', () => {
    const index = new SourceIndex([
      { path: '/s/a.txt', text: 'The ferry crossed the bay at dawn.\nThe ferry sank.\nA storm closed the bay.\n' },
    ]);
    assert.deepEqual(textsOf(index, 'A ferry crossed the bay'), ['The ferry crossed the bay at dawn.', 'The ferry sank.', 'A storm closed the bay.']);
  });

  describe('in a large index, where rare words select and common words rank', () => {
    const index = largeSource(15_000, [
      'Zorvath spoke about the harbor and the grain quotas.',
      'Zorvath spoke about the harbor.',
      'Zorvath spoke.',
    ]);

    it('still orders the sentences of a rare word by the common words they share', () => {
      assert.ok(index.documentFrequency('harbor') > 1000 && index.documentFrequency('grain') > 1000);
      assert.deepEqual(textsOf(index, 'Zorvath on harbor grain', 3), [
        'Zorvath spoke about the harbor and the grain quotas.',
        'Zorvath spoke about the harbor.',
        'Zorvath spoke.',
      ]);
    });

    it('answers a query of common words only', () => {
      const found = textsOf(index, 'harbor inspectors', 2);
      assert.equal(found.length, 2);
      for (const text of found) assert.match(text, /harbor/);
    });

    it('finds the one sentence holding a unique word among thousands sharing the rest', () => {
      assert.equal(textsOf(index, 'The cargo inspectors filed report9002 today', 1)[0], 'The cargo inspectors filed report9002 today.');
    });
  });
});

describe('SourceIndex.mentionsNumber', () => {
  const index = new SourceIndex([
    { path: '/s/n.txt', text: 'Troops took 1,300 square kilometers.\nSales reached 3.2 million units.\nA quarter of the plants closed, and twenty-three workers left.\nThe fund raised $8.2m by 1.2.2020.\n' },
  ]);
  const table: [number, boolean][] = [[1300, true], [3.2e6, true], [3.2, false], [0.25, true], [23, true], [1, false], [8.2e6, true], [8.2, false], [1.2, false]];
  for (const [value, expected] of table) it(`${expected ? 'knows' : 'does not know'} ${value}`, () => assert.equal(index.mentionsNumber(value), expected));
});

describe('SourceIndex sentences', () => {
  const article = readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8');
  const index = new SourceIndex([{ path: '/s/article.txt', text: article }]);
  const on = (line: number) => index.sentencesOnLines('/s/article.txt', line, line)[0];

  it('give file, 1-based line, offsets and text', () => {
    const s = on(13);
    assert.equal(s.path, '/s/article.txt');
    assert.equal(s.line, 13);
    assert.equal(article.slice(s.start, s.end), s.text);
    assert.match(s.text, /^Putin also told Trump that Russia and Ukraine are set to exchange 175 prisoners/);
  });

  it('give speakers: named, institutional, and a pronoun carried over from the sentence before', () => {
    assert.deepEqual(on(13).speakers.map((s) => s.name), ['Putin', 'the Kremlin']);
    assert.deepEqual(on(5).speakers.map((s) => s.name), ['the Kremlin']);
    assert.deepEqual(on(10).speakers.map((s) => s.key), ['zelenskyy']);
  });

  it('give a transcript turn its label, time codes, roles and bold aside, to every sentence of the turn', () => {
    const transcript = [
      '[00:00:36] Paul Lindqvist: We lost the north slipway in February. The whole thing just went.',
      '[00:00:51] Dr. Amara Osei (geologist): Erosion is faster than we thought.',
      '(00:01:02) INTERVIEWER: Why?',
      '**Osei:** Because the storms are stronger. They come every winter now.',
      'Update: The harbour reopened.',
      'The ferry runs again.',
    ].join('\n');
    const read = new SourceIndex([{ path: '/s/interview.txt', text: transcript }]);
    assert.deepEqual(
      read.sentences.map((s) => s.speakers.map((x) => x.name).join()),
      ['Paul Lindqvist', 'Paul Lindqvist', 'Dr. Amara Osei', 'INTERVIEWER', 'Osei', 'Osei', 'Update', ''],
    );
  });

  it('give a turn wrapped onto later lines to its label, in plain text wrapped by hand and in a markdown paragraph', () => {
    const plain = [
      'Paul Lindqvist: We lost the north slipway in February when the storm came',
      'in. Nobody expected it to go so fast, and we had no money to repair it.',
      'Everyone in the village knew what that meant for the boats and for us all.',
      'Amara Osei: Erosion is faster than we thought, and the models missed it.',
    ].join('\n');
    const markdown = '**Paul Lindqvist:** We lost the north slipway.\nNobody expected it.\n\nThe ferry runs again.';
    const read = new SourceIndex([
      { path: '/s/interview.txt', text: plain },
      { path: '/s/interview.md', text: markdown },
    ]);
    assert.deepEqual(
      read.sentences.map((s) => `${s.text.replace(/\s+/g, ' ').slice(0, 20)}: ${s.speakers.map((x) => x.name).join()}`),
      [
        'Paul Lindqvist: We l: Paul Lindqvist',
        'Nobody expected it t: Paul Lindqvist',
        'Everyone in the vill: Paul Lindqvist',
        'Amara Osei: Erosion : Amara Osei',
        'Paul Lindqvist:** We: Paul Lindqvist',
        'Nobody expected it.: Paul Lindqvist',
        'The ferry runs again: ',
      ],
    );
  });

  it('give a clause ending ", saying…" to the name before it, and a pronoun after it too', () => {
    const text = [
      'Council cabinet member Rachel Dunmore defended the cuts, saying the decisions were hard.',
      '"Nobody wanted to make these decisions," she said.',
      'The Kremlin rejected the plan, saying it was unfair.',
      'Trump cut aid in March, adding to the pressure on Zelenskyy.',
      'It upheld a decision of the appeals court, which ruled in favor of Arab Bank, saying banks may not be sued.',
    ].join('\n');
    const read = new SourceIndex([{ path: '/s/news.txt', text }]);
    assert.deepEqual(read.sentences.map((s) => s.speakers.map((x) => x.name).join()), ['Rachel Dunmore', 'Rachel Dunmore', 'The Kremlin', '', '']);
  });

  it('give the same speakers whatever order they are asked in (read up to the sentence asked)', () => {
    const speakersOf = (order: (ids: number[]) => number[]) => {
      const fresh = new SourceIndex([{ path: '/s/article.txt', text: article }]);
      const ids = order(fresh.sentences.map((s) => s.id));
      const out = new Map(ids.map((id) => [id, fresh.sentences[id].speakers.map((s) => s.key)]));
      return fresh.sentences.map((s) => out.get(s.id));
    };
    assert.deepEqual(speakersOf((ids) => [...ids].reverse()), speakersOf((ids) => ids));
  });

  it('print as plain data', () => {
    const data = JSON.parse(JSON.stringify(on(10)));
    assert.equal(data.line, 10);
    assert.equal(data.index, undefined);
  });
});

describe('SourceIndex with a SourceReadCache', () => {
  const a = { path: '/s/a.txt', text: 'The ferry crossed the bay at dawn.\nThe ferry sank.\n' };
  const b = { path: '/s/b.md', text: '# Port\n\nA storm closed the **bay** on Monday.\n' };

  it('gives the same index as a fresh build, and sees a changed text', () => {
    const cache = new SourceReadCache();
    const first = new SourceIndex([a, b], cache);
    const again = new SourceIndex([a, b], cache);
    const fresh = new SourceIndex([a, b]);
    const rows = (index: SourceIndex) => index.sentences.map((s) => [s.path, s.line, s.text, index.candidates(tokenize(s.text), 2).map((c) => c.id)]);
    assert.deepEqual(rows(again), rows(fresh));
    assert.deepEqual(rows(first), rows(fresh));
    const changed = new SourceIndex([a, { ...b, text: '# Port\n\nA storm closed the harbor.\n' }], cache);
    assert.deepEqual(changed.sentences.map((s) => s.text), ['The ferry crossed the bay at dawn.', 'The ferry sank.', 'Port', 'A storm closed the harbor.']);
    assert.equal(changed.documentFrequency('harbor'), 1);
    assert.equal(changed.documentFrequency('monday'), 0);
  });
});

describe('SourceIndex.build', () => {
  it('builds in slices, pausing between documents, the same index as the constructor', async () => {
    const docs = Array.from({ length: 40 }, (_, i) => ({ path: `/s/${i}.txt`, text: `Report ${i} says the ferry${i} crossed the bay.\nThe port${i} closed.\n` }));
    let pauses = 0;
    const built = await SourceIndex.build(docs, { pause: async () => void pauses++, sliceMs: 0 });
    const direct = new SourceIndex(docs);
    assert.ok(pauses >= 39, `${pauses} pauses`);
    assert.deepEqual(
      built.sentences.map((s) => [s.path, s.line, s.text]),
      direct.sentences.map((s) => [s.path, s.line, s.text]),
    );
    for (const s of direct.sentences) assert.deepEqual(built.candidates(tokenize(s.text), 3), direct.candidates(tokenize(s.text), 3));
  });
});

describe('SourceIndex.build with a reader', () => {
  // Over 1 MB of text: enough for a build to hand most of it to the reader.
  const docs = Array.from({ length: 300 }, (_, i) => ({
    path: `/s/${i}.txt`,
    text: Array.from({ length: 60 }, (_, k) => `Report ${i} says ${k} ferries of line${(i * 7 + k) % 50} crossed the bay${k % 9} before the port${i % 13} closed.\n`).join(''),
  }));
  const sentences = (index: SourceIndex) => index.sentences.map((s) => [s.path, s.line, s.text]);

  it('takes the read of each document it handed over from the reader, even when another build caches it meanwhile', async () => {
    const cache = new SourceReadCache();
    let asked = 0;
    const reader = {
      read: async (batch: readonly { path: string; text: string }[]) => {
        asked += batch.length;
        // Another build sharing the cache reads some of these documents first.
        cache.read(batch[0]);
        await new Promise((resolve) => setImmediate(resolve));
        return batch.map(readSource);
      },
    };
    const built = await SourceIndex.build(docs, { cache, reader });
    assert.ok(asked > 100, `${asked} documents handed over`);
    assert.deepEqual(sentences(built), sentences(new SourceIndex(docs)));
  });

  it('reads the documents itself when the reader cannot', async () => {
    const built = await SourceIndex.build(docs, { reader: { read: async () => undefined } });
    assert.deepEqual(sentences(built), sentences(new SourceIndex(docs)));
    const throwing = {
      read: (): Promise<undefined> => {
        throw new Error('no thread');
      },
    };
    assert.deepEqual(sentences(await SourceIndex.build(docs, { reader: throwing })), sentences(new SourceIndex(docs)));
  });
});
