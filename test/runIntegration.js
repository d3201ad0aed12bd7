// Runs the integration suite (out/test/integration/index.js, built by esbuild.config.mjs) in a real
// VS Code against a copy of test/fixture, so tests may edit files on disk.
//   SOURCELINE_TEST_HOST unset or code-server: VS Code 1.96 as code-server with headless chromium, offline;
//     needs test/vscode-host/setup-code-server.sh once per machine.
//   SOURCELINE_TEST_HOST=electron: desktop VS Code through @vscode/test-electron, which downloads it;
//     SOURCELINE_VSCODE_VERSION picks the version (default: stable), e.g. 1.91.0, the oldest supported.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const testsEntry = path.join(root, 'out', 'test', 'integration', 'index.js');
const host = process.env.SOURCELINE_TEST_HOST || 'code-server';

function fail(message) {
  console.error(`runIntegration: ${message}`);
  process.exit(2);
}

/**
 * Copies the fixture folders and returns a two-folder workspace of them: test/fixture first (the
 * folder most tests use), then test/fixture-second, which has sources and settings of its own.
 */
function copyFixture() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourceline-test-'));
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  fs.cpSync(path.join(__dirname, 'fixture'), path.join(tmp, 'fixture'), { recursive: true });
  fs.cpSync(path.join(__dirname, 'fixture-second'), path.join(tmp, 'second'), { recursive: true });
  const workspace = path.join(tmp, 'sourceline.code-workspace');
  fs.writeFileSync(workspace, JSON.stringify({ folders: [{ path: 'fixture' }, { path: 'second' }] }, null, 2));
  return workspace;
}

async function main() {
  if (!fs.existsSync(testsEntry)) fail(`${path.relative(root, testsEntry)} is missing: run node esbuild.config.mjs first`);
  const workspace = copyFixture();
  const started = Date.now();
  let code;
  if (host === 'code-server') {
    const vscodeHost = path.join(__dirname, 'vscode-host');
    code = spawnSync('bash', [path.join(vscodeHost, 'run-in-code-server.sh'),
      process.execPath, path.join(vscodeHost, 'runTests.js'), root, testsEntry, workspace], { stdio: 'inherit' }).status ?? 1;
  } else if (host === 'electron') {
    const { runTests } = require('@vscode/test-electron');
    code = await runTests({
      version: process.env.SOURCELINE_VSCODE_VERSION,
      extensionDevelopmentPath: root,
      extensionTestsPath: testsEntry,
      launchArgs: [workspace, '--disable-extensions'],
    }).catch(err => { console.error('test-electron failed:', err.message || err); return 1; });
  } else {
    fail(`SOURCELINE_TEST_HOST must be code-server or electron, not ${JSON.stringify(host)}`);
  }
  console.log(`integration tests (${host}) finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code);
}

main();
