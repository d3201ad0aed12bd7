// Required on first use (parseDraft.ts: most drafts have no front matter). A module of its own so
// that esbuild still drops what is not used of js-yaml (its writer).
export { load } from 'js-yaml';
