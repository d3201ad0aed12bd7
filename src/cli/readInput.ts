import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../core/decodeText';

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
  return decodeFile(bytes, name, warn);
}

/** Decodes file bytes (see `core/decodeText`): a binary file is a `UsageError`, replaced bytes a warning. */
function decodeFile(bytes: Uint8Array, name: string, warn: (message: string) => void): string {
  const decoded = decodeText(bytes);
  if (decoded.problem !== undefined) throw new UsageError(`${name}: ${decoded.problem}`);
  if (decoded.warning) warn(`${name}: ${decoded.warning}`);
  return decoded.text;
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
