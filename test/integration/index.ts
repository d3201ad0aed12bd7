import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Entry the extension host loads through `extensionTestsPath` (under @vscode/test-electron and under
 * code-server alike): runs every compiled `*.test.js` next to this file with mocha's tdd UI.
 * MOCHA_GREP runs only the tests whose full title matches; MOCHA_TIMEOUT sets the per-test
 * timeout in ms (default 60000: a loaded machine can take many seconds to open an editor).
 */
export function run(): Promise<void> {
  const timeout = Number(process.env.MOCHA_TIMEOUT) || 60000;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout, grep: process.env.MOCHA_GREP });
  for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
