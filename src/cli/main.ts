import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { checkDraft, parseDraft, SourceIndex, type Finding, type SourceDocument, type SourceReader } from '../core';
import { searchSources } from '../core/searchSources';
import { DEFAULT_SOURCE_GLOB, expandGlob, expandSources, uniqueFiles } from './expandSources';
import { formatJson, formatSarif, formatText, type FileReport } from './formatReport';
import { DEFAULT_MAX_FILE_KB, readTextFile, UsageError } from './readInput';

// esbuild inlines the one field: the bundle does not read package.json at run time.
import { version as VERSION } from '../../package.json';

const USAGE = `usage: sourceline check [--source PATH]... [--format text|json|sarif] [--max-file-size KB] DRAFT...
       sourceline search QUERY [--source PATH]... [--limit N] [--max-file-size KB]
PATH is a file, a folder or a glob; without --source, sources come from each draft's front matter,
else from ${DEFAULT_SOURCE_GLOB} under the working directory.
Exit code: 0 no findings (search: some hits), 1 findings (search: no hit), 2 usage error or
unreadable input.`;

interface Options {
  command: 'check' | 'search';
  sources: string[];
  format: 'text' | 'json' | 'sarif';
  maxFileKB: number;
  limit: number;
  positionals: string[];
}

/** Where the CLI writes; tests pass their own. */
export interface Io {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads part of a large source set in another thread (see `SourceIndex.build`). */
  reader?: SourceReader;
}

/**
 * Runs the CLI and returns its exit code. Never throws: every error is one line on `io.err`
 * (with the stack only when the environment sets SOURCELINE_DEBUG).
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command] = argv;
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const options = parseArgs(argv);
    return await (options.command === 'check' ? runCheck(options, io) : runSearch(options, io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sourceline: ${error.message}\n`);
      return 2;
    }
    const detail = process.env.SOURCELINE_DEBUG ? `\n${(error as Error)?.stack}` : ' (set SOURCELINE_DEBUG=1 for details)';
    io.err(`sourceline: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}${detail}\n`);
    return 2;
  }
}

/** Options that one command takes and the other does not. */
const ONLY_FOR: Record<string, Options['command'] | undefined> = {
  '--format': 'check',
  '-f': 'check',
  '--limit': 'search',
};

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'search') {
    throw new UsageError(
      command
        ? `unknown command "${command}" (expected check or search); see sourceline --help`
        : 'no command given; usage: sourceline check [options] DRAFT... or sourceline search QUERY (see sourceline --help)',
    );
  }
  const options: Options = { command, sources: [], format: 'text', maxFileKB: DEFAULT_MAX_FILE_KB, limit: 10, positionals: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const only = ONLY_FOR[flag];
    if (only && only !== command) throw new UsageError(`${flag} is an option of sourceline ${only}, not ${command}; see sourceline --help`);
    switch (flag) {
      case '--source':
      case '-s':
        options.sources.push(value());
        break;
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v}"`);
        options.format = v;
        break;
      }
      case '--max-file-size': {
        const raw = value();
        const v = Number(raw);
        if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v <= 0) throw new UsageError(`--max-file-size takes a whole number of KB, not "${raw}"`);
        options.maxFileKB = v;
        break;
      }
      case '--limit': {
        const raw = value();
        const v = Number(raw);
        if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v <= 0) throw new UsageError(`--limit takes a positive whole number, not "${raw}"`);
        options.limit = v;
        break;
      }
      case '--':
        options.positionals.push(...rest.slice(i + 1));
        i = rest.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"; see sourceline --help`);
        options.positionals.push(arg);
    }
  }
  if (!options.positionals.length) throw new UsageError(command === 'check' ? 'no draft given; usage: sourceline check [options] DRAFT...' : 'no query given; usage: sourceline search QUERY');
  return options;
}

/** Loads source files once each, however many drafts share them. */
class SourceLoader {
  private readonly texts = new Map<string, string>();
  private readonly indexes = new Map<string, SourceIndex>();

  constructor(private readonly options: Options, private readonly io: Io) {}

