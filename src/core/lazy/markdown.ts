// Required on first use (extractProse.ts), not with the extension: the markdown parser is the
// largest module the extension bundles. A module of its own so that esbuild still drops what is
// not used of @lezer/markdown, which it cannot do for a package required directly.
export { parser, Table } from '@lezer/markdown';
