// The links benchmark (not a test): `npm run bench:links [-- --share 0.25] [--latency 20] [--no-peers]`.
// The corpus's web links, each host given its own loopback address on one simulated web with a network's latency and
// a share of faults (404 and 410, permanent and temporary redirects, loops, missing fragments, hosts that answer 429
// with Retry-After or refuse HEAD, pages that never answer). The links are written into articles of a folder as
// addresses of that web, and the same files are checked by selfhelp links, linkinator (--concurrency 8: its limit is
// global) and markdown-link-check. Prints each one's wall time and peak memory, what selfhelp found against the plan,
// the most requests in flight to one host, the floor the busiest host sets, and what a second run within the cache's
// age asks. Nothing leaves the machine.
import { spawn } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { watchPeakMemory } from './peak-memory.mjs';

const require = createRequire(import.meta.url);
const { decodeBytes, parseArticle, webLinksOf } = require('../out/src/core/index.js');
const { SimulatedWeb } = require('../out/test/helpers/simulated-web.js');

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const SHARE = option('--share', 1);
const LATENCY = option('--latency', 20);
const TIMEOUT_S = 3;
const HOST_LIMIT = 8;
const peers = !process.argv.includes('--no-peers');
/** Keep the folder of articles (its path printed), to run a tool on it by hand. */
const keep = process.argv.includes('--keep');

const corpus = resolve(process.env.SELFHELP_CORPUS ?? '../shared/corpus');
const files = (function walk(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)],
  );
})(corpus).sort();
const every = Math.max(1, Math.round(1 / SHARE));
const chosen = files.filter((_, i) => i % every === 0);

/** A stable number from a text (FNV-1a), so that the same links get the same faults every run. */
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

// The corpus's links, article by article.
const articles = [];
// By the address the simulated web answers (http and https, and a bare "?", are one page there).
const fragmentsOf = new Map();
const keyOf = (page) => {
  const url = new URL(page);
  return `https://${url.host}${url.pathname}${url.search}`;
};
for (const file of chosen) {
  const article = parseArticle(decodeBytes(readFileSync(file)).text, { path: file });
  if (!article.block) continue;
  const links = webLinksOf(article);
  if (!links.length) continue;
  articles.push(links);
  for (const link of links) {
    const key = keyOf(link.page);
    if (!fragmentsOf.has(key)) fragmentsOf.set(key, new Set());
    if (link.fragment) fragmentsOf.get(key).add(link.fragment);
  }
}

// The plan of the web: what each page does, and what each host does. The busiest host has no page that never
// answers, so that the floor it sets is its requests' latency alone.
const pagesOnHost = new Map();
for (const page of fragmentsOf.keys()) {
  const host = new URL(page).host;
  pagesOnHost.set(host, (pagesOnHost.get(host) ?? 0) + 1);
}
const [busiest, busiestPages] = [...pagesOnHost].sort((a, b) => b[1] - a[1])[0];
const plan = new Map();
const pages = {};
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
let missingFragments = 0;
let pagesMissingFragments = 0;
for (const [page, fragments] of fragmentsOf) {
  const h = hash(page) % 1000;
  const silent = h >= 115 && h < 117 && new URL(page).host !== busiest;
  const kind =
    h < 40
      ? 'dead'
      : h < 50
        ? 'gone'
        : h < 80
          ? 'moved'
          : h < 110
            ? 'temporary'
            : h < 115
              ? 'loop'
              : silent
                ? 'silent'
                : 'alive';
  // A text fragment (#:~:text=) names no element: never planned missing.
  const kept = [...fragments].filter((f) => f.startsWith(':~:') || hash(`${page}#${f}`) % 100 >= 5);
  const missing = [...fragments].filter((f) => !kept.includes(f));
  const html = `<h1 id="top">Page</h1>${kept.map((f) => `<h2 id="${escapeHtml(f)}">x</h2>`).join('')}`;
  const key = keyOf(page);
  const url = new URL(key);
  const host = url.host;
  const hostH = hash(host) % 60;
  const quirks = (spec) => ({ ...spec, ...(hostH === 0 && { head: 405 }) });
  const throttled = hostH === 1;
  let firstAnswered = false;
  const answer = (spec) =>
    throttled
      ? () => {
          if (firstAnswered) return quirks(spec);
          firstAnswered = true;
          return { status: 429, headers: { 'retry-after': '1' } };
        }
      : quirks(spec);
  const alive = { html };
  if (kind === 'dead') pages[key] = answer({ status: 404 });
  else if (kind === 'gone') pages[key] = answer({ status: 410 });
  else if (kind === 'moved' || kind === 'temporary') {
    const target = `${url.pathname}${kind === 'moved' ? '-moved' : '-for-now'}${url.search}`;
    pages[key] = answer({ status: kind === 'moved' ? 301 : 302, headers: { location: target } });
    pages[`https://${host}${target}`] = alive;
  } else if (kind === 'loop') {
    pages[key] = answer({ status: 301, headers: { location: `${url.pathname}-loop` } });
    pages[`https://${host}${url.pathname}-loop`] = { status: 301, headers: { location: url.pathname } };
  } else if (kind === 'silent') pages[key] = { delay: Infinity };
  else pages[key] = answer(alive);
  if ((kind === 'alive' || kind === 'moved' || kind === 'temporary') && missing.length) {
    missingFragments += missing.length;
    pagesMissingFragments++;
  }
  plan.set(page, { kind, missing: new Set(missing) });
}

