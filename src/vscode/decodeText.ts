/** The text of a file, or why it is not read as text. */
export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/**
 * Decodes file bytes the way the CLI does: UTF-16 with a byte-order mark, otherwise UTF-8 (a BOM
 * is dropped; invalid bytes become U+FFFD). Bytes holding a NUL outside UTF-16 are a binary file
 * and give a `problem` instead of text. Empty bytes give empty text. Pure: no `vscode`, no `fs`.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.includes(0)) return { problem: 'it looks like a binary file (it contains NUL bytes)' };
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}
