import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Entry the extension host loads through `extensionTestsPath` (under @vscode/test-electron and under
 * code-server alike): runs every compiled `*.test.js` next to this file with mocha's tdd UI.
 * Set MOCHA_GREP to run only the tests whose full title matches.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000, grep: process.env.MOCHA_GREP });
  for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