const web = await new SimulatedWeb(pages, LATENCY).start();
const port = Number(web.remap()[0][1].split(':').pop());
const addressed = (page) => {
  const url = new URL(keyOf(page));
  return `http://${web.addressFor(url.host)}:${port}${url.pathname}${url.search}`;
};

// The same files for every tool: one article each, its links written as addresses of the web.
const folder = mkdtempSync(join(tmpdir(), 'selfhelp-links-bench-'));
const hostOfUrl = new Map();
articles.forEach((links, i) => {
  const lines = links.map((link) => {
    const url = addressed(link.page) + (link.fragment !== undefined ? `#${encodeURIComponent(link.fragment)}` : '');
    hostOfUrl.set(url.replace(/#.*/, ''), keyOf(link.page));
    return `- [link ${i}](${url})`;
  });
  writeFileSync(
    join(folder, `article-${i}.md`),
    `<properties pageTitle="Links ${i}" articleId="links-${i}" selfHelpType="generic" />\n\n# Links ${i}\n\n${lines.join('\n')}\n`,
  );
});
const hosts = pagesOnHost;
const linkCount = articles.reduce((n, links) => n + links.length, 0);
console.log(
  `links: ${linkCount} in ${articles.length} articles (a share of ${SHARE} of the corpus), ${fragmentsOf.size} pages on ${hosts.size} hosts, ${LATENCY} ms latency`,
);
console.log(
  `the plan: ${count('dead') + count('gone')} dead, ${count('moved')} moved for good, ${count('temporary')} moved for now, ${count('loop')} loops, ${count('silent')} never answering, ${missingFragments} fragments missing`,
);
function count(kind) {
  return [...plan.values()].filter((p) => p.kind === kind).length;
}

/** A tool run as a fresh process over the folder: its wall time, peak memory, output, and the requests it sent. */
function timed(command, args, cwd = process.cwd()) {
  return new Promise((done) => {
    const before = web.requests.length;
    web.peakInFlight.clear();
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => (err += c));
    const peak = watchPeakMemory(child, 20);
    child.on('close', (code) =>
      done({
        code,
        ms: Number(process.hrtime.bigint() - start) / 1e6,
        peakMb: Math.round((peak.stop() ?? 0) / 1024),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: err,
        requests: web.requests.slice(before),
        peakPerHost: Math.max(0, ...web.peakInFlight.values()),
      }),
    );
  });
}

const cli = resolve('dist/cli.js');
const ours = ['links', '.', '--format', 'json', '--timeout', String(TIMEOUT_S), '--no-progress'];
const first = await timed([cli], [...ours, '--no-cache', '--fail-on', 'never'], folder);
const report = JSON.parse(first.stdout);
// What selfhelp found, by link, against the plan.
const found = new Map();
for (const f of report.findings) {
  const text = readFileSync(join(folder, f.file), 'utf8').split('\n')[f.line - 1];
  const url = /\((http[^)#]+)/.exec(text.slice(f.column - 2))?.[1];
  const page = hostOfUrl.get(url);
  if (!found.has(page)) found.set(page, new Set());
  found.get(page).add(f.rule);
}
let missed = 0;
let wrongDead = 0;
let fragmentsFound = 0;
const examples = [];
for (const [page, { kind }] of plan) {
  const rules = found.get(page) ?? new Set();
  const expected =
    kind === 'dead' || kind === 'gone' || kind === 'loop'
      ? 'SH801'
      : kind === 'silent'
        ? 'SH804'
        : kind === 'moved'
          ? 'SH803'
          : undefined;
  if (expected && !rules.has(expected)) {
    missed++;
    examples.push(`missed: ${page} (${kind}) got ${[...rules].join(' ') || 'nothing'}`);
  }
  if (!expected && rules.has('SH801')) {
    wrongDead++;
    examples.push(`called dead: ${page} (${kind})`);
  }
  if (rules.has('SH802')) fragmentsFound++;
}
for (const example of examples.slice(0, 10)) console.log(`  ${example}`);
const busiestRequests = first.requests.filter((r) => r.host === busiest).length;
const floorMs = (busiestRequests * LATENCY) / HOST_LIMIT;
console.log(
  `selfhelp links: ${(first.ms / 1000).toFixed(1)} s, peak ${first.peakMb} MB, ${first.requests.length} requests, at most ${first.peakPerHost} in flight to a host (limit ${HOST_LIMIT})`,
);
console.log(
  `  faults of the plan missed: ${missed}; alive links called dead: ${wrongDead}; pages with a missing fragment found: ${fragmentsFound} of ${pagesMissingFragments}`,
);
console.log(
  `  the busiest host (${busiest}, ${busiestPages} pages) sets the floor: ${busiestRequests} requests x ${LATENCY} ms / ${HOST_LIMIT} = ${(floorMs / 1000).toFixed(1)} s; selfhelp took ${(first.ms / floorMs).toFixed(2)}x that`,
);
const filling = await timed([cli], [...ours, '--fail-on', 'never'], folder);
const alivePages = new Set([...plan].filter(([, p]) => p.kind === 'alive').map(([page]) => page));
const again = await timed([cli], [...ours, '--fail-on', 'never'], folder);
const aliveAskedAgain = again.requests.filter((r) => alivePages.has(`https://${r.host}${r.path}`)).length;
console.log(
  `  with the cache: the run that fills it ${(filling.ms / 1000).toFixed(1)} s; the next, within its age, ${(again.ms / 1000).toFixed(1)} s, ${again.requests.length} requests, ${aliveAskedAgain} of them for a link found alive   (target: 0)`,
);

if (peers) {
  const linkinator = await timed(
    [resolve('node_modules/linkinator/build/src/cli.js')],
    [
      './**/*.md',
      '--markdown',
      // The same work as ours: fragments read, redirects told.
      '--check-fragments',
      '--redirects',
      'warn',
      '--concurrency',
      String(HOST_LIMIT),
      // Its timeout covers the article files it serves itself too: at 3 s most of them fail to load under the load of
      // the links, and their links are never checked (a quarter of the corpus: 1,555 of 4,799 pages). At 20 s it
      // does the whole job.
      '--timeout',
      '20000',
      '--retry',
      '--format',
      'json',
    ],
    folder,
  );
  // Whether it finished the job: a link it reports broken with status 0 was never answered.
  let unanswered = '?';
  try {
    const links = JSON.parse(linkinator.stdout).links.filter((l) => l.url.startsWith('http'));
    const pagesChecked = new Set(links.map((l) => l.url.replace(/#.*/, ''))).size;
    unanswered = `${pagesChecked} of the ${plan.size} pages checked; ${links.filter((l) => l.state === 'BROKEN' && l.status === 0).length} of its ${links.length} web links reported broken with status 0 (never answered)`;
  } catch {
    // Not the JSON it prints when it finishes.
  }
  console.log(
    `linkinator --concurrency ${HOST_LIMIT} --timeout 20000: ${(linkinator.ms / 1000).toFixed(1)} s, peak ${linkinator.peakMb} MB, ${linkinator.requests.length} requests, at most ${linkinator.peakPerHost} in flight to a host (exit ${linkinator.code}); ${unanswered}`,
  );
  const config = join(folder, '..', `${folder.split('/').pop()}-mlc.json`);
  writeFileSync(
    config,
    JSON.stringify({ timeout: `${TIMEOUT_S}s`, retryOn429: true, retryCount: 2, aliveStatusCodes: [200, 206] }),
  );
  const mlc = await timed(
    [resolve('node_modules/markdown-link-check/markdown-link-check')],
    ['-q', '-c', config, '.'],
    folder,
  );
  console.log(
    `markdown-link-check: ${(mlc.ms / 1000).toFixed(1)} s, peak ${mlc.peakMb} MB, ${mlc.requests.length} requests, at most ${mlc.peakPerHost} in flight to a host (exit ${mlc.code})`,
  );
  console.log(
    `selfhelp links ÷ linkinator: ${(first.ms / linkinator.ms).toFixed(2)}x; ÷ markdown-link-check: ${(first.ms / mlc.ms).toFixed(2)}x   (target: faster than both)`,
  );
  rmSync(config, { force: true });
}
if (keep) {
  console.log(`the articles: ${folder}; the web serves until Ctrl-C`);
} else {
  await web.stop();
  rmSync(folder, { recursive: true, force: true });
}