  async index(paths: string[], origin: string): Promise<SourceIndex> {
    const key = paths.join('\n');
    let index = this.indexes.get(key);
    if (!index) {
      const docs: SourceDocument[] = paths.map((path) => ({ path: toPosix(path), text: this.read(path, origin) }));
      index = await SourceIndex.build(docs, { reader: this.io.reader });
      this.indexes.set(key, index);
    }
    return index;
  }

  private read(path: string, origin: string): string {
    let text = this.texts.get(path);
    if (text === undefined) {
      const name = displayPath(path, this.io.cwd);
      if (!existsSync(path)) throw new UsageError(`${name}: no such file (source ${origin})`);
      try {
        text = readTextFile(path, name, this.options.maxFileKB, (m) => this.io.err(`sourceline: warning: ${m}\n`));
      } catch (error) {
        // Which draft or option named the source: a front matter may name a folder or an image.
        throw error instanceof UsageError ? new UsageError(`${error.message} (source ${origin})`) : error;
      }
      if (!text.trim()) this.io.err(`sourceline: warning: ${name}: source is empty\n`);
      this.texts.set(path, text);
    }
    return text;
  }
}

/** A path as messages show it: relative to the working directory when inside it. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The file a path names, links resolved; the path itself when it cannot be resolved (the read then says why). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The core keys files by posix paths (the same on Linux and macOS; `C:/x` on Windows). */
function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function warner(io: Io): (message: string) => void {
  return (message) => io.err(`sourceline: warning: ${message}\n`);
}

async function runCheck(options: Options, io: Io): Promise<number> {
  const loader = new SourceLoader(options, io);
  const given = options.sources.length ? expandSources(options.sources, io.cwd, warner(io)) : undefined;
  if (given && !given.length) throw new UsageError(`no source files match ${options.sources.join(', ')}`);
  const reports: FileReport[] = [];
  // A draft named twice ("a.md ./a.md") is checked and reported once.
  const seen = new Set<string>();
  for (const arg of options.positionals) {
    const path = resolve(io.cwd, arg);
    const real = realPath(path);
    if (seen.has(real)) continue;
    seen.add(real);
    const text = readTextFile(path, arg, options.maxFileKB, warner(io));
    const draft = parseDraft(text, toPosix(path));
    if (draft.frontMatterError) throw new UsageError(`${arg}: ${draft.frontMatterError}`);
    let sources = given;
    let origin = 'given with --source';
    if (!sources && draft.frontMatterSources.length) {
      sources = uniqueFiles(draft.frontMatterSources).sort();
      origin = `named in the front matter of ${arg}`;
    }
    if (!sources) {
      sources = uniqueFiles(expandGlob(DEFAULT_SOURCE_GLOB, io.cwd, warner(io))).sort();
      origin = `found by ${DEFAULT_SOURCE_GLOB}`;
      if (!sources.length) throw new UsageError(`${arg}: no sources: pass --source, list them in the draft's front matter, or put them in ${DEFAULT_SOURCE_GLOB}`);
    }
    const index = await loader.index(sources, origin);
    const result = checkDraft(draft, index, { fileExists: (p) => existsSync(p) });
    reports.push({ path: arg, text, findings: result.findings });
  }
  const format = options.format;
  io.out(format === 'json' ? formatJson(reports, io.cwd) : format === 'sarif' ? formatSarif(reports, io.cwd, VERSION) : formatText(reports, io.cwd));
  return reports.some((r) => r.findings.length) ? 1 : 0;
}

async function runSearch(options: Options, io: Io): Promise<number> {
  const loader = new SourceLoader(options, io);
  const sources = expandSources(options.sources.length ? options.sources : [DEFAULT_SOURCE_GLOB], io.cwd, warner(io));
  if (!sources.length) throw new UsageError(`no source files match ${options.sources.join(', ') || DEFAULT_SOURCE_GLOB}`);
  const index = await loader.index(sources, options.sources.length ? 'given with --source' : `found by ${DEFAULT_SOURCE_GLOB}`);
  const query = options.positionals.join(' ');
  const hits = searchSources(index, query, options.limit);
  io.out(hits.map((hit) => `${displayPath(hit.sentence.path, io.cwd)}:${hit.sentence.line}  ${hit.sentence.text.replace(/\s+/g, ' ')}\n`).join(''));
  if (!hits.length) io.err(`sourceline: no source sentence matches "${query}"\n`);
  return hits.length ? 0 : 1;
}

export type { Finding };
