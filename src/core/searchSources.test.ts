import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchSources, type SearchHit } from './searchSources';
import { SourceIndex } from './SourceIndex';

const ARTICLE = readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8');
const article = new SourceIndex([{ path: '/s/article.txt', text: ARTICLE }]);

/**
 * Over 500 sentences, past which the search first narrows to the sentences holding the typed
 * words: hundreds of look-alike reports, then the article.
 */
const REPORTS = Array.from({ length: 600 }, (_, i) => `Inspectors filed report ${i} on the ferry schedule.`).join('\n') + '\n';
const large = new SourceIndex([
  { path: '/s/reports.txt', text: REPORTS },
  { path: '/s/article.txt', text: ARTICLE },
]);

const places = (hits: SearchHit[]) => hits.map((h) => `${h.sentence.path}:${h.sentence.line}`);

describe('searchSources', () => {
  describe('finds the sentence a short query with a typo means, first', () => {
    const table: [string, number][] = [
      ['hocky matches', 27],
      ['air raid sirns', 4],
      ['Saudi Arabai', 15],
      ['maritme ceasfire', 2],
      ['energy facilites', 1],
      ['Marco Rubo', 15],
    ];
    for (const [query, line] of table) {
      it(`"${query}": line ${line}`, () => {
        const [first] = searchSources(article, query);
        assert.equal(first && `${first.sentence.path}:${first.sentence.line}`, `/s/article.txt:${line}`);
      });
    }
  });

  it('gives each hit its file, 1-based line and sentence text, ranked best first (score 0 is perfect)', () => {
    const index = new SourceIndex([
      { path: '/s/article.txt', text: ARTICLE },
      { path: '/s/notes.md', text: '# Notes\n\nThe hockey matches were never scheduled.\n' },
    ]);
    const hits = searchSources(index, 'hockey matches');
    assert.deepEqual(places(hits).sort(), ['/s/article.txt:27', '/s/notes.md:3']);
    const notes = hits.find((h) => h.sentence.path === '/s/notes.md');
    assert.equal(notes?.sentence.text, 'The hockey matches were never scheduled.');
    const scores = hits.map((h) => h.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
    for (const score of scores) assert.ok(score >= 0 && score <= 1, `score ${score}`);
  });

  describe('answers an empty query with the first sentences in document order', () => {
    const table: [string, string, number | undefined, number][] = [
      ['an empty query', '', undefined, article.size],
      ['spaces only', '   ', 5, 5],
      ['an empty query with a limit', '', 3, 3],
    ];
    for (const [name, query, limit, count] of table) {
      it(`for ${name}`, () => {
        const hits = searchSources(article, query, limit);
        assert.deepEqual(
          hits.map((h) => [h.sentence.id, h.score]),
          article.sentences.slice(0, count).map((s) => [s.id, 0]),
        );
      });
    }
  });

  describe('returns at most `limit` hits', () => {
    const table: [string, number][] = [
      ['Trump', 3],
      ['Ukraine', 1],
      ['Russia', 0],
    ];
    for (const [query, limit] of table) {
      it(`${limit} for "${query}"`, () => {
        assert.ok(searchSources(article, query).length > limit);
        assert.equal(searchSources(article, query, limit).length, limit);
      });
    }
  });

  describe('returns nothing for a query that matches nothing', () => {
    for (const query of ['xylophone quartz', 'zzzzqqq']) {
      it(`"${query}"`, () => {
        assert.deepEqual(searchSources(article, query), []);
        assert.deepEqual(searchSources(large, query), []);
      });
    }
  });

  describe('puts a sentence holding every typed word before one near a single word', () => {
    const table: [string, number][] = [
      ['Zelenskyy transparency', 7],
      ['kremlin hockey', 27],
    ];
    for (const [query, line] of table) {
      it(`"${query}": line ${line}`, () => assert.equal(searchSources(article, query)[0]?.sentence.line, line));
    }
  });

  it('searches the sources of the index it is given (a rebuilt index is searched afresh)', () => {
    const before = new SourceIndex([{ path: '/s/a.txt', text: 'The storm closed the harbor.\n' }]);
    const after = new SourceIndex([{ path: '/s/a.txt', text: 'The storm closed the harbor.\nFishermen lost a week of income.\n' }]);
    assert.deepEqual(places(searchSources(before, 'fishermen')), []);
    assert.deepEqual(places(searchSources(after, 'fishermen')), ['/s/a.txt:2']);
  });

  describe('over many sentences', () => {
    const table: [string, string, string[]][] = [
      ['a word being typed', 'hock', ['/s/article.txt:27']],
      ['whole words and one being typed', 'hockey mat', ['/s/article.txt:27']],
      ['a rare name', 'Rubio', ['/s/article.txt:15']],
      ['a phrase being typed', 'air raid sir', ['/s/article.txt:4']],
      // A word typed whole is longer than its stem ("sirens", "siren"): it still finds it.
      ['a word typed whole, with an ending', 'sirens', ['/s/article.txt:4']],
      ['a word typed whole, then a space', 'sirens ', ['/s/article.txt:4']],
      ['a verb typed whole', 'proposed', ['/s/article.txt:11']],
      // A typo past the first three letters of each word: fuse.js ranks the words that start alike.
      ['words with typos, each', 'hockei matchez', ['/s/article.txt:27']],
      ['a name with a typo', 'Marco Rubo', ['/s/article.txt:15']],
    ];
    for (const [name, query, first] of table) {
      it(`finds the sentence of ${name} among the look-alikes`, () => {
        assert.ok(large.size > 500);
        assert.deepEqual(places(searchSources(large, query)).slice(0, first.length), first);
      });
    }

    it('returns at most `limit` hits, and the first sentences for an empty query', () => {
      assert.equal(searchSources(large, 'ferry schedule', 7).length, 7);
      assert.deepEqual(places(searchSources(large, '', 2)), ['/s/reports.txt:1', '/s/reports.txt:2']);
    });
  });
});
