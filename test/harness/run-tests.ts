/**
 * Runs an extension's tests inside a real VS Code, in the spirit of @vscode/test-electron's runTests: the VS Code
 * server (code-server) on 127.0.0.1 with its own temporary folders, driven by Debian's Chromium through
 * playwright-core. Every process it starts is stopped (the whole process group), on success, failure, timeout or
 * Ctrl-C; the logs are kept when a run fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import { chromium, type Browser } from 'playwright-core';
import { PAGE_REQUEST, SCREENSHOT_REQUEST } from '../integration/protocol';
import { answerPageRequest } from './page-requests';
import { ensureTools, HarnessError } from './tools';

export interface RunOptions {
  /** Folder of the extension under development (holds its package.json). */
  extensionDevelopmentPath: string;
  /** Compiled test index exporting `run(): Promise<void>`. */
  extensionTestsPath: string;
  /**
   * Fixture folder to open; the harness opens a copy, so nothing a test does reaches the fixture. None: an empty
   * window.
   */
  workspacePath?: string;
  /**
   * The extension host to test in: VS Code's Node host, or its web worker host (VS Code for the Web). For `web`,
   * `extensionTestsPath` is a bundle built for the browser; the harness runs a staged copy of the extension whose
   * manifest has no `main`, with the bundle inside it (VS Code runs the tests in the host of the folder holding them).
   */
  host?: 'node' | 'web';
  /** Environment for the extension host. */
  extensionEnvironment?: Record<string, string>;
  /** Where to keep the logs of a failed run. */
  logFolder: string;
  timeoutMs?: number;
  /** Taken when the suite logs SCREENSHOT_REQUEST (it then waits a moment), or else when it finishes. */
  screenshotPath?: string;
  /** User settings of the throwaway profile, over the harness's own (a colour theme for a screenshot, say). */
  settings?: Record<string, unknown>;
  /** Packaged extensions to install first, as a user does (`code-server --install-extension FILE.vsix`). */
  installExtensions?: string[];
  /** Where the suite's output goes, line by line. */
  log?: (line: string) => void;
  /** Only lines that start with this marker are the suite's; the rest of the workbench's log goes to the logs. */
  outputMarker?: string;
}

export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops a process group: TERM, then KILL for whatever is left after two seconds. A process the server started in a
 * group of its own (one of its helpers) is stopped with it: its descendants are read before any signal, since once
 * the server is gone they belong to no one.
 */
export async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid) return;
  const family = descendantsOf(child.pid);
  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  };
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const group = -child.pid;
  signal(group, 'SIGTERM');
  for (let i = 0; i < 20 && alive(group); i++) await sleep(100);
  if (alive(group)) signal(group, 'SIGKILL');
  for (const pid of family) signal(pid, 'SIGKILL');
  for (let i = 0; i < 20 && [group, ...family].some(alive); i++) await sleep(100);
}

/** Every process below `pid` (Linux: from /proc; elsewhere none). */
function descendantsOf(pid: number): number[] {
  let parents: Map<number, number[]>;
  try {
    parents = new Map();
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // The parent is the fourth field, after the command in parentheses (which may hold spaces).
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
      } catch {
        // Gone meanwhile.
      }
    }
  } catch {
    return [];
  }
  const found: number[] = [];
  for (let queue = [pid]; queue.length;) {
    const children = parents.get(queue.pop()!) ?? [];
    found.push(...children);
    queue.push(...children);
  }
  return found;
}

/**
 * What the web worker host needs of the extension: its manifest without `main`, the browser bundle, the contributions.
 */
const WEB_EXTENSION_FILES = ['dist/web', 'dist/spelling', 'syntaxes', 'snippets', 'media', 'test/fixtures'];

