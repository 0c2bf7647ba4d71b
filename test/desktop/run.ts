/**
 * `npm run test:desktop`: the same integration suites through the standard route, @vscode/test-electron, which
 * downloads VS Code desktop (for contributors and CI machines that can; the release workflow runs it under xvfb).
 * The test index is the one our harness runs; only the launcher differs. Ends with "N passed, N failed".
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SUITES, TEST_INDEX } from '../harness/suites';

const ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  let passed = 0;
  let failed = 0;
  for (const { suite, workspace } of SUITES) {
    console.log(`\n=== integration: ${suite} (VS Code desktop, @vscode/test-electron) ===`);
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-desktop-'));
    // A copy of the fixture, as our harness opens: nothing a test does reaches the fixture.
    const folder = workspace ? path.join(temp, 'workspace') : undefined;
    if (workspace && folder) fs.cpSync(path.join(ROOT, workspace), folder, { recursive: true });
    try {
      await runTests({
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(ROOT, TEST_INDEX),
        extensionTestsEnv: { SELFHELP_SUITE: suite },
        launchArgs: [
          ...(folder ? [folder] : []),
          '--disable-extensions',
          '--disable-workspace-trust',
          '--user-data-dir',
          path.join(temp, 'data'),
        ],
      });
      passed++;
    } catch (error) {
      const message = (error as Error).message;
      const download = /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|download/i.test(message)
        ? ' (this route downloads VS Code desktop; where it cannot, npm test runs the same suites)'
        : '';
      console.log(`test:desktop: the ${suite} suite failed: ${message}${download}`);
      failed++;
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  }
  // Counted by suite here: the suites' own test counts are in their output above.
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(
      `test:desktop: ${(error as Error).message} (this route downloads VS Code; without network use npm test)`,
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
