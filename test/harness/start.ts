/**
 * `npm start`: the extension as a user gets it. Packages the .vsix, installs it into the same real VS Code server the
 * tests use (installed on first use into the tools cache), opens a copy of `samples/` (articles we wrote, some with
 * faults, a team catalogue) and prints the address to open in a browser: 127.0.0.1 only, no password. Nothing is
 * written outside the cache and one temporary folder; Ctrl-C stops everything it started and removes that folder.
 * `npm start -- --desktop` installs the .vsix into VS Code desktop (the `code` command) instead. `--port N` chooses
 * the port.
 */
import { spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort, installExtension, serverReady, spawnServer, stopGroup } from './run-tests';
import { ensureTools, HarnessError } from './tools';

const ROOT = path.resolve(__dirname, '../../..');
const say = (line: string) => console.log(`start: ${line}`);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function packageInto(folder: string): string {
  const vsix = path.join(folder, 'selfhelp-authoring.vsix');
  say('packaging the extension (npm run package)…');
  const result = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  // The package is built minified; the working copy gets its development build (with source maps) back.
  spawnSync('node', ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new HarnessError(`npm run package failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

function desktop(temp: string): number {
  const found = spawnSync('code', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    say(
      'no `code` command on this machine: install VS Code desktop (and its `code` command), or run `npm start` without --desktop.',
    );
    return 1;
  }
  const vsix = packageInto(temp);
  const installed = spawnSync('code', ['--install-extension', vsix, '--force'], { encoding: 'utf8' });
  process.stdout.write(installed.stdout + installed.stderr);
  if (installed.status !== 0) return 1;
  say(
    `installed into VS Code desktop ${found.stdout.split('\n')[0]} with \`code --install-extension\`. Open a folder of articles there (${path.join(ROOT, 'samples')}, say).`,
  );
  return 0;
}

async function main(): Promise<number> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-start-'));
  let server: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopGroup(server);
    fs.rmSync(temp, { recursive: true, force: true });
    say('stopped; the temporary folder is removed.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    if (process.argv.includes('--desktop')) {
      const code = desktop(temp);
      fs.rmSync(temp, { recursive: true, force: true });
      return code;
    }
    const tools = ensureTools(say);
    const vsix = packageInto(temp);
    installExtension(tools, vsix, temp);
    say('installed the .vsix into the VS Code server (--install-extension)');
    const workspace = path.join(temp, 'samples');
    fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
    fs.mkdirSync(path.join(temp, 'data', 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(temp, 'data', 'User', 'settings.json'),
      JSON.stringify(
        {
          'telemetry.telemetryLevel': 'off',
          'workbench.startupEditor': 'readme',
          'extensions.autoCheckUpdates': false,
          // The window shows the extension: no Chat panel taking a fifth of it.
          'chat.disableAIFeatures': true,
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
        },
        null,
        1,
      ),
    );
    const port = Number(option('--port') ?? (await freePort()));
    server = spawnServer(tools, temp, port);
    await serverReady(server, port, path.join(temp, 'server.log'));
    say(
      `VS Code with the extension and the sample articles: http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    );
    say('Ctrl-C stops it.');
    await new Promise<void>((resolve) => server!.on('exit', () => resolve()));
    if (stopping) return new Promise<number>(() => undefined); // stop() cleans up and exits
    say(`the VS Code server stopped (exit ${server.exitCode}).`);
    await stop(1);
    return 1;
  } catch (error) {
    say(error instanceof HarnessError ? error.message : String((error as Error)?.stack ?? error));
    await stop(1);
    return 1;
  }
}

void main().then((code) => process.exit(code));
