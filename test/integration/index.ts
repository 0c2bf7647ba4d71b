/**
 * The test index VS Code's Node extension host loads (as @vscode/test-electron's runTests would): runs the compiled
 * suites of one folder (SELFHELP_SUITE) with mocha and prints a summary line the harness reads. The web worker host
 * runs the same suites from bundles instead (web.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { runMocha, say } from './protocol';

export function run(): Promise<void> {
  const suite = process.env.SELFHELP_SUITE ?? 'articles';
  Mocha.reporters.Base.consoleLog = say;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const folder = path.join(__dirname, suite);
  for (const file of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(folder, file));
  return runMocha(mocha);
}
