/**
 * When the extension's bundle began to run (`performance.now()`, ms). src/extension.ts imports
 * this module first, so it is evaluated before every other module of the bundle, and
 * src/extension.ts takes the time again once they all are: the difference is what loading the
 * extension costs (all but parsing the bundle, which happens before any of its code runs).
 */
export const loadStarted = performance.now();
