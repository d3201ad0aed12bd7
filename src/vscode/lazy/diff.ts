// Required on first use (formatWordDiff.ts: a hover whose source words differ), not with the
// extension. A module of its own so that esbuild still drops what is not used of diff.
export { diffWords } from 'diff';
