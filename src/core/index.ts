/** The public API of the Sourceline core: pure functions over strings and offsets. */
export * from './types';
export { FINDING_INFO } from './findingCodes';
export { SourceIndex, type BuildOptions, type SourceReader } from './SourceIndex';
export { SourceReadCache } from './readSource';
export { parseDraft, type Draft, type DraftSentence, type Citation } from './parseDraft';
export { DraftChecker } from './DraftChecker';
export { checkDraft, checkSentence, type CheckOptions, type CheckResult, type SentenceReport } from './checkDraft';
export { findSupport, type Support } from './findSupport';
export { searchSources, type SearchHit } from './searchSources';
export { positionAt, lineStarts, type Position } from './positions';
export { splitSentences } from './splitSentences';
