// What `npm start` and `npm test` need before they run, done by themselves on a fresh clone: the locked npm
// dependencies (installed when missing or older than package-lock.json) and the Debian packages the real VS Code
// harness needs (installed with apt-get when this is root on Debian, else named with the command that installs them).
// Only Node's built-ins here: nothing else is installed yet when it runs.
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, statSync } from 'fs';
import { homedir } from 'os';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTest = process.argv[2] === 'test';
const say = (line) => console.log(`setup: ${line}`);

/**
 * The npm dependencies as package-lock.json pins them: `npm ci` when node_modules is missing or older than the lock
 * (npm writes node_modules/.package-lock.json at each install: the lock changed since when it is the older).
 */
function ensureDependencies() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(ROOT, 'package-lock.json')).mtimeMs)
    return true;
  say(existsSync(installed) ? 'package-lock.json changed: npm ci …' : 'installing the locked dependencies: npm ci …');
  if (spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' }).status === 0) return true;
  say('npm ci failed (above): it needs the npm registry.');
  return false;
}

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const debianPackage = (name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;

/** Whether the harness's pinned VS Code server is installed (then nothing is built: no krb5, no pkg-config). */
function harnessToolsInstalled() {
  const pins = /PINS = \{ node: '([^']+)', codeServer: '([^']+)' \}/.exec(
    readFileSync(join(ROOT, 'test', 'harness', 'tools.ts'), 'utf8'),
  );
  const cache = process.env.SELFHELP_VSCODE_TEST_CACHE ?? join(homedir(), '.cache', 'selfhelp-vscode-test');
  return pins !== null && existsSync(join(cache, `node-${pins[1]}_code-server-${pins[2]}`, '.installed'));
}

/** The Debian packages missing, each with what needs it and whether the run can go on without it. */
function missingPackages() {
  const missing = [];
  if (!onPath('git')) missing.push({ name: 'git', why: 'the checker and its tests', optional: false });
  if (!process.env.SELFHELP_CHROMIUM && !onPath('chromium') && !onPath('chromium-browser'))
    missing.push({ name: 'chromium', why: 'the real VS Code in a browser', optional: false });
  if (!harnessToolsInstalled()) {
    const why = "building the VS Code server's native module, once";
    if (!onPath('pkg-config')) missing.push({ name: 'pkg-config', why, optional: false });
    if (!debianPackage('libkrb5-dev') && !existsSync('/usr/include/krb5.h'))
      missing.push({ name: 'libkrb5-dev', why, optional: false });
  }
  // Without it the hook's test says it is skipped, and why.
  if (forTest && !onPath('pre-commit'))
    missing.push({ name: 'pre-commit', why: 'the pre-commit hook test', optional: true });
  return missing;
}

function ensurePackages() {
  const missing = missingPackages();
  if (!missing.length) return true;
  const names = missing.map((p) => p.name).join(' ');
  const command = `apt-get install -y --no-install-recommends ${names}`;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    say(`installing the Debian packages ${names} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const updated = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env }).status === 0;
    if (updated && spawnSync('sh', ['-c', `${command} -q`], { stdio: 'inherit', env }).status === 0) return true;
  }
  say(`missing ${missing.map((p) => `${p.name} (${p.why})`).join(', ')}. Install them with:`);
  console.log(`\n    sudo ${command}\n`);
  return missing.every((p) => p.optional);
}

if (!ensureDependencies() || !ensurePackages()) {
  if (forTest) console.log('0 passed, 1 failed');
  process.exit(1);
}
