import { readFileSync, statSync } from 'node:fs';

/** A problem with the command line or an input file: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Default size limit of one input file, in KB. */
export const DEFAULT_MAX_FILE_KB = 2048;

/**
 * Reads a text file as the CLI accepts it: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
 * Throws `UsageError` naming the file for a missing, unreadable, oversized or binary file;
 * calls `warn` when invalid UTF-8 was replaced.
 */
export function readTextFile(path: string, maxKB: number, warn: (message: string) => void): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${path}: is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
  if (size > maxKB * 1024) {
    throw new UsageError(`${path}: file is ${(size / 1024).toFixed(0)} KB, over the ${maxKB} KB limit (raise it with --max-file-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
  return decodeText(bytes, path, warn);
}

/** Decodes file bytes; see `readTextFile`. */
export function decodeText(bytes: Buffer, path: string, warn: (message: string) => void): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new UsageError(`${path}: looks like a binary file (it contains NUL bytes), not text`);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    warn(`${path}: not valid UTF-8; undecodable bytes were replaced with U+FFFD`);
    return new TextDecoder('utf-8').decode(body);
  }
}

/** A short reason for a file-system error ("no such file", "permission denied"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return code ? `cannot read (${code})` : String((error as Error)?.message ?? error);
  }
}
