import type * as Engine from './engineModules';

let loaded: typeof Engine | undefined;

/**
 * The checking engine (the source index, the draft checker, search and the hover's reading of
 * both), loaded when a feature first needs it rather than with the extension: evaluating it is
 * most of what loading the bundle costs, and activation has a 50 ms budget. Adapter modules
 * import the core's types directly and reach its heavy values only through here; light helpers
 * (paths, positions, quote formatting, decoding) they import as usual.
 */
export function engine(): typeof Engine {
  return (loaded ??= require('./engineModules') as typeof Engine);
}
