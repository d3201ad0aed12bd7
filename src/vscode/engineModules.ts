// The values of the engine the extension uses, required through `engine()` on first use (see
// engine.ts). Nothing else in src/vscode may import these modules as values: esbuild evaluates a
// module with the bundle as soon as one static import reaches it.
export { DraftChecker } from '../core/DraftChecker';
export { SUPPORTED } from '../core/findSupport';
export { parseDraft, readFrontMatter } from '../core/parseDraft';
export { SourceReadCache } from '../core/readSource';
export { searchSources } from '../core/searchSources';
export { SourceIndex } from '../core/SourceIndex';
export { hoverMarkdown } from './hoverMarkdown';
