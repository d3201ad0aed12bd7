/**
 * Plain data shared by the core, the CLI and the extension. All offsets are 0-based UTF-16 code
 * units into the text they belong to (what JavaScript string indices count); `end` is exclusive.
 * Lines are 1-based.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A source document as read by a host. `path` is a posix-style key (absolute path or URI path). */
export interface SourceDocument {
  path: string;
  text: string;
}

/** Who a source sentence is attributed to ("Zelenskyy", "the Kremlin"). */
export interface Speaker {
  /** The name as written, e.g. "Ukrainian President Volodymyr Zelenskyy". */
  name: string;
  /** A lower-cased key for comparing speakers, e.g. "zelenskyy" or "kremlin". */
  key: string;
}

/** One sentence of a source document. */
export interface SourceSentence extends Span {
  /** Index into `SourceIndex.sentences`. */
  id: number;
  path: string;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based line of the last character. */
  endLine: number;
  text: string;
  /** 0-based index of the paragraph within its document. */
  paragraph: number;
  speakers: Speaker[];
}

/** Stable finding codes, in the order DESIGN.md lists them. */
export const FINDING_CODES = [
  'unsupported-claim',
  'misquote',
  'misattributed',
  'number-mismatch',
  'citation-mismatch',
  'broken-citation',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A severity setting: a severity, or `off` to drop the finding. */
export type SeverityLevel = Severity | 'off';

/** A text edit on the draft: replace `[start, end)` by `replacement`. */
export interface Fix extends Span {
  replacement: string;
}

/** The source sentence a finding was judged against. */
export interface Evidence {
  path: string;
  line: number;
  text: string;
  sentenceId: number;
}

/** One problem in a draft. Offsets are into the draft text. */
export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  message: string;
  evidence?: Evidence;
  fix?: Fix;
}
