// Runs every suite and ends with one line "N passed, N failed" over all of them (CI reads it). With --unit, the inner
// loop: lint, the core, the CLI and a tenth of the fuzzer, without the corpus, the browser or a real VS Code.
import { spawn, spawnSync } from 'child_process';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';

for (const [what, command, args] of [
  ['the build', 'node', ['esbuild.mjs', '--web-tests']],
  ['the type check', 'npx', ['tsc', '-p', '.', '--noEmit']],
  ['the compilation of the tests', 'npx', ['tsc', '-p', 'test/tsconfig.json']],
]) {
  if (spawnSync(command, args, { stdio: 'inherit' }).status !== 0) {
    console.log(`${what} failed.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

function testFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = join(folder, entry.name);
    return entry.isDirectory() ? testFiles(full) : entry.name.endsWith('.test.js') ? [full] : [];
  });
}

const unit = process.argv.includes('--unit');
if (unit) process.env.SELFHELP_FUZZ_SHARE = '0.1';
const SUITES = unit
  ? ['core', 'cli', 'fuzz']
  : ['core', 'cli', 'fuzz', 'bundle', 'corpus', 'tools', 'browser', 'harness-checks', 'grammar', 'package'];

let passed = 0;
let failed = 0;
/** What failed, repeated just above the totals line: CI may show only the end of a long log. */
const failures = [];

/** Mocha's failure headings ("1) suite", then the test's title and the first line of the error). */
function failuresOf(suite, stdout) {
  const at = stdout.search(/^\s*\d+ failing/m);
  if (at < 0) return [];
  const lines = stdout.slice(at).split('\n');
  const found = [];
  lines.forEach((line, i) => {
    if (!/^\s+\d+\) /.test(line)) return;
    const title = [line.trim()];
    for (let k = i + 1; k < lines.length && lines[k].trim() && title.length < 4; k++) title.push(lines[k].trim());
    found.push(`${suite}: ${title.join(' › ')}`);
  });
  return found;
}
// The house rules and the layout (npm run lint) count as one test: the suites still run when they fail.
console.log('\n=== lint ===');
if (spawnSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' }).status === 0) {
  console.log('  ✔ npm run lint: no problem');
  passed += 1;
} else {
  console.log('  ✖ npm run lint found problems (above)');
  failed += 1;
  failures.push('lint: npm run lint found problems');
}
let toolsReady = !unit;
for (const suite of SUITES) {
  if (suite === 'tools') {
    // The suites from here on need the pinned VS Code server and Chromium: install them once, or say why not.
    console.log('\n=== tools for the real VS Code ===');
    const tools = spawnSync(
      'node',
      ['-e', "require('./out/test/harness/tools.js').ensureTools(); console.log('harness: tools ready')"],
      { stdio: 'inherit' },
    );
    toolsReady = tools.status === 0;
    if (!toolsReady) {
      console.log('The harness cannot start (see above); the suites that run in VS Code are counted as one failure.');
      failed += 1;
      break;
    }
    continue;
  }
  const files = testFiles(join('out', 'test', suite)).sort();
  if (!files.length) continue;
  console.log(`\n=== ${suite} ===`);
  const run = spawnSync(
    'npx',
    ['mocha', '--reporter', 'spec', '--reporter-option', 'maxDiffSize=4000', '--timeout', '120000', ...files],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  process.stdout.write(run.stdout);
  const passing = /(\d+) passing/.exec(run.stdout);
  const failing = /(\d+) failing/.exec(run.stdout);
  passed += passing ? Number(passing[1]) : 0;
  failed += failing ? Number(failing[1]) : 0;
  failures.push(...failuresOf(suite, run.stdout));
  if (run.status !== 0 && !failing) {
    console.log(`The ${suite} suite did not run to the end (exit ${run.status}).`);
    failed += 1;
    failures.push(`${suite}: did not run to the end (exit ${run.status})`);
  }
}
// The integration suites run inside a real VS Code (test/harness); the harness ends with its own totals line.
if (toolsReady) {
  const integration = await new Promise((resolve) => {
    const child = spawn('node', ['out/test/harness/main.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (status) => resolve({ status, stdout }));
  });
  const totals = [...integration.stdout.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  passed += totals ? Number(totals[1]) : 0;
  failed += totals ? Number(totals[2]) : 1;
  if (integration.status !== 0 && totals && Number(totals[2]) === 0) failed += 1;
  if (!totals || Number(totals[2]) > 0 || integration.status !== 0)
    failures.push('integration: failed in a real VS Code (its log above)');
}

if (failures.length) {
  console.log(`\n=== what failed ===`);
  for (const failure of failures.slice(0, 30)) console.log(`  ✖ ${failure.slice(0, 400)}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
