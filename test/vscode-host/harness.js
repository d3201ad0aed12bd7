// Browser side of the code-server route, shared by runTests.js and test/ui/uiTest.js: headless
// system chromium through playwright-core, and the workbench URL that loads the extension.
// Adapted from harness.js of the vscode-harness reference kit the project was set up with.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
const codeServerDir = process.env.CODE_SERVER_DIR || path.join(cacheHome, 'vscode-harness', 'code-server-4.96.4');

// playwright-core is a dev dependency; setup-code-server.sh also installs a copy next to code-server.
function playwrightCore() {
  return require(require.resolve('playwright-core', { paths: [__dirname, codeServerDir] }));
}

// Playwright's own browser downloads are not reachable: use the system chromium.
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
    }
  }
  throw new Error('no chromium on PATH: apt-get install chromium, or set CHROMIUM_PATH');
}

// Even with its own profile folder, chromium writes ~/.config/chromium/Crash Reports and ~/.cache/dconf,
// so it gets a throwaway HOME, removed when this process exits.
async function launchChromium(extra = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'sourceline-chromium-'));
  process.on('exit', () => fs.rmSync(home, { recursive: true, force: true }));
  return playwrightCore().chromium.launchPersistentContext(path.join(home, 'profile'), {
    headless: true,
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    ...extra,
  });
}

// The code-server CLI rejects --extensionDevelopmentPath, but the workbench accepts it in the URL
// payload. Payload URIs must use the host:port the page is served from.
function workbenchUrl(base, { folder, devPath, testsPath } = {}) {
  const u = new URL(base);
  const remote = p => `vscode-remote://${u.host}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [];
  if (devPath) payload.push(['extensionDevelopmentPath', remote(devPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  if (folder) u.searchParams.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', path.resolve(folder));
  if (payload.length) u.searchParams.set('payload', JSON.stringify(payload));
  return u.toString();
}

function codeServerUrl() {
  const url = process.env.CODE_SERVER_URL;
  if (!url) throw new Error('CODE_SERVER_URL is not set: start this through run-in-code-server.sh');
  return url;
}

module.exports = { launchChromium, workbenchUrl, codeServerUrl };
