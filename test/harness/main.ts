/**
 * `node out/test/harness/main.js [--suite NAME] [--host node|web]`: the integration suites in a real VS Code, one workspace each,
 * every suite in VS Code's Node extension host and again in its web worker host (VS Code for the Web).
 * Prints the suites' output and a last line "N passed, N failed"; exits 1 on a failure or when the harness cannot start.
 */
import * as path from 'path';
import { OUTPUT_MARKER } from '../integration/protocol';
import { runTests } from './runTests';
import { HarnessError } from './tools';

const ROOT = path.resolve(__dirname, '../../..');
const SUMMARY = /selfhelp-integration: (\d+) passed, (\d+) failed/;

/** Each suite and the folder it opens (none: an empty window). The web bundles are made by `esbuild.mjs --web-tests`. */
const SUITES: { suite: string; workspace?: string }[] = [
  { suite: 'articles', workspace: 'test/fixtures/workspace' },
  { suite: 'plain', workspace: 'test/fixtures/plain-workspace' },
  { suite: 'flat', workspace: 'test/fixtures/flat-workspace' },
  { suite: 'single' },
];
const HOSTS = ['node', 'web'] as const;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const chosen = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const onlySuite = chosen('--suite');
  const onlyHost = chosen('--host');
  let passed = 0;
  let failed = 0;
  for (const host of HOSTS) for (const { suite, workspace } of SUITES) {
    if ((onlySuite && suite !== onlySuite) || (onlyHost && host !== onlyHost)) continue;
    console.log(`\n=== integration: ${suite} (real VS Code, ${host === 'web' ? 'web worker extension host' : 'Node extension host'}) ===`);
    let summary: RegExpExecArray | null = null;
    const code = await runTests({
      host,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: host === 'web' ? path.join(ROOT, 'out/web-tests', `${suite}.js`) : path.join(ROOT, 'out/test/integration/index.js'),
      workspacePath: workspace && path.join(ROOT, workspace),
      extensionEnvironment: { SELFHELP_SUITE: suite },
      logFolder: path.join(ROOT, '.test-logs', `${suite}-${host}`),
      outputMarker: OUTPUT_MARKER,
      log: (line) => {
        console.log(line);
        summary = SUMMARY.exec(line) ?? summary;
      },
    });
    const counts = summary as RegExpExecArray | null;
    if (counts) {
      passed += Number(counts[1]);
      failed += Number(counts[2]);
    }
    if (code !== 0 && (!counts || Number(counts[2]) === 0)) failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(error instanceof HarnessError ? `harness: ${error.message}` : `harness: ${(error as Error)?.stack ?? error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
