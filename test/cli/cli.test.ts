import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { FINDING_CODES } from '../../src/core';

// The built CLI, run as a process: what `npm install -g` users get. SOURCELINE_CLI points the
// tests at another build (a packed one, say); otherwise dist/cli.js is rebuilt when missing or
// older than the sources.
const ROOT = join(__dirname, '../..');
const CLI = process.env.SOURCELINE_CLI ?? join(ROOT, 'dist/cli.js');
const ARTICLE = readFileSync(join(ROOT, 'examples/ceasefire/sources/article.txt'), 'utf8');

const SUPPORTED = 'Trump and Putin agreed to a temporary halt in strikes against energy facilities.\n';
const NUMBER_LINE = 'Putin told Trump that Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday, the Kremlin said.';
const WITH_FINDINGS = `# Notes\n\n${NUMBER_LINE}\n\n"We need to understand what the talks are about," Zelenskyy said.\n`;

before(function () {
  this.timeout(120_000);
  if (process.env.SOURCELINE_CLI) return;
  // Every file the CLI may be built from, at any depth (src/core/lazy, src/threads, ...).
  const files = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  const newest = Math.max(...['package.json', ...['src/cli', 'src/core', 'src/threads', 'src/config'].flatMap(files)].map((f) => statSync(join(ROOT, f)).mtimeMs));
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newest) return;
  buildSync({
    entryPoints: [join(ROOT, 'src/cli/cli.ts')],
    outfile: CLI,
    bundle: true,
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces) {
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  workspaces = [];
});

/** A fresh folder in the system temp folder holding `files` (text or bytes), by relative path. */
function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
  workspaces.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function chmodTree(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) chmodTree(join(dir, entry.name));
      else if (entry.isFile()) chmodSync(join(dir, entry.name), 0o644);
    }
  } catch {
    // best effort: rmSync reports what it cannot remove
  }
}

function run(cwd: string, args: string[], options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, ...options });
  assert.ifError(result.error);
  assert.notEqual(result.signal, 'SIGTERM', `sourceline ${args.join(' ')} hung`);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const lines = (text: string) => text.split('\n').filter((l) => l.length);

