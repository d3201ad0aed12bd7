import assert from 'node:assert/strict';
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
