// Required on first search (searchSources.ts: the quote picker, `sourceline search`), not with
// the extension. A module of its own so that esbuild bundles fuse.js as it does an import.
import Fuse from 'fuse.js';

export { Fuse };