/** Exit code 2, no output, and exactly one stderr line naming `file` and the reason, no stack trace. */
function assertFails(r: Run, file: string | undefined, reason: RegExp): void {
  assert.equal(r.status, 2, `exit code 2; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  assert.equal(lines(r.stderr).length, 1, `one line on stderr, got: ${r.stderr}`);
  assert.ok(r.stderr.startsWith('sourceline: '), r.stderr);
  if (file) assert.ok(r.stderr.includes(file), `stderr names ${file}: ${r.stderr}`);
  assert.match(r.stderr, reason);
  assertNoStack(r);
}

function assertNoStack(r: Run): void {
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+/m, 'no stack trace');
  assert.doesNotMatch(r.stderr, /internal error|TypeError|RangeError|node:internal/);
}

/** The warnings of a run: stderr lines, each `sourceline: warning: ...`. */
function warnings(r: Run): string[] {
  const out = lines(r.stderr);
  for (const line of out) assert.match(line, /^sourceline: warning: /);
  assertNoStack(r);
  return out;
}

function json(r: Run): { version: number; files: { path: string; diagnostics: Diagnostic[] }[] } {
  return JSON.parse(r.stdout);
}

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Diagnostic {
  code: string;
  severity: string;
  message: string;
  start: Point;
  end: Point;
  evidence?: { path: string; line: number; text: string };
  fix?: { start: Point; end: Point; replacement: string };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('sourceline CLI: hostile input', function () {
  this.timeout(60_000);

  it('no arguments: exit 2 and one line of usage', () => {
    assertFails(run(workspace(), []), undefined, /no command given; usage: sourceline check/);
  });

  it('an unknown command, an unknown option, an invalid --format, a missing value', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'sources/article.txt': ARTICLE });
    assertFails(run(dir, ['lint', 'd.md']), 'lint', /unknown command "lint"/);
    assertFails(run(dir, ['check', '--bogus', 'd.md']), '--bogus', /unknown option "--bogus"/);
    assertFails(run(dir, ['check', '--format', 'xml', 'd.md']), 'xml', /--format must be text, json or sarif, not "xml"/);
    assertFails(run(dir, ['check', '--format=yaml', 'd.md']), 'yaml', /--format must be/);
    assertFails(run(dir, ['check', 'd.md', '--source']), '--source', /--source needs a value/);
    assertFails(run(dir, ['check', '--max-file-size=lots', 'd.md']), 'lots', /--max-file-size takes a whole number of KB, not "lots"/);
    assertFails(run(dir, ['check']), undefined, /no draft given/);
    // An option of the other command is an error, not silently ignored.
    assertFails(run(dir, ['check', '--limit', '3', 'd.md']), '--limit', /--limit is an option of sourceline search, not check/);
    assertFails(run(dir, ['search', '--format', 'json', 'truce']), '--format', /--format is an option of sourceline check, not search/);
  });

  it('a missing draft', () => {
    const dir = workspace({ 'sources/article.txt': ARTICLE });
    assertFails(run(dir, ['check', 'drafts/nope.md']), 'drafts/nope.md', /no such file or directory/);
  });

  it('a missing source given with --source', () => {
    const dir = workspace({ 'd.md': SUPPORTED });
    assertFails(run(dir, ['check', '--source', 'sources/gone.txt', 'd.md']), 'sources/gone.txt', /no such file or directory/);
    assertFails(run(dir, ['check', '--source', 'nothing/**/*.txt', 'd.md']), 'nothing/**/*.txt', /no source files match/);
  });

  it('a directory given as the draft', () => {
    const dir = workspace({ 'drafts/a.md': SUPPORTED, 'sources/article.txt': ARTICLE });
    assertFails(run(dir, ['check', 'drafts']), 'drafts', /is a directory, not a file/);
  });

  it('a device given as the draft is refused, not read forever', function () {
    if (!existsSync('/dev/zero')) this.skip(); // no such device on Windows
    assertFails(run(workspace({ 'sources/article.txt': ARTICLE }), ['check', '/dev/zero']), '/dev/zero', /not a regular file/);
  });

  it('an unreadable draft (run as an unprivileged user when the tests run as root)', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'sources/article.txt': ARTICLE });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'sources'), 0o755);
    chmodSync(join(dir, 'd.md'), 0o000);
    // root reads any file whatever its mode, so the CLI runs as "nobody" to meet a real EACCES.
    const options: SpawnSyncOptions = isRoot ? { uid: 65534, gid: 65534 } : {};
    if (isRoot) assert.doesNotThrow(() => accessSync(CLI, constants.R_OK), 'the CLI bundle is readable');
    assertFails(run(dir, ['check', 'd.md'], options), 'd.md', /permission denied/);
  });

  it('an unreadable source, named by --source, by front matter and by the default folder', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'fm.md': `---\nsources: [sources/article.txt]\n---\n${SUPPORTED}`, 'sources/article.txt': ARTICLE });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'sources'), 0o755);
    chmodSync(join(dir, 'd.md'), 0o644);
    chmodSync(join(dir, 'fm.md'), 0o644);
    chmodSync(join(dir, 'sources/article.txt'), 0o000);
    const options: SpawnSyncOptions = isRoot ? { uid: 65534, gid: 65534 } : {};
    assertFails(run(dir, ['check', '--source', 'sources/article.txt', 'd.md'], options), 'sources/article.txt', /permission denied/);
    assertFails(run(dir, ['check', 'fm.md'], options), 'sources/article.txt', /permission denied/);
    assertFails(run(dir, ['check', 'd.md'], options), 'sources/article.txt', /permission denied/);
  });

  it('a binary draft and a binary source', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = workspace({ 'd.md': png, 'ok.md': SUPPORTED, 'sources/article.txt': ARTICLE, 'sources/image.txt': png });
    assertFails(run(dir, ['check', '--source', 'sources/article.txt', 'd.md']), 'd.md', /binary file/);
    assertFails(run(dir, ['check', 'ok.md']), 'sources/image.txt', /binary file.*\(source found by sources\/\*\*\/\*\.\{txt,md\}\)/);
    writeFileSync(join(dir, 'fm.md'), `---\nsources: [sources/image.txt]\n---\n${SUPPORTED}`);
    assertFails(run(dir, ['check', 'fm.md']), 'sources/image.txt', /binary file.*\(source named in the front matter of fm\.md\)/);
  });

  it('invalid UTF-8: one warning naming the file, then the draft is checked', () => {
    const bytes = Buffer.concat([Buffer.from(`${NUMBER_LINE}\n\nBad bytes: `), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' here.\n')]);
    const dir = workspace({ 'd.md': bytes, 'sources/article.txt': ARTICLE });
    const r = run(dir, ['check', '--format', 'json', 'd.md']);
    assert.deepEqual(warnings(r), ['sourceline: warning: d.md: not valid UTF-8; undecodable bytes were replaced with U+FFFD']);
    assert.equal(r.status, 1);
    const number = json(r).files[0].diagnostics.find((d) => d.code === 'number-mismatch');
    assert.equal(number?.start.offset, NUMBER_LINE.indexOf('157'));
  });

  it('UTF-8 with a BOM and UTF-16 LE/BE drafts and sources: the same findings at the right offsets', () => {
    const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
    const encodings: Record<string, (text: string) => Buffer> = {
      utf8: (text) => Buffer.from(text),
      bom: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      utf16le: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      utf16be: (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
    };
    const draft = `Über 😀 — ${NUMBER_LINE}\r\n`;
    const results = Object.entries(encodings).map(([name, encode]) => {
      const dir = workspace({ 'd.md': encode(draft), 'sources/article.txt': encode(ARTICLE) });
      const r = run(dir, ['check', '--format', 'json', 'd.md']);
      assert.equal(r.stderr, '', `${name}: no warning`);
      assert.equal(r.status, 1, name);
      return json(r).files[0].diagnostics;
    });
    const number = results[0].find((d) => d.code === 'number-mismatch');
    assert.ok(number, 'a number-mismatch in the UTF-8 draft');
    assert.deepEqual(number.start, { line: 1, column: draft.indexOf('157') + 1, offset: draft.indexOf('157') });
    assert.equal(draft.slice(number.start.offset, number.end.offset), '157');
    assert.equal(number.evidence?.line, 13);
    assert.ok(number.evidence?.text.startsWith('Putin also told Trump'));
    for (const other of results.slice(1)) assert.deepEqual(other, results[0]);
  });

  it('an empty draft: exit 0, no findings', () => {
    const dir = workspace({ 'empty.md': '', 'blank.md': ' \n\r\n\t\n', 'sources/article.txt': ARTICLE });
    const r = run(dir, ['check', '--format', 'json', 'empty.md', 'blank.md']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(json(r), { version: 1, files: [{ path: 'empty.md', diagnostics: [] }, { path: 'blank.md', diagnostics: [] }] });
  });

  it('an empty source: a warning naming it, the other sources still used', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'sources/article.txt': ARTICLE, 'sources/empty.txt': '', 'sources/blank.md': '\n\n  \n' });
    const r = run(dir, ['check', 'd.md']);
    assert.deepEqual(warnings(r).sort(), ['sourceline: warning: sources/blank.md: source is empty', 'sourceline: warning: sources/empty.txt: source is empty']);
    assert.equal(r.status, 0, r.stdout);
  });

  it('a source or draft over the size limit (--max-file-size)', () => {
    const big = `${ARTICLE}\n`.repeat(Math.ceil((40 * 1024) / ARTICLE.length));
    const dir = workspace({ 'd.md': SUPPORTED, 'big.md': big, 'sources/article.txt': ARTICLE, 'sources/huge.txt': big });
    assertFails(run(dir, ['check', '--max-file-size', '16', 'd.md']), 'sources/huge.txt', /file is 4\d KB, over the 16 KB limit.*--max-file-size/);
    assertFails(run(dir, ['check', '--max-file-size=16', '--source', 'sources/article.txt', 'big.md']), 'big.md', /over the 16 KB limit/);
    assert.equal(run(dir, ['check', '--max-file-size', '64', 'd.md']).status, 0);
  });

  it('a symlink loop in a source folder: no hang, a warning for the link that cannot be followed', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'sources/article.txt': ARTICLE, 'sources/sub/notes.txt': 'Nothing here.\n' });
    symlinkSync('.', join(dir, 'sources/loop')); // sources/loop/loop/loop/...
    symlinkSync('..', join(dir, 'sources/sub/back')); // sources/sub/back/sub/back/...
    symlinkSync('self.txt', join(dir, 'sources/self.txt')); // a link to itself
    const r = run(dir, ['check', '--source', 'sources', 'd.md']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(warnings(r).map((w) => w.replace(dir, '<dir>')), ['sourceline: warning: <dir>/sources/self.txt: skipped: too many levels of symbolic links (a symlink loop)']);
    const search = run(dir, ['search', 'temporary halt energy', '--source', 'sources']);
    assert.equal(search.status, 0, search.stderr);
  });

  it('malformed front matter: exit 2 naming the draft and the reason', () => {
    const dir = workspace({
      'yaml.md': `---\nsources: [../sources/article.txt\n---\n${SUPPORTED}`,
      'list.md': `---\n- a\n- b\n---\n${SUPPORTED}`,
      'number.md': `---\nsources: 5\n---\n${SUPPORTED}`,
      'sources/article.txt': ARTICLE,
    });
    assertFails(run(dir, ['check', 'yaml.md']), 'yaml.md', /front matter is not valid YAML/);
    assertFails(run(dir, ['check', 'list.md']), 'list.md', /front matter must be a YAML mapping/);
    assertFails(run(dir, ['check', 'number.md']), 'number.md', /"sources" must be a path or a list of paths/);
  });

  it('front matter naming a missing source', () => {
    const dir = workspace({ 'drafts/d.md': `---\nsources:\n  - ../sources/article.txt\n  - ../sources/gone.txt\n---\n${SUPPORTED}`, 'sources/article.txt': ARTICLE });
    assertFails(run(dir, ['check', 'drafts/d.md']), 'sources/gone.txt', /no such file \(source named in the front matter of drafts\/d\.md\)/);
  });

  it('--source takes a path that exists as written, glob characters and all; otherwise a glob, [...] a class', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'notes/notes[1].txt': ARTICLE, 'notes/notes1.txt': 'The ferry to Kherson runs twice a day.\n' });
    assert.equal(run(dir, ['check', '--source', 'notes/notes[1].txt', 'd.md']).status, 0);
    // No file is called "notes[12].txt": the class matches notes1.txt, which does not support the draft.
    assert.equal(run(dir, ['check', '--source', 'notes/notes[12].txt', 'd.md']).status, 1);
  });

  it('hidden files and folders and node_modules are not sources, unless a path or glob names their folder', () => {
    // A binary resource fork and a trash folder holding the true number: both left alone.
    const dir = workspace({
      'd.md': NUMBER_LINE,
      'sources/article.txt': ARTICLE,
      'sources/._article.txt': Buffer.from([0, 5, 22, 7, 0, 0]),
      'sources/.trash/old.txt': NUMBER_LINE,
      'sources/node_modules/pkg/readme.md': NUMBER_LINE,
      '.notes/call.txt': NUMBER_LINE,
    });
    for (const args of [['check', 'd.md'], ['check', '--source', 'sources', 'd.md'], ['check', '--source', 'sources/**/*.txt', 'd.md']]) {
      const r = run(dir, args);
      assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr, '');
    }
    assert.equal(run(dir, ['check', '--source', '.notes/*.txt', 'd.md']).status, 0);
    assert.equal(run(dir, ['check', '--source', '.notes', 'd.md']).status, 0);
  });

  it('duplicate sources (one file by several paths, a symlink among them) are indexed once', () => {
    const dir = workspace({ 'd.md': SUPPORTED, 'sources/article.txt': ARTICLE });
    symlinkSync('article.txt', join(dir, 'sources/alias.txt'));
    const query = ['search', 'hockey matches National Hockey League', '--limit', '5'];
    const sources = ['--source', 'sources', '--source', 'sources/article.txt', '--source', './sources/../sources/article.txt', '--source', join(dir, 'sources/*.txt')];
    const r = run(dir, [...query, ...sources]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(lines(r.stdout).filter((l) => l.includes('Kontinental Hockey League')).length, 1, r.stdout);
    const fm = workspace({ 'drafts/d.md': `---\nsources: [../sources/article.txt, ../sources/./article.txt, ../sources/alias.txt]\n---\n${NUMBER_LINE}\n`, 'sources/article.txt': ARTICLE });
    symlinkSync('article.txt', join(fm, 'sources/alias.txt'));
    const checked = json(run(fm, ['check', '--format', 'json', 'drafts/d.md'])).files[0].diagnostics;
    assert.deepEqual(checked.map((d) => [d.code, d.evidence?.path]), [['number-mismatch', 'sources/article.txt']]);
  });

  it('a reader that closes the pipe early does not make the CLI crash', function () {
    if (process.platform === 'win32') this.skip();
    const dir = workspace({ 'd.md': WITH_FINDINGS.repeat(40), 'sources/article.txt': ARTICLE });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check --format sarif d.md | head -c 10`], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.stdout, '{\n  "version"'.slice(0, 10));
    assert.equal(r.stderr, '');
  });
});

