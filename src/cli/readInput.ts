import { readFileSync, statSync } from 'node:fs';

/** A problem with the command line or an input file: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Default size limit of one input file, in KB. */
export const DEFAULT_MAX_FILE_KB = 2048;

/**
 * Reads a text file as the CLI accepts it: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
 * `path` is absolute; `name` is how messages call the file. Throws `UsageError` naming the file
 * for a missing, unreadable, oversized or binary file, a folder, or anything but a regular file
 * (a FIFO or a device would block or never end); calls `warn` when undecodable bytes were replaced.
 */
export function readTextFile(path: string, name: string, maxKB: number, warn: (message: string) => void): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${name}: is a directory, not a file`);
    if (!stat.isFile()) throw new UsageError(`${name}: is not a regular file (a device, pipe or socket)`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${name}: ${describeFsError(error)}`);
  }
  if (size > maxKB * 1024) {
    throw new UsageError(`${name}: file is ${Math.ceil(size / 1024)} KB, over the ${maxKB} KB limit (raise it with --max-file-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${name}: ${describeFsError(error)}`);
  }
  return decodeText(bytes, name, warn);
}

/** Decodes file bytes; see `readTextFile`. */
export function decodeText(bytes: Buffer, name: string, warn: (message: string) => void): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2), name, warn);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2), name, warn);
  if (bytes.includes(0)) throw new UsageError(`${name}: looks like a binary file (it contains NUL bytes), not text`);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decode('utf-8', bytes.subarray(start), name, warn);
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, name: string, warn: (message: string) => void): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    warn(`${name}: not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}; undecodable bytes were replaced with U+FFFD`);
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
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
