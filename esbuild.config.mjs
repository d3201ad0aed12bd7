// Bundles the extension (dist/extension.js), the CLI (dist/cli.js), the reader thread both start
// (dist/readWorker.js) and the integration tests
// (out/test/integration/, one file per entry, loaded by the extension host).
// Usage: node esbuild.config.mjs [--production]
//   --production: minified, no source maps, tests not built (what `vsce package` ships).
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const production = process.argv.includes('--production');
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'info',
  sourcemap: !production,
  // Non-ASCII characters as written, not as \u escapes (the word lists and expressions hold many).
  charset: 'utf8',
  // The markdown parser's syntax-highlighting tags, never read here (see the stub).
  alias: { '@lezer/highlight': './src/core/lazy/noHighlight.ts' },
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: production,
  },
  {
    // The reader of sources in a worker thread, which the CLI and the extension start for large source sets.
    ...common,
    entryPoints: ['src/threads/readWorker.ts'],
    outfile: 'dist/readWorker.js',
    minify: production,
  },
  {
    ...common,
    entryPoints: ['src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    minify: production,
  },
];
if (!production) {
  const testDir = 'test/integration';
  const entries = readdirSync(new URL(testDir, import.meta.url))
    .filter(name => name === 'index.ts' || name.endsWith('.test.ts'))
    .map(name => `${testDir}/${name}`);
  builds.push({ ...common, entryPoints: entries, outdir: 'out/test/integration', external: ['vscode', 'mocha'] });
}

// Stale output would be packaged (dist) or run as tests (out) after its source is gone.
rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });
if (!production) rmSync(new URL('out', import.meta.url), { recursive: true, force: true });

// esbuild has already printed the errors of a failed build.
await Promise.all(builds.map(options => esbuild.build(options))).catch(() => process.exit(1));
chmodSync(new URL('dist/cli.js', import.meta.url), 0o755);
