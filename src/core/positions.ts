/** Conversions between UTF-16 offsets and 1-based line/column positions. */
import { partitionPoint } from './partitionPoint';

/** A 1-based line and column plus the 0-based UTF-16 offset they stand for. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Offsets at which each line starts; `[0]` for empty text. `\r\n`, `\n` and a lone `\r` end lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, at the speed of a native search.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based index of the line holding `offset`, by binary search over `starts`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  // The last line starting at or before `offset` (line 0 for an offset before the text).
  return Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= offset) - 1);
}

/** The 1-based line/column of a 0-based offset. */
export function positionAt(starts: readonly number[], offset: number): Position {
  const index = lineIndexAt(starts, offset);
  return { line: index + 1, column: offset - starts[index] + 1, offset };
}
