/**
 * The test index the extension host loads (as @vscode/test-electron's runTests would): runs the compiled suites of
 * one folder (SELFHELP_SUITE) with mocha and prints a summary line the harness reads.
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

/** Marks the suite's own lines, so the harness can tell them from the workbench's log. */
export const OUTPUT_MARKER = '\u2063selfhelp\u2063 ';
export const SUMMARY_PREFIX = 'selfhelp-integration:';
const say = (...args: unknown[]) => console.log(OUTPUT_MARKER + format(...args));

export function run(): Promise<void> {
  const suite = process.env.SELFHELP_SUITE ?? 'articles';
  Mocha.reporters.Base.consoleLog = say;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const folder = path.join(__dirname, suite);
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(folder, file));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      mocha
        .run((failures) => {
          say(`${SUMMARY_PREFIX} ${passed} passed, ${failed} failed`);
          if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
          else resolve();
        })
        .on('pass', () => passed++)
        .on('fail', () => failed++);
    } catch (error) {
      say(`${SUMMARY_PREFIX} 0 passed, 1 failed`);
      reject(error);
    }
  });
}
