// Runs the integration suite inside the Node extension host of the code-server that
// run-in-code-server.sh started: the workbench URL carries extensionDevelopmentPath and
// extensionTestsPath, the host require()s the tests entry and awaits its run(), as under
// @vscode/test-electron. Adapted from run-tests.js of the vscode-harness reference kit.
// Usage: run-in-code-server.sh node runTests.js <extension dir> <tests entry .js> <workspace folder>
// Exit code: the suite's result (0 pass, 1 fail, 124 no result within TEST_TIMEOUT_MS, default 900000).
const { launchChromium, workbenchUrl, codeServerUrl } = require('./harness');

const [devPath, testsPath, folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node runTests.js <extension dir> <tests entry .js> <workspace folder>');
  process.exit(2);
}
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 900000);

(async () => {
  const context = await launchChromium();
  const page = context.pages()[0] || await context.newPage();
  let finish;
  const done = new Promise(resolve => (finish = resolve));
  // The workbench calls these when the page defines them: extension host console output, run() result.
  await page.exposeFunction('codeAutomationLog', (_type, args) => console.log(...args));
  await page.exposeFunction('codeAutomationExit', code => finish(code));
  const timer = setTimeout(() => { console.error(`no test result after ${timeoutMs} ms`); finish(124); }, timeoutMs);
  await page.goto(workbenchUrl(codeServerUrl(), { folder, devPath, testsPath }), { timeout: timeoutMs });
  const code = await done;
  clearTimeout(timer);
  await context.close();
  process.exit(code);
})().catch(e => { console.error(e); process.exit(1); });