describe('sourceline CLI: output', function () {
  this.timeout(60_000);

  it('exit code 0 without findings, 1 with findings', () => {
    const dir = workspace({ 'good.md': SUPPORTED, 'bad.md': WITH_FINDINGS, 'sources/article.txt': ARTICLE });
    const good = run(dir, ['check', 'good.md']);
    assert.equal(good.status, 0, good.stdout);
    assert.equal(good.stdout, 'no findings in 1 draft\n');
    assert.equal(run(dir, ['check', 'bad.md']).status, 1);
  });

  it('--format json has the shape of DESIGN.md', () => {
    const dir = workspace({ 'drafts/bad.md': WITH_FINDINGS, 'sources/article.txt': ARTICLE });
    const r = run(dir, ['check', '--format', 'json', 'drafts/bad.md']);
    assert.equal(r.status, 1);
    const report = json(r);
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].path, 'drafts/bad.md');
    const { diagnostics } = report.files[0];
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['misquote', 'number-mismatch']);
    for (const d of diagnostics) {
      assert.ok(FINDING_CODES.includes(d.code as never), d.code);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.equal(typeof d.message, 'string');
      for (const p of [d.start, d.end, d.fix?.start, d.fix?.end]) {
        if (!p) continue;
        assert.deepEqual(Object.keys(p).sort(), ['column', 'line', 'offset']);
        const lineStart = WITH_FINDINGS.split('\n').slice(0, p.line - 1).join('\n').length + (p.line > 1 ? 1 : 0);
        assert.equal(lineStart + p.column - 1, p.offset, 'line and column agree with the offset');
      }
      assert.deepEqual(Object.keys(d.evidence ?? {}).sort(), ['line', 'path', 'text']);
      assert.equal(d.evidence?.path, 'sources/article.txt');
    }
    const number = diagnostics.find((d) => d.code === 'number-mismatch')!;
    assert.equal(WITH_FINDINGS.slice(number.start.offset, number.end.offset), '157');
    assert.equal(number.severity, 'error');
    assert.equal(number.evidence?.line, 13);
    assert.deepEqual(number.fix, { start: number.start, end: number.end, replacement: '175' });
  });

  it('--format sarif is SARIF 2.1.0 with one rule per finding code', () => {
    const dir = workspace({ 'bad.md': WITH_FINDINGS, 'sources/article.txt': ARTICLE });
    const r = run(dir, ['check', '--format', 'sarif', 'bad.md']);
    assert.equal(r.status, 1);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const { driver } = sarif.runs[0].tool;
    assert.equal(driver.name, 'sourceline');
    assert.equal(driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), [...FINDING_CODES]);
    const results = sarif.runs[0].results;
    assert.equal(results.length, 2);
    for (const result of results) {
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'bad.md');
      const { startLine, startColumn, endLine, endColumn, charOffset, charLength } = location.region;
      assert.ok(startLine >= 1 && startColumn >= 1 && endLine >= startLine && endColumn >= 1 && charLength > 0);
      assert.equal(WITH_FINDINGS.split('\n')[startLine - 1].slice(startColumn - 1, startColumn - 1 + charLength), WITH_FINDINGS.slice(charOffset, charOffset + charLength));
    }
    const number = results.find((x: { ruleId: string }) => x.ruleId === 'number-mismatch');
    assert.deepEqual(number.fixes[0].artifactChanges[0].replacements[0].insertedContent, { text: '175' });
  });

  it('--format text: path:line:col severity message [code]', () => {
    const dir = workspace({ 'bad.md': WITH_FINDINGS, 'sources/article.txt': ARTICLE });
    const r = run(dir, ['check', 'bad.md']);
    const findings = lines(r.stdout).filter((l) => !l.startsWith(' '));
    const summary = findings.pop();
    assert.equal(summary, '2 findings in 1 of 1 draft');
    assert.equal(findings.length, 2);
    for (const line of findings) assert.match(line, /^bad\.md:\d+:\d+ (error|warning|information|hint) .+ \[[a-z-]+\]$/);
    assert.ok(findings.some((l) => l.startsWith(`bad.md:3:${NUMBER_LINE.indexOf('157') + 1} error `) && l.endsWith('[number-mismatch]')), r.stdout);
  });

  it('many drafts in one call: --source for all, else each draft\'s front matter, else sources/', () => {
    const dir = workspace({
      'a.md': SUPPORTED,
      'b.md': WITH_FINDINGS,
      'notes/c.md': `---\nsources: ../other/copy.txt\n---\n${NUMBER_LINE}\n`,
      'other/copy.txt': ARTICLE,
      'sources/article.txt': ARTICLE,
    });
    const r = run(dir, ['check', '--format', 'json', 'a.md', 'b.md', 'notes/c.md']);
    assert.equal(r.status, 1, r.stderr);
    const report = json(r);
    assert.deepEqual(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.code).sort()]), [
      ['a.md', []],
      ['b.md', ['misquote', 'number-mismatch']],
      ['notes/c.md', ['number-mismatch']],
    ]);
    assert.equal(report.files[2].diagnostics[0].evidence?.path, 'other/copy.txt');
    const given = json(run(dir, ['check', '--format', 'json', '--source', 'sources', 'notes/c.md', 'a.md']));
    assert.equal(given.files[0].diagnostics[0].evidence?.path, 'sources/article.txt');
  });

  it('search QUERY --source DIR prints file:line and the sentence, best first', () => {
    const dir = workspace({ 'sources/article.txt': ARTICLE, 'sources/more/notes.md': '# Notes\n\nThe hockey idea came up twice.\n' });
    const r = run(dir, ['search', 'hockey', '--source', 'sources']);
    assert.equal(r.status, 0, r.stderr);
    const hits = lines(r.stdout);
    assert.ok(hits.length >= 2, r.stdout);
    for (const hit of hits) assert.match(hit, /^sources\/(article\.txt|more\/notes\.md):\d+ {2}\S/);
    assert.ok(hits.some((h) => h.startsWith('sources/article.txt:27  According to the Kremlin')), r.stdout);
    const none = run(dir, ['search', 'zzyzx', '--source', 'sources']);
    assert.equal(none.status, 1);
    assert.equal(none.stdout, '');
    assert.equal(none.stderr, 'sourceline: no source sentence matches "zzyzx"\n');
  });

  it('checks and reports a draft named twice once', () => {
    const dir = workspace({ 'd.md': WITH_FINDINGS, 'sources/article.txt': ARTICLE });
    const once = json(run(dir, ['check', '--format', 'json', 'd.md']));
    const twice = json(run(dir, ['check', '--format', 'json', 'd.md', './d.md', join(dir, 'd.md')]));
    assert.deepEqual(twice, once);
  });

  it('--help and --version print to stdout and exit 0', () => {
    const dir = workspace();
    const help = run(dir, ['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: sourceline check/);
    assert.equal(help.stderr, '');
    const version = run(dir, ['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});
