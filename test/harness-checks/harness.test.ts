/** The harness on bad days: a missing browser, a suite that hangs, Ctrl-C. Nothing it started may outlive it. */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '../harness/run-tests';

const ROOT = path.resolve(__dirname, '../../..');
const WORKSPACE = path.join(ROOT, 'test/fixtures/plain-workspace');
const HANGING = path.join(__dirname, 'hanging-index.js');

/** Processes whose command line names one of the harness's temporary folders or its browser profile. */
function harnessProcesses(): string[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .flatMap((pid) => {
      try {
        const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return command.includes('selfhelp-vscode-') || command.includes('playwright_chromiumdev_profile')
          ? [`${pid}: ${command.slice(0, 120)}`]
          : [];
      } catch {
        return [];
      }
    });
}

describe('the real-VS-Code harness', function () {
  this.timeout(180_000);

  it('says clearly that Chromium is missing instead of hanging', async () => {
    const saved = process.env.SELFHELP_CHROMIUM;
    process.env.SELFHELP_CHROMIUM = '/nonexistent/chromium';
    try {
      await assert.rejects(
        runTests({
          extensionDevelopmentPath: ROOT,
          extensionTestsPath: HANGING,
          workspacePath: WORKSPACE,
          logFolder: path.join(ROOT, '.test-logs', 'check-missing'),
          log: () => undefined,
        }),
        /Chromium is missing: SELFHELP_CHROMIUM names \/nonexistent\/chromium/,
      );
    } finally {
      if (saved === undefined) delete process.env.SELFHELP_CHROMIUM;
      else process.env.SELFHELP_CHROMIUM = saved;
    }
  });

  it('stops a suite that never finishes at its timeout, fails it, keeps the logs and leaves no process behind', async () => {
    const logFolder = path.join(ROOT, '.test-logs', 'check-timeout');
    fs.rmSync(logFolder, { recursive: true, force: true });
    const lines: string[] = [];
    const code = await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: HANGING,
      workspacePath: WORKSPACE,
      logFolder,
      timeoutMs: 15_000,
      log: (l) => lines.push(l),
    });
    assert.strictEqual(code, 1);
    assert.ok(
      lines.some((l) => l.includes('did not finish within 15 s')),
      lines.join('\n'),
    );
    assert.ok(fs.existsSync(path.join(logFolder, 'server.log')));
    assert.deepStrictEqual(harnessProcesses(), []);
  });

  it('on Ctrl-C stops everything it started and exits 130', async () => {
    const script = `require(${JSON.stringify(path.join(ROOT, 'out/test/harness/run-tests.js'))}).runTests({
      extensionDevelopmentPath: ${JSON.stringify(ROOT)}, extensionTestsPath: ${JSON.stringify(HANGING)},
      workspacePath: ${JSON.stringify(WORKSPACE)}, logFolder: ${JSON.stringify(path.join(ROOT, '.test-logs', 'check-interrupt'))},
      log: (line) => console.log(line) })`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    // Interrupt once the server and the browser are up, i.e. when the harness's own processes exist.
    for (let i = 0; i < 600 && harnessProcesses().length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(harnessProcesses().length >= 2, 'the harness started its server and browser');
    await new Promise((r) => setTimeout(r, 2000));
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    assert.strictEqual(status, 130);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(harnessProcesses(), []);
  });
});
