// The benchmark (not a test): the CLI over the whole corpus against a bare markdown-it parse of the same files in the
// same run, and the median time to lint the largest article over 200 runs.
import { spawn, spawnSync } from 'child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import { availableParallelism, tmpdir } from 'os';
import { createRequire } from 'module';
import { join, resolve } from 'path';
import { watchPeakMemory } from './peak-memory.mjs';

const require = createRequire(import.meta.url);
const corpus = resolve(process.env.SELFHELP_CORPUS ?? '../shared/corpus');
try {
  statSync(corpus);
} catch {
  console.log(`bench: no corpus at ${corpus} (set SELFHELP_CORPUS)`);
  process.exit(1);
}
const files = (function walk(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)],
  );
})(corpus);

/** The CLI over the corpus as a fresh process: its time, its report, and its peak resident memory (Linux: VmHWM). */
function timeCli(...extra) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ['dist/cli.js', 'check', corpus, '--format', 'json', '--no-progress', ...extra],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const peak = watchPeakMemory(child, 20);
    child.on('close', (code) => {
      const peakKb = peak.stop();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`the CLI failed: ${stderr}`));
      else resolvePromise({ ms, report: JSON.parse(Buffer.concat(out).toString('utf8')), peakKb });
    });
  });
}

/** Both sides run as fresh processes, so each pays the same start-up and compilation costs. */
function timeMarkdownIt() {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['scripts/bare-markdown-it.cjs', corpus], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('the markdown-it baseline failed');
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rounds = (times) => `(rounds: ${times.map((t) => t.toFixed(0)).join(', ')})`;

// `node scripts/bench.mjs changes` or `json`: that part alone.
const only = process.argv[2];
if (!only) await benchWholeCorpus();
if (!only || only === 'json') await benchJsonSection();
if (!only || only === 'changes') await benchChanges();
if (!only || only === 'lone') await benchLoneArticle();
if (!only || only === 'mcp') await benchMcp();

async function benchWholeCorpus() {
  // The same check with the spelling rule off, to see what the rule costs.
  const spellingOffFolder = mkdtempSync(join(tmpdir(), 'selfhelp-bench-'));
  const spellingOff = join(spellingOffFolder, '.selfhelp.json');
  writeFileSync(spellingOff, JSON.stringify({ rules: { spelling: 'off' } }));

  // Alternate them, five rounds each, and compare medians: the machine is shared and noisy.
  const cores = availableParallelism();
  const cliTimes = [];
  const oneThreadTimes = [];
  const threadTimes = [];
  const mdTimes = [];
  const noSpellingTimes = [];
  const peaks = [];
  let report;
  for (let round = 0; round < 5; round++) {
    const cli = await timeCli();
    report = cli.report;
    cliTimes.push(cli.ms);
    peaks.push(cli.peakKb);
    oneThreadTimes.push((await timeCli('--jobs', '1')).ms);
    threadTimes.push((await timeCli('--jobs', String(Math.max(2, cores)))).ms);
    noSpellingTimes.push((await timeCli('--config', spellingOff)).ms);
    mdTimes.push(timeMarkdownIt());
  }
  rmSync(spellingOffFolder, { recursive: true, force: true });
  const cliMs = median(cliTimes);
  const oneThreadMs = median(oneThreadTimes);
  const threadMs = median(threadTimes);
  const mdMs = median(mdTimes);
  console.log(
    `corpus: ${files.length} files (${report.files} articles, ${report.skipped} skipped), ${report.findings.length} findings`,
  );
  console.log(`selfhelp check (CLI, defaults):   ${cliMs.toFixed(0)} ms   ${rounds(cliTimes)}`);
  console.log(`bare markdown-it, read + parse:   ${mdMs.toFixed(0)} ms   ${rounds(mdTimes)}`);
  console.log(`ratio CLI / markdown-it:          ${(cliMs / mdMs).toFixed(2)}x   (budget <= 1.6x)`);
  console.log(
    `threads on ${cores} cores: --jobs 1 ${oneThreadMs.toFixed(0)} ms ${rounds(oneThreadTimes)}, --jobs ${Math.max(2, cores)} ${threadMs.toFixed(0)} ms ${rounds(threadTimes)}: ` +
      `${(oneThreadMs / threadMs).toFixed(2)}x faster with threads (the default uses them from 3 cores up)`,
  );
  const peak = peaks.every((p) => p) ? `${(Math.max(...peaks) / 1024).toFixed(0)} MB` : 'n/a (no /proc)';
  console.log(`peak resident memory of the CLI, defaults: ${peak}   (target < 300 MB)`);
  const noSpellingMs = median(noSpellingTimes);
  console.log(`selfhelp check, spelling off:     ${noSpellingMs.toFixed(0)} ms   ${rounds(noSpellingTimes)}`);
  console.log(`ratio spelling on / off:          ${(cliMs / noSpellingMs).toFixed(2)}x   (was <= 1.30x)`);
  benchWarmUp();

  const { parseArticle } = require('../out/src/core/parse/article.js');
  const { WordList } = require('../out/src/core/spelling/word-list.js');
  const { Speller } = require('../out/src/core/spelling/speller.js');
  const { lintArticle } = require('../out/src/core/lint/lint.js');
  const { decodeBytes } = require('../out/src/core/text/source-text.js');
  const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  const bytes = readFileSync(largest);
  /**
   * Median time of `work` in ms over 200 runs, after 100 to warm up: the editor checks the same document again at every
   * edit, so the steady state is what an author meets (20 runs to warm up left the compiler's work in the median).
   */
  function medianTime(work) {
    for (let i = 0; i < 100; i++) work();
    const runs = [];
    for (let i = 0; i < 200; i++) {
      const start = process.hrtime.bigint();
      work();
      runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(runs);
  }

  // As the editor does it: the word list asked for, read and built, then the first check with it (cold, once).
  const asked = process.hrtime.bigint();
  const speller = new Speller(WordList.fromCompact(readFileSync('dist/spelling/en-us.words', 'utf8')));
  const loadedMs = Number(process.hrtime.bigint() - asked) / 1e6;
  lintArticle(parseArticle(decodeBytes(bytes).text, { path: largest }), undefined, { speller });
  const firstCheckMs = Number(process.hrtime.bigint() - asked) / 1e6;
  console.log(
    `word list read and built: ${loadedMs.toFixed(0)} ms; the first check with it done ${firstCheckMs.toFixed(0)} ms after it was asked   (target <= 300 ms)`,
  );

  const lintMs = medianTime(
    () => lintArticle(parseArticle(decodeBytes(bytes).text, { path: largest })).findings.length,
  );
  const spellingLintMs = medianTime(
    () => lintArticle(parseArticle(decodeBytes(bytes).text, { path: largest }), undefined, { speller }).findings.length,
  );
  console.log(`largest article: ${largest.slice(corpus.length + 1)} (${bytes.length} bytes)`);
  console.log(
    `lint it once, median of 200 runs:  ${lintMs.toFixed(2)} ms without the word list, ${spellingLintMs.toFixed(2)} ms with spelling   (guard <= 2 ms)`,
  );

  // The preview renders the article again after each edit (the article parsed afresh, as the editor does).
  const { renderArticle } = require('../out/src/core/render/article.js');
  const text = decodeBytes(bytes).text;
  const renderMs = medianTime(() => renderArticle(parseArticle(text, { path: largest })).html.length);
  console.log(
    `parse and render it for the preview, median of 200 runs:  ${renderMs.toFixed(2)} ms   (target <= 10 ms)`,
  );
}

/**
 * Where a one-shot check's time goes (scripts/warm-up.cjs, each side a process of its own, three rounds): the same
 * articles checked first with cold code and caches, then with the code compiled but the speller new, then warm.
 */
function benchWarmUp() {
  const passes = (which) => {
    const run = spawnSync(process.execPath, ['scripts/warm-up.cjs', corpus, which], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`scripts/warm-up.cjs failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
  };
  const checks = [];
  const parses = [];
  for (let round = 0; round < 3; round++) {
    checks.push(passes('check'));
    parses.push(passes('markdown-it'));
  }
  const of = (runs, key) => median(runs.map((run) => run[key]));
  const [cold, compiled, warm] = ['cold', 'compiled', 'warm'].map((key) => of(checks, key));
  const [mdCold, mdWarm] = ['cold', 'warm'].map((key) => of(parses, key));
  console.log(
    `in one process, the texts in memory (medians of 3): parse and lint ${cold.toFixed(0)} ms cold, ` +
      `${warm.toFixed(0)} ms warm; markdown-it ${mdCold.toFixed(0)} ms cold, ${mdWarm.toFixed(0)} ms warm`,
  );
  console.log(
    `  of the cold pass: ${(cold - compiled).toFixed(0)} ms V8 compiling the checker's code, ` +
      `${(compiled - warm).toFixed(0)} ms the speller's first look at each word, ${warm.toFixed(0)} ms the work itself`,
  );
  console.log(`ratio warm check / warm markdown-it: ${(warm / mdWarm).toFixed(2)}x`);
}

/** The JSON section's help as the editor asks for it after an edit: the new version parsed, then the request. */
async function benchJsonSection() {
  const { parseArticle } = require('../out/src/core/parse/article.js');
  const { decodeBytes } = require('../out/src/core/text/source-text.js');
  const { jsonCompletionsAt, jsonHoverAt } = require('../out/src/core/authoring/json-language.js');
  const jsonFiles = files.filter((f) => parseArticle(readFileSync(f, 'utf8'), { path: f }).json);
  const jsonFile = jsonFiles.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  const text = decodeBytes(readFileSync(jsonFile)).text;
  // The last key of the section: the far end of the largest document.
  const keyAt = text.lastIndexOf('"', text.lastIndexOf('":') - 1) + 1;
  async function medianAsync(work) {
    for (let i = 0; i < 50; i++) await work();
    const runs = [];
    for (let i = 0; i < 100; i++) {
      const start = process.hrtime.bigint();
      await work();
      runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(runs);
  }
  const completionMs = await medianAsync(
    async () => (await jsonCompletionsAt(parseArticle(text, { path: jsonFile }), keyAt))?.items.length,
  );
  const hoverMs = await medianAsync(
    async () => (await jsonHoverAt(parseArticle(text, { path: jsonFile }), keyAt + 1))?.range,
  );
  console.log(
    `largest JSON article: ${jsonFile.slice(corpus.length + 1)} (${text.length} characters, ${jsonFiles.length} JSON articles)`,
  );
  console.log(
    `a completion ${completionMs.toFixed(2)} ms, a hover ${hoverMs.toFixed(2)} ms there (median of 100, each on a new version, parsed again)   (target <= 50 ms)`,
  );
}

/**
 * A commit's check (the pre-commit hook gives three staged articles) and a pull request's (three changed articles
 * under --new-from-rev) against the whole check, in a git repository holding the corpus: each must cost what it
 * changed, and report for its files exactly what the whole check reports for them.
 */
async function benchChanges() {
  const repository = mkdtempSync(join(tmpdir(), 'selfhelp-bench-repo-'));
  cpSync(corpus, repository, { recursive: true });
  const git = (...args) => {
    const run = spawnSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], {
      cwd: repository,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (run.status !== 0) throw new Error(`git ${args[0]}: ${run.stderr}`);
    return run.stdout;
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'corpus');
  const articles = git('ls-files', '*.md').split('\n').filter(Boolean).sort();
  const three = [1, 2, 3].map((k) => articles[Math.floor((articles.length * k) / 4)]);
  const run = (...args) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [resolve('dist/cli.js'), 'check', '--no-progress', ...args], {
      cwd: repository,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (child.status !== 0 && child.status !== 1) throw new Error(`the CLI failed: ${child.stderr}`);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, code: child.status, stdout: child.stdout };
  };
  const wholeTimes = [];
  const givenTimes = [];
  const changedTimes = [];
  let whole;
  let given;
  for (let round = 0; round < 5; round++) {
    whole = run('--format', 'json');
    wholeTimes.push(whole.ms);
    given = run('--format', 'json', ...three);
    givenTimes.push(given.ms);
  }
  // The same three articles, each changed on one line of its body.
  for (const file of three)
    writeFileSync(
      join(repository, file),
      readFileSync(join(repository, file), 'utf8') + '\nA line added by the bench.\n',
    );
  let changed;
  for (let round = 0; round < 5; round++) {
    changed = run('--format', 'json', '--new-from-rev', 'HEAD');
    changedTimes.push(changed.ms);
  }
  const wholeAfter = run('--format', 'json');
  rmSync(repository, { recursive: true, force: true });

  const wholeReport = JSON.parse(whole.stdout);
  const ofThree = (report) => JSON.stringify(report.findings.filter((f) => three.includes(f.file)));
  const same = ofThree(wholeReport) === JSON.stringify(JSON.parse(given.stdout).findings);
  const changedFindings = JSON.parse(changed.stdout).findings;
  const onChangedFiles = changedFindings.every((f) => three.includes(f.file));
  const wholeMs = median(wholeTimes);
  console.log(
    `repository of ${articles.length} Markdown files; whole check ${wholeMs.toFixed(0)} ms ${rounds(wholeTimes)}, exit ${whole.code}, ${wholeReport.findings.length} findings`,
  );
  console.log(
    `three given articles (the pre-commit hook): ${median(givenTimes).toFixed(0)} ms ${rounds(givenTimes)}: ${(median(givenTimes) / wholeMs).toFixed(2)}x the whole check   (target <= 0.25x, < 1 s)`,
  );
  console.log(`  their findings byte for byte the whole check's: ${same ? 'yes' : 'NO'}; exit ${given.code}`);
  console.log(
    `--new-from-rev HEAD, three changed articles: ${median(changedTimes).toFixed(0)} ms ${rounds(changedTimes)}: ${(median(changedTimes) / median(wholeTimes)).toFixed(2)}x the whole check   (target <= 0.25x)`,
  );
  console.log(
    `  ${changedFindings.length} findings, all on the changed articles: ${onChangedFiles ? 'yes' : 'NO'}; the whole check after the change: ${JSON.parse(wholeAfter.stdout).findings.length} findings`,
  );
}

/**
 * One article checked where it lies beside 10,000 other Markdown files outside any repository (an article saved to
 * /tmp or a home folder): the files given are the whole set, so nothing beside them may be read.
 */
async function benchLoneArticle() {
  const folder = mkdtempSync(join(tmpdir(), 'selfhelp-bench-lone-'));
  const pile = files.filter((file) => file.endsWith('.md')).slice(0, 10000);
  for (const [i, file] of pile.entries()) {
    if (i % 1000 === 0) mkdirSync(join(folder, 'notes', String(i / 1000)), { recursive: true });
    copyFileSync(file, join(folder, 'notes', String(Math.floor(i / 1000)), `${i}.md`));
  }
  copyFileSync(pile[0], join(folder, 'a.md'));
  const times = [];
  let peakKb = 0;
  for (let round = 0; round < 5; round++) {
    const { ms, peakKb: peak } = await timeProcess(['dist/cli.js', 'check', '--no-progress', 'a.md'], folder);
    times.push(ms);
    peakKb = Math.max(peakKb, peak ?? 0);
  }
  rmSync(folder, { recursive: true, force: true });
  console.log(
    `one article beside ${pile.length} Markdown files, outside any repository: ${median(times).toFixed(0)} ms ${rounds(times)}, peak ${(peakKb / 1024).toFixed(0)} MB   (target < 500 ms, < 150 MB)`,
  );
}

/** A command as a fresh process in `cwd`: its time and its peak resident memory (Linux: VmHWM). */
function timeProcess(args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [resolve(args[0]), ...args.slice(1)], { cwd, stdio: 'ignore' });
    const peak = watchPeakMemory(child, 5);
    child.on('error', reject);
    child.on('close', () => {
      const peakKb = peak.stop();
      resolvePromise({ ms: Number(process.hrtime.bigint() - start) / 1e6, peakKb });
    });
  });
}