/** A copy of the extension that VS Code runs in its web worker host, with the test bundle inside it. */
function stageWebExtension(
  root: string,
  testBundle: string,
  into: string,
): { extensionPath: string; testsPath: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (!manifest.browser)
    throw new HarnessError('package.json has no "browser" entry: there is nothing for the web worker host to run.');
  delete manifest.main;
  fs.mkdirSync(into, { recursive: true });
  fs.writeFileSync(path.join(into, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const part of WEB_EXTENSION_FILES) {
    if (fs.existsSync(path.join(root, part)))
      fs.cpSync(path.join(root, part), path.join(into, part), { recursive: true });
  }
  const testsPath = path.join(into, 'tests', path.basename(testBundle));
  fs.mkdirSync(path.dirname(testsPath), { recursive: true });
  fs.copyFileSync(testBundle, testsPath);
  return { extensionPath: into, testsPath };
}

/** Runs the suite and resolves to its exit code (0 passed, 1 failed), or rejects when the harness cannot start. */
/** The folders of the VS Code server an installation writes into: the run's own extensions and profile. */
export function serverFolders(temp: string): string[] {
  return ['--extensions-dir', path.join(temp, 'extensions'), '--user-data-dir', path.join(temp, 'data')];
}

/** Installs a .vsix into the run's extensions folder with the server's own command, as a user installs it. */
export function installExtension(tools: ReturnType<typeof ensureTools>, vsix: string, temp: string): void {
  const result = spawnSync(
    tools.node,
    [tools.codeServerEntry, ...serverFolders(temp), '--install-extension', path.resolve(vsix)],
    {
      encoding: 'utf8',
      env: { ...process.env, HOME: temp, TMPDIR: temp },
      timeout: 120_000,
    },
  );
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout + result.stderr)) {
    throw new HarnessError(
      `Installing ${vsix} failed (exit ${result.status}): ${(result.stdout + result.stderr).trim().slice(-500)}`,
    );
  }
}

/**
 * Starts the VS Code server on 127.0.0.1:port, without a password, with the run's own folders; its output goes to
 * temp/server.log.
 */
