/** `npm start`: its server answers on the address it prints, and Ctrl-C stops everything and removes its folder. */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { BROWSER_FLAGS, freePort } from '../harness/run-tests';
import { ensureTools } from '../harness/tools';

const ROOT = path.resolve(__dirname, '../../..');

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

function startProcesses(): string[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .flatMap((pid) => {
      try {
        const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return command.includes('selfhelp-start-') ? [`${pid}: ${command.slice(0, 120)}`] : [];
      } catch {
        return [];
      }
    });
}

describe('npm start', function () {
  this.timeout(300_000);
  let stopOnFailure = () => {};
  afterEach(() => stopOnFailure());

  it('serves VS Code with the extension and the samples on 127.0.0.1, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const child = spawn('node', [path.join(ROOT, 'out/test/harness/start.js'), '--port', String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // A failed assertion must not leave the server running (and this run waiting for it).
    stopOnFailure = () => child.exitCode === null && child.kill('SIGINT');
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 240_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const found =
          /start: VS Code with the extension and the sample articles: (http:\/\/127\.0\.0\.1:(\d+)\/\?folder=(\S+))/.exec(
            output,
          );
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      child.on('exit', (code) =>
        reject(new Error(`npm start ended (${code}) before printing the address:\n${output}`)),
      );
    });
    assert.ok(address.startsWith(`http://127.0.0.1:${port}/`), address);
    const folder = decodeURIComponent(/folder=(\S+)/.exec(address)![1]);
    assert.ok(
      fs.existsSync(path.join(folder, 'articles/microsoft.compute/vm-does-not-start.md')),
      'the samples are there',
    );
    const page = await get(address);
    assert.strictEqual(page.status, 200);
    assert.match(page.body, /<html/i);
    assert.strictEqual((await get(`http://127.0.0.1:${port}/healthz`)).status, 200);
    assert.ok(
      fs
        .readdirSync(path.join(path.dirname(folder), 'extensions'))
        .some((name) => name.startsWith('selfhelp-authoring.selfhelp-authoring-')),
      'the .vsix is installed',
    );

    // What a user sees: the workbench with the samples in the Explorer, and no Chat panel beside the editor.
    const browser = await chromium.launch({ executablePath: ensureTools(() => {}).chromium, args: BROWSER_FLAGS });
    try {
      const window = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await window.goto(address);
      await window
        .locator('.explorer-folders-view')
        .getByText('articles', { exact: true })
        .waitFor({ timeout: 120_000 });
      await window.waitForTimeout(2_000);
      assert.strictEqual(await window.locator('.part.auxiliarybar').isVisible(), false, 'no secondary side bar (Chat)');
      assert.strictEqual(await window.locator('.part.sidebar').isVisible(), true, 'the Explorer is there');
    } finally {
      await browser.close();
    }

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    assert.strictEqual(await exited, 0, output);
    assert.ok(!fs.existsSync(path.dirname(folder)), 'the temporary folder is removed');
    await assert.rejects(get(`http://127.0.0.1:${port}/healthz`), 'the server no longer answers');
    assert.deepStrictEqual(startProcesses(), []);
  });
});