/**
 * `selfhelp mcp` as an agent meets it: the SDK's client over stdio, the largest published article checked through
 * check_article once the server is up (median of 20 calls), and the server's resident memory while idle: the server
 * the extension ships for VS Code (dist/mcp.js) and the whole command line's (dist/cli.js mcp).
 */
async function benchMcp() {
  await benchMcpServer('dist/mcp.js (the server VS Code lists)', [resolve('dist/mcp.js')]);
  await benchMcpServer('selfhelp mcp (dist/cli.js)', [resolve('dist/cli.js'), 'mcp']);
}

async function benchMcpServer(name, command) {
  const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
  const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');
  const folder = mkdtempSync(join(tmpdir(), 'selfhelp-bench-mcp-'));
  const largest = files.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  copyFileSync(largest, join(folder, 'largest.md'));
  const client = new Client({ name: 'selfhelp-bench', version: '1.0.0' });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [...command, folder],
  });
  const started = process.hrtime.bigint();
  await client.connect(transport);
  const upMs = Number(process.hrtime.bigint() - started) / 1e6;
  const times = [];
  for (let i = 0; i < 21; i++) {
    const start = process.hrtime.bigint();
    const answer = await client.callTool({ name: 'check_article', arguments: { path: 'largest.md' } });
    if (answer.isError) throw new Error(answer.content[0].text);
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  await new Promise((done) => setTimeout(done, 1000));
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${transport.pid}/status`, 'utf8'));
  console.log(
    `${name}: up in ${upMs.toFixed(0)} ms; check_article on the largest article (${statSync(largest).size} bytes): median ${times[10].toFixed(1)} ms of 20 calls (target < 50 ms); idle ${rss ? Math.round(Number(rss[1]) / 1024) : '?'} MB resident (target < 100 MB)`,
  );
  await client.close();
  rmSync(folder, { recursive: true, force: true });
}
