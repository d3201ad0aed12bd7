/**
 * The text of a file, or why it is not read as text. `warning` says that undecodable bytes
 * were replaced (the text is still usable).
 */
export type Decoded = { text: string; warning?: string; problem?: undefined } | { text?: undefined; warning?: undefined; problem: string };

/**
 * Decodes file bytes as the CLI and the extension both read them: UTF-16 with a byte-order mark,
 * otherwise UTF-8 (a BOM is dropped). Invalid bytes become U+FFFD, with a `warning`. Bytes
 * holding a NUL outside UTF-16 are a binary file and give a `problem` instead of text. Empty
 * bytes give empty text. Pure: no `vscode`, no `fs`.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) return { problem: 'looks like a binary file (it contains NUL bytes), not text' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decode('utf-8', bytes.subarray(bom));
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes),
      warning: `not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}; undecodable bytes were replaced with U+FFFD`,
    };
  }
}
