// Required on first search (searchSources.ts: the quote picker, `sourceline search`), not with
// the extension. A module of its own so that esbuild bundles fuse.js as it does an import. The
// basic build: plain fuzzy search is all the picker asks, not extended search or logical queries.
import Fuse from 'fuse.js/basic';

export { Fuse };
