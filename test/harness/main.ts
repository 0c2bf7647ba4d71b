/**
 * `node out/test/harness/main.js [--suite NAME] [--host node|web]`: the integration suites in a real VS Code, one
 * workspace each, every suite in VS Code's Node extension host and again in its web worker host (VS Code for the Web);
 * then the packaged .vsix, installed as a user installs it (`--suite vsix` alone). Prints the suites' output and a last
 * line "N passed, N failed"; exits 1 on a failure or when the harness cannot start.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LINK_TEST_PAGES, LINKS_CONFIG_VARIABLE, OUTPUT_MARKER } from '../integration/protocol';
import { SimulatedWeb } from '../helpers/simulated-web';
import { emptyExtension, runTests, type RunOptions } from './run-tests';
import { HARNESS_SUITES, SUITES, TEST_INDEX } from './suites';
import { HarnessError } from './tools';

const ROOT = path.resolve(__dirname, '../../..');
const SUMMARY = /selfhelp-integration: (\d+) passed, (\d+) failed/;

const HOSTS = ['node', 'web'] as const;

/** The installed .vsix: in the Node host, and made to run in the web worker host as VS Code for the Web runs it. */
const VSIX_RUNS: { suite: string; title: string; settings?: Record<string, unknown> }[] = [
  { suite: 'vsix', title: 'Node extension host' },
  {
    suite: 'vsix-web',
    title: 'web worker extension host',
    settings: { 'remote.extensionKind': { 'selfhelp-authoring.selfhelp-authoring': ['web'] } },
  },
];

/** The .vsix as `npm run package` builds it, in a folder of its own; the development build is restored after. */
function packageVsix(into: string): string {
  const vsix = path.join(into, 'selfhelp-authoring.vsix');
  const result = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  spawnSync('node', ['esbuild.mjs', '--web-tests'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

/**
 * Runs one suite and counts its tests from its summary line; a run that failed without a failing test counts as one.
 */
async function counted(options: RunOptions): Promise<{ passed: number; failed: number }> {
  let summary: RegExpExecArray | null = null;
  const code = await runTests({
    ...options,
    outputMarker: OUTPUT_MARKER,
    log: (line) => {
      console.log(line);
      summary = SUMMARY.exec(line) ?? summary;
    },
  });
  const counts = summary as RegExpExecArray | null;
  const passed = counts ? Number(counts[1]) : 0;
  const failed = counts ? Number(counts[2]) : 0;
  return { passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const chosen = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const onlySuite = chosen('--suite');
  const onlyHost = chosen('--host');
  let passed = 0;
  let failed = 0;
  // The web Check Links follows in the suites: on this machine, never the internet.
  const web = await new SimulatedWeb(LINK_TEST_PAGES).start();
  const linksConfig = JSON.stringify({ links: { remap: web.remap() } });
  const add = (counts: { passed: number; failed: number }) => {
    passed += counts.passed;
    failed += counts.failed;
  };
  for (const host of HOSTS)
    for (const { suite, workspace } of [...SUITES, ...HARNESS_SUITES]) {
      if ((onlySuite && suite !== onlySuite) || (onlyHost && host !== onlyHost)) continue;
      console.log(
        `\n=== integration: ${suite} (real VS Code, ${host === 'web' ? 'web worker extension host' : 'Node extension host'}) ===`,
      );
      add(
        await counted({
          host,
          extensionDevelopmentPath: ROOT,
          extensionTestsPath:
            host === 'web' ? path.join(ROOT, 'out/web-tests', `${suite}.js`) : path.join(ROOT, TEST_INDEX),
          workspacePath: workspace && path.join(ROOT, workspace),
          extensionEnvironment: { SELFHELP_SUITE: suite, [LINKS_CONFIG_VARIABLE]: linksConfig },
          logFolder: path.join(ROOT, '.test-logs', `${suite}-${host}`),
        }),
      );
    }
  for (const run of VSIX_RUNS) {
    if (onlySuite && onlySuite !== run.suite) continue;
    // What ships: the packaged .vsix installed as a user installs it, beside an empty folder for the test runner.
    console.log(
      `\n=== integration: ${run.suite} (the packaged extension installed into the real VS Code, ${run.title}) ===`,
    );
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-vsix-'));
    try {
      add(
        await counted({
          host: 'node',
          installExtensions: [packageVsix(temp)],
          extensionDevelopmentPath: emptyExtension(path.join(temp, 'runner')),
          extensionTestsPath: path.join(ROOT, TEST_INDEX),
          workspacePath: path.join(ROOT, 'test/fixtures/workspace'),
          extensionEnvironment: { SELFHELP_SUITE: run.suite },
          settings: run.settings,
          logFolder: path.join(ROOT, '.test-logs', run.suite),
        }),
      );
    } catch (error) {
      console.log(`harness: ${(error as Error).message}`);
      failed += 1;
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  }
  await web.stop();
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(
      error instanceof HarnessError ? `harness: ${error.message}` : `harness: ${(error as Error)?.stack ?? error}`,
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
