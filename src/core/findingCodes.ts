import type { FindingCode, Severity } from './types';

/** What each finding code means and its default severity: the one place codes are described. */
export const FINDING_INFO: Record<FindingCode, { severity: Severity; title: string }> = {
  'unsupported-claim': { severity: 'warning', title: 'No source sentence supports this claim' },
  misquote: { severity: 'error', title: 'The quotation is not word for word in any source' },
  misattributed: { severity: 'error', title: 'The source gives these words to someone else' },
  'number-mismatch': { severity: 'error', title: 'A number differs from the source' },
  'citation-mismatch': { severity: 'warning', title: 'The cited location does not support the sentence; another does' },
  'broken-citation': { severity: 'error', title: 'The citation points to a missing source file or line' },
};