export function spawnServer(
  tools: ReturnType<typeof ensureTools>,
  temp: string,
  port: number,
  extraArgs: string[] = [],
): ChildProcess {
  fs.writeFileSync(path.join(temp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const out = fs.openSync(path.join(temp, 'server.log'), 'a');
  const server = spawn(
    tools.node,
    [
      tools.codeServerEntry,
      '--config',
      path.join(temp, 'config.yaml'),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...serverFolders(temp),
      ...extraArgs,
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, TMPDIR: temp, HOME: temp } },
  );
  fs.closeSync(out);
  return server;
}

/** Resolves once the server answers /healthz; throws when it stops first or takes over 90 s. */
export async function serverReady(server: ChildProcess, port: number, serverLog: string): Promise<void> {
  let exited: number | null | undefined = server.exitCode ?? undefined;
  server.on('exit', (status) => (exited = status));
  const started = Date.now();
  while (!(await healthy(port))) {
    if (exited !== undefined)
      throw new HarnessError(`The VS Code server stopped at start (exit ${exited}); see ${serverLog}.`);
    if (Date.now() - started > 90_000)
      throw new HarnessError('The VS Code server did not answer /healthz within 90 s.');
    await sleep(250);
  }
}

/**
 * An extension folder with nothing in it: the test index runs beside the installed extensions, none under development.
 */
export function emptyExtension(into: string): string {
  fs.mkdirSync(into, { recursive: true });
  fs.writeFileSync(
    path.join(into, 'package.json'),
    JSON.stringify({
      name: 'test-runner',
      publisher: 'selfhelp-tests',
      version: '0.0.0',
      engines: { vscode: '^1.90.0' },
    }),
  );
  return into;
}

export async function runTests(options: RunOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const tools = ensureTools(log);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-vscode-'));
  const serverLog = path.join(temp, 'server.log');
  const transcript: string[] = [];
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let code = 1;
  let stopping: Promise<unknown> | undefined;
  const interrupted = () => {
    // Ctrl-C or a kill: stop what we started before going.
    stopping ??= Promise.all([browser?.close().catch(() => undefined), stopGroup(server)]).finally(() =>
      process.exit(130),
    );
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    let workspace: string | undefined;
    if (options.workspacePath) {
      workspace = path.join(temp, 'workspace');
      fs.cpSync(options.workspacePath, workspace, { recursive: true });
    }
    const { extensionPath, testsPath } =
      options.host === 'web'
        ? stageWebExtension(
            options.extensionDevelopmentPath,
            options.extensionTestsPath,
            path.join(temp, 'web-extension'),
          )
        : { extensionPath: options.extensionDevelopmentPath, testsPath: options.extensionTestsPath };
    // Settings of the throwaway profile: nothing saved behind the tests' back, no start-up editors.
    fs.mkdirSync(path.join(temp, 'data', 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(temp, 'data', 'User', 'settings.json'),
      JSON.stringify(
        {
          'files.autoSave': 'off',
          'files.hotExit': 'off',
          'workbench.startupEditor': 'none',
          'extensions.autoUpdate': false,
          'extensions.autoCheckUpdates': false,
          'telemetry.telemetryLevel': 'off',
          'chat.disableAIFeatures': true,
          ...options.settings,
        },
        null,
        1,
      ),
    );
    for (const vsix of options.installExtensions ?? []) installExtension(tools, vsix, temp);
    const port = await freePort();
    server = spawnServer(tools, temp, port, ['--vscode-option', 'enable-smoke-test-driver']);
    await serverReady(server, port, serverLog);

    browser = await chromium.launch({ executablePath: tools.chromium, headless: true, args: BROWSER_FLAGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle: (code: number) => void = () => undefined;
    let screenshotTaken: Promise<void> | undefined;
    const finished = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      transcript.push(`[${type}] ${line}`);
      const marker = options.outputMarker;
      const own = !marker || line.startsWith(marker) ? line.slice(marker?.length ?? 0) : undefined;
      if (own === SCREENSHOT_REQUEST && options.screenshotPath) {
        screenshotTaken = page.screenshot({ path: options.screenshotPath }).then(() => undefined);
      } else if (own?.startsWith(PAGE_REQUEST)) {
        void answerPageRequest(page, workspace, own.slice(PAGE_REQUEST.length));
      } else if (own !== undefined) log(own);
    });
    await page.exposeFunction('codeAutomationExit', (status: number) => settle(status));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    payload.push(['extensionTestsPath', remote(testsPath)]);
    if (options.extensionEnvironment)
      payload.push(['extensionEnvironment', JSON.stringify(options.extensionEnvironment)]);
    const opened = workspace ? `folder=${encodeURIComponent(workspace)}` : 'ew=true';
    const url = `http://127.0.0.1:${port}/?${opened}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    const timeoutMs = options.timeoutMs ?? 10 * 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), timeoutMs)));
    code = await Promise.race([finished, timedOut]);
    if (code === -1) {
      log(`harness: the suite did not finish within ${Math.round(timeoutMs / 1000)} s.`);
      code = 1;
    }
    clearTimeout(timer);
    if (options.screenshotPath) await (screenshotTaken ?? page.screenshot({ path: options.screenshotPath }));
    return code;
  } catch (error) {
    code = 1;
    // Interrupted: the browser and the server closing under the run is no error of the run; it ends with 130.
    if (stopping) await stopping;
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    await stopGroup(server);
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    if (code !== 0) {
      fs.mkdirSync(options.logFolder, { recursive: true });
      if (fs.existsSync(serverLog)) fs.copyFileSync(serverLog, path.join(options.logFolder, 'server.log'));
      fs.writeFileSync(path.join(options.logFolder, 'extension-host.log'), transcript.join('\n') + '\n');
      log(`harness: logs kept in ${options.logFolder}`);
    }
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
