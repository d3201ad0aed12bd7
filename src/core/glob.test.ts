import assert from 'node:assert/strict';
import { globToRegExp, isSearchedPath, literalPrefix } from './glob';

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['sources/**/*.{txt,md}', 'sources/a.txt', true],
    ['sources/**/*.{txt,md}', 'sources/x/y/a.md', true],
    ['sources/**/*.{txt,md}', 'sources/a.png', false],
    ['sources/**/*.{txt,md}', 'other/a.txt', false],
    ['sources/*.txt', 'sources/x/a.txt', false],
    ['**/*.md', 'draft.md', true],
    ['**/*.md', 'a/b/draft.md', true],
    ['sources/**', 'sources', true],
    ['sources/**', 'sources/a/b.txt', true],
    ['sources/**', 'sourcesX/a.txt', false],
    ['notes/interview?.txt', 'notes/interview2.txt', true],
    ['notes/interview?.txt', 'notes/interview/.txt', false],
    ['notes/[ab].txt', 'notes/b.txt', true],
    ['notes/[!ab].txt', 'notes/b.txt', false],
    ['a.b(c).txt', 'a.b(c).txt', true],
    ['a.b(c).txt', 'aXb(c).txt', false],
    ['{unclosed.txt', '{unclosed.txt', true],
    // The CLI's --source reads globs the same way: a class, not the characters "[ab]".
    ['sources/[ab]*.txt', 'sources/a1.txt', true],
    ['[!a].txt', 'b.txt', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globToRegExp(glob).test(path), expected));
  }
});

describe('literalPrefix', () => {
  const cases: [string, string][] = [
    ['sources/**/*.{txt,md}', 'sources'],
    ['a/b/*.txt', 'a/b'],
    ['a/b/c.txt', 'a/b'],
    ['**/*.md', ''],
    ['notes.txt', ''],
    ['a/[ab]/c.txt', 'a'],
  ];
  for (const [glob, prefix] of cases) it(`${glob} starts in "${prefix}"`, () => assert.equal(literalPrefix(glob), prefix));
});

describe('isSearchedPath', () => {
  const cases: [string, string, boolean][] = [
    ['sources/a.txt', 'sources/**/*.txt', true],
    ['sources/.trash/a.txt', 'sources/**/*.txt', false],
    ['sources/._a.txt', 'sources/**/*.txt', false],
    ['node_modules/pkg/readme.md', '**/*.md', false],
    ['notes/node_modules.txt', '**/*.txt', true],
    ['.notes/a.txt', '.notes/*.txt', true],
    ['.notes/.a.txt', '.notes/*.txt', false],
    ['.notes/a.txt', '**/*.txt', false],
    ['a/.b/c/d.txt', 'a/.b/c/*.txt', true],
  ];
  for (const [path, glob, expected] of cases) {
    it(`${glob} ${expected ? 'reaches' : 'does not reach'} ${path}`, () => assert.equal(isSearchedPath(path, glob), expected));
  }
});
