import assert from 'node:assert/strict';
import { walkSources, type DirectoryEntry } from './walkSources';

const FILE = 1;
const DIRECTORY = 2;
const SYMLINK = 64;

/** A readDirectory over an in-memory tree (`{ name: subtree }` for a folder, a string for a file); records what it read. */
function memoryTree(tree: Record<string, unknown>): { read: string[]; readDirectory: (path: string) => Promise<DirectoryEntry[]> } {
  const read: string[] = [];
  const readDirectory = async (path: string): Promise<DirectoryEntry[]> => {
    read.push(path);
    let node: unknown = tree;
    for (const part of path ? path.split('/') : []) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'object' || node === null) throw new Error(`not a folder: ${path}`);
    return Object.entries(node).map(([name, child]): DirectoryEntry => [name, typeof child === 'string' ? FILE : DIRECTORY]);
  };
  return { read, readDirectory };
}

describe('walkSources', () => {
  const tree = {
    'draft.md': '',
    sources: { 'article.txt': '', 'notes.md': '', 'scan.png': '', deep: { 'report.txt': '' } },
    notes: { 'interview.txt': '' },
    node_modules: { pkg: { 'readme.md': '' } },
    '.git': { 'HEAD.md': '' },
  };

  it('lists the files the default glob matches, at any depth, sorted', async () => {
    const { readDirectory } = memoryTree(tree);
    assert.deepEqual(await walkSources(readDirectory, ['sources/**/*.{txt,md}']), ['sources/article.txt', 'sources/deep/report.txt', 'sources/notes.md']);
  });

  it('reads only the folders a glob can reach', async () => {
    const { read, readDirectory } = memoryTree(tree);
    await walkSources(readDirectory, ['sources/**/*.txt']);
    assert.deepEqual(read, ['', 'sources', 'sources/deep']);
  });

  it('takes the union of several globs, each file once', async () => {
    const { readDirectory } = memoryTree(tree);
    assert.deepEqual(await walkSources(readDirectory, ['notes/interview.txt', 'sources/*.txt', '**/article.txt']), ['notes/interview.txt', 'sources/article.txt']);
  });

  it('skips node_modules and .git even for a glob that spans everything', async () => {
    const { read, readDirectory } = memoryTree(tree);
    assert.deepEqual(await walkSources(readDirectory, ['**/*.md']), ['draft.md', 'sources/notes.md']);
    assert.ok(!read.some((path) => path.startsWith('node_modules') || path.startsWith('.git')), read.join(', '));
  });

  it('skips hidden files and folders unless a glob names the folder, as the CLI does', async () => {
    const { read, readDirectory } = memoryTree({
      sources: { 'a.txt': '', '._a.txt': '', '.trash': { 'old.txt': '' } },
      '.notes': { 'call.txt': '', '.draft.txt': '' },
    });
    assert.deepEqual(await walkSources(readDirectory, ['**/*.txt']), ['sources/a.txt']);
    assert.ok(!read.some((path) => path.includes('.trash') || path.includes('.notes')), read.join(', '));
    assert.deepEqual(await walkSources(readDirectory, ['.notes/*.txt', 'sources/**/*.txt']), ['.notes/call.txt', 'sources/a.txt']);
  });

  it('skips a folder that cannot be read and goes on', async () => {
    const readDirectory = async (path: string): Promise<DirectoryEntry[]> => {
      if (path === 'sources/locked') throw new Error('permission denied');
      if (path === '') return [['sources', DIRECTORY]];
      if (path === 'sources') return [['locked', DIRECTORY], ['a.txt', FILE]];
      return [];
    };
    assert.deepEqual(await walkSources(readDirectory, ['sources/**/*.txt']), ['sources/a.txt']);
  });

  it('stops at the depth and folder bounds: a symlink loop is not followed forever', async () => {
    // "loop" links back to its own folder: sources/loop/loop/loop/... never ends.
    const reads: string[] = [];
    const readDirectory = async (path: string): Promise<DirectoryEntry[]> => {
      reads.push(path);
      if (path === '') return [['sources', DIRECTORY]];
      return [['loop', DIRECTORY | SYMLINK], ['a.txt', FILE]];
    };
    const found = await walkSources(readDirectory, ['sources/**/*.txt'], { maxDepth: 3, maxFolders: 100 });
    assert.deepEqual(found, ['sources/a.txt', 'sources/loop/a.txt', 'sources/loop/loop/a.txt']);
    assert.equal(reads.length, 4);
    const bounded = await walkSources(readDirectory, ['sources/**/*.txt'], { maxDepth: 50, maxFolders: 5 });
    assert.equal(bounded.length, 4);
  });

  it('no globs: nothing is read', async () => {
    const { read, readDirectory } = memoryTree(tree);
    assert.deepEqual(await walkSources(readDirectory, []), []);
    assert.deepEqual(read, []);
  });
});
