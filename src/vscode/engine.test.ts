import assert from 'node:assert/strict';
import Module from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Activation stays light only if loading the extension evaluates none of the engine (engine.ts):
 * one static value import of it anywhere in src/vscode would put activation back over its 50 ms
 * budget without failing anything else. The bundle is built and loaded here, against a stand-in
 * for the `vscode` module, with each module esbuild may evaluate later (an `__esm` initializer)
 * made to record when it runs.
 */
describe('loading the extension', function () {
  this.timeout(30_000);
  const started: string[] = [];
  /** Every module with an initializer, as esbuild names it (relative to the project, `../` and all when node_modules is a link). */
  const deferrable: string[] = [];
  let loadError: unknown;
  before(() => {
    const bundle = buildSync({
      entryPoints: [join(__dirname, '../extension.ts')],
      absWorkingDir: join(__dirname, '../..'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      logLevel: 'silent',
    }).outputFiles[0].text.replace(/^ {2}"([^"\n]+)"\(\) \{$/gm, (line, path) => {
      deferrable.push(path);
      return `${line} globalThis.__sourcelineStarted.push(${JSON.stringify(path)});`;
    });
    // Any property of the stand-in, at any depth, is another stand-in: enough for module bodies,
    // which only read enums and call factories of `vscode`.
    const standIn: object = new Proxy(function () {}, { get: (_, key) => (key === 'then' || typeof key === 'symbol' ? undefined : standIn), apply: () => standIn, construct: () => standIn });
    const host = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = host._load;
    host._load = (request, ...rest) => (request === 'vscode' ? Object.create(standIn) : load(request, ...rest));
    (globalThis as { __sourcelineStarted?: string[] }).__sourcelineStarted = started;
    try {
      const module = new Module(join(__dirname, '../../dist/extension-load-test.js'));
      (module as unknown as { _compile(code: string, file: string): void })._compile(bundle, module.id);
    } catch (error) {
      loadError = error;
    } finally {
      host._load = load;
      delete (globalThis as { __sourcelineStarted?: string[] }).__sourcelineStarted;
    }
  });

  it('loads, starting the light helpers it imports (which shows the recording works)', () => {
    assert.equal(loadError, undefined);
    assert.ok(started.includes('src/core/paths.ts'), started.join(', '));
  });

  for (const path of [
    'src/core/SourceIndex.ts',
    'src/core/DraftChecker.ts',
    'src/core/checkDraft.ts',
    'src/core/parseDraft.ts',
    'src/core/searchSources.ts',
    'src/vscode/hoverMarkdown.ts',
    'node_modules/@lezer/markdown/dist/index.js',
    'node_modules/js-yaml/dist/js-yaml.mjs',
    'node_modules/fuse.js/dist/fuse.basic.mjs',
  ]) {
    it(`leaves ${path} for its first use`, () => {
      const name = deferrable.find((p) => p === path || p.endsWith(`/${path}`));
      assert.ok(name, `${path} has no initializer: esbuild evaluates it with the bundle`);
      assert.ok(!started.includes(name), `${path} is evaluated when the extension loads: import it through engine() (src/vscode/engine.ts)`);
    });
  }
});
