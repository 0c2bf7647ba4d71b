/**
 * `selfhelp links` against a simulated web on this machine (test/helpers/simulated-web.ts): the faults found and
 * reported as `check` reports them, the per-host limit held, the cache's age, --fix, and --new-from-rev following only
 * the links a change added. No request leaves the machine.
 */
import * as assert from 'assert';
import * as http from 'http';
import * as net from 'net';
import type { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { article, withBody } from '../helpers/article';
import { commitAll, emptyRepository, runCli, workspace, writeFiles } from '../helpers/cli';
import { type Page, SimulatedWeb } from '../helpers/simulated-web';

const STEP = '1. Restart the virtual machine from the portal.';
const BOOT = 'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error';
const HTML = (ids = '') => ({ html: `<h1 id="top">Page</h1>${ids}` });

/** A web with the valid article's own link alive, started; stopped after each test. */
async function web(pages: Record<string, Page>, latency = 0): Promise<SimulatedWeb> {
  return new SimulatedWeb({ [BOOT]: HTML(), ...pages }, latency).start();
}

/** The configuration that sends every host of the web to its loopback address. */
const configFor = (simulated: SimulatedWeb, links: Record<string, unknown> = {}) =>
  JSON.stringify({ links: { remap: simulated.remap(), ...links } });

interface JsonReport {
  findings: { file: string; rule: string; line: number; message: string; fixable: boolean }[];
}

describe('selfhelp links', function () {
  this.timeout(60_000);
  let simulated: SimulatedWeb | undefined;
  const proxies = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy'].map(
    (name) => [name, process.env[name]] as const,
  );
  before(() => {
    // A proxy of the machine running the tests would be asked for the loopback addresses.
    for (const [name] of proxies) delete process.env[name];
  });
  after(() => {
    for (const [name, value] of proxies) if (value !== undefined) process.env[name] = value;
  });
  afterEach(async () => {
    await simulated?.stop();
    simulated = undefined;
  });

  it('reports each fault on its link, in the formats of check, with its exit code', async () => {
    simulated = await web({
      'https://learn.microsoft.com/azure/sizes': HTML('<h2 id="general-purpose">x</h2>'),
      'https://docs.microsoft.com/azure/sizes': {
        status: 301,
        headers: { location: 'https://learn.microsoft.com/azure/sizes' },
      },
      'https://contoso.com/private': { status: 403 },
    });
    const text = withBody(
      STEP,
      '1. See [a](https://learn.microsoft.com/azure/sizes#general-purpose), [b](https://learn.microsoft.com/azure/sizes#gone),\n' +
        '[c](https://docs.microsoft.com/azure/sizes), [d](https://contoso.com/missing) and [e](https://contoso.com/private).',
    );
    const root = workspace({ 'a.md': text, '.selfhelp.json': configFor(simulated) });
    const json = await runCli(root, 'links', '--format', 'json', '--no-cache');
    assert.strictEqual(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout) as JsonReport;
    assert.deepStrictEqual(
      report.findings.map((f) => [f.rule, f.line, f.fixable]),
      [
        ['SH802', 28, false],
        ['SH803', 29, true],
        ['SH801', 29, false],
        ['SH805', 29, false],
      ],
    );
    const plain = await runCli(root, 'links', '--no-cache');
    assert.match(plain.stdout, /a\.md:29:\d+ error SH801\/link-dead https:\/\/contoso\.com\/missing answers 404/);
    const sarif = JSON.parse((await runCli(root, 'links', '--no-cache', '--format', 'sarif')).stdout);
    assert.strictEqual(sarif.runs[0].results.length, 4);
    const github = await runCli(root, 'links', '--no-cache', '--format', 'github');
    assert.match(github.stdout, /^::error file=a\.md,line=29,/m);
    const summary = await runCli(root, 'links', '--no-cache', '--summary');
    assert.match(summary.stdout, /link-dead/);
    assert.strictEqual((await runCli(root, 'links', '--no-cache', '--fail-on', 'never')).code, 0);
  });

  it('holds the per-host limit, and asks a host that answers 429 no more until its Retry-After has passed', async () => {
    const pages: Record<string, Page> = {};
    const links: string[] = [];
    for (let i = 0; i < 40; i++) {
      pages[`https://learn.microsoft.com/page-${i}`] = HTML();
      links.push(`[p${i}](https://learn.microsoft.com/page-${i})`);
    }
    let throttledAt = 0;
    pages['https://busy.contoso.com/a'] = ({ count }) => {
      if (count === 1) {
        throttledAt = Date.now();
        return { status: 429, headers: { 'retry-after': '1' } };
      }
      return HTML();
    };
    pages['https://busy.contoso.com/b'] = () => HTML();
    simulated = await web(pages, 30);
    const text = withBody(STEP, `1. See ${links.join(', ')}, [a](https://busy.contoso.com/a).`);
    const root = workspace({ 'a.md': text, '.selfhelp.json': configFor(simulated) });
    const run = await runCli(root, 'links', '--no-cache', '--host-concurrency', '3', '--format', 'json');
    assert.strictEqual(run.code, 0, run.stdout + run.stderr);
    assert.strictEqual(simulated.peakInFlight.get('learn.microsoft.com'), 3, 'the limit reached, never passed');
    assert.strictEqual(simulated.requestsTo('learn.microsoft.com').length, 41);
    const busy = simulated.requestsTo('busy.contoso.com');
    assert.deepStrictEqual(
      busy.map((r) => r.path),
      ['/a', '/a'],
    );
    assert.ok(throttledAt > 0);
  });

  it('keeps what it found: a second run within the age sends no request for a link found alive; a failure is asked again sooner', async () => {
    simulated = await web({ 'https://learn.microsoft.com/azure/sizes': HTML() });
    simulated.addressFor('contoso.com');
    const text = withBody(
      STEP,
      '1. See [a](https://learn.microsoft.com/azure/sizes) and [b](https://contoso.com/gone).',
    );
    const root = workspace({ 'a.md': text, '.selfhelp.json': configFor(simulated) });
    await runCli(root, 'links');
    const first = simulated.requests.length;
    assert.ok(fs.existsSync(path.join(root, '.selfhelp-links-cache.json')), 'the cache is written');
    const second = await runCli(root, 'links');
    assert.strictEqual(simulated.requests.length, first, 'no request at all within both ages');
    assert.match(second.stdout, /contoso\.com\/gone answers 404/, 'the failure is still reported from the cache');
    // Two hours later (written into the cache): the alive page is still good for the day, the failure is not.
    const cacheFile = path.join(root, '.selfhelp-links-cache.json');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    for (const result of Object.values(cache.pages) as { checkedAt: number }[]) result.checkedAt -= 2 * 3600_000;
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    await runCli(root, 'links');
    assert.deepStrictEqual(
      simulated.requests.slice(first).map((r) => `${r.host}${r.path}`),
      ['contoso.com/gone', 'contoso.com/gone'],
      'only the failure asked again (HEAD, then GET after its 404)',
    );
    const before = simulated.requests.length;
    await runCli(root, 'links', '--no-cache');
    assert.ok(simulated.requests.length > before, '--no-cache asks again');
    await runCli(root, 'links', '--max-age', '1h');
    assert.ok(
      simulated.requestsTo('learn.microsoft.com').length >= 3,
      'an alive page older than --max-age is asked again',
    );
  });

  it('--fix writes where a link redirected for good leads, and reports what is left', async () => {
    simulated = await web({
      'https://docs.microsoft.com/azure/sizes': {
        status: 308,
        headers: { location: 'https://learn.microsoft.com/azure/sizes' },
      },
      'https://learn.microsoft.com/azure/sizes': HTML('<h2 id="general-purpose">x</h2>'),
    });
    const text = withBody(STEP, '1. See [sizes](https://docs.microsoft.com/azure/sizes#general-purpose).');
    const root = workspace({ 'a.md': text, '.selfhelp.json': configFor(simulated) });
    const run = await runCli(root, 'links', '--fix', '--no-cache');
    assert.strictEqual(run.code, 0, run.stdout + run.stderr);
    assert.strictEqual(
      fs.readFileSync(path.join(root, 'a.md'), 'utf8'),
      text.replace('https://docs.microsoft.com/azure/sizes', 'https://learn.microsoft.com/azure/sizes'),
    );
    assert.match(run.stdout, /1 fixed|fixed 1|0 errors, 0 warnings/);
  });

  it('with --new-from-rev, follows only the links on the lines a change added', async () => {
    simulated = await web({
      'https://learn.microsoft.com/old': HTML(),
      'https://learn.microsoft.com/new': HTML(),
    });
    const root = emptyRepository('selfhelp-links-');
    writeFiles(root, {
      'a.md': withBody(STEP, '1. See [old](https://learn.microsoft.com/old).'),
      '.selfhelp.json': configFor(simulated),
    });
    commitAll(root, 'first');
    writeFiles(root, {
      'a.md': withBody(
        STEP,
        '1. See [old](https://learn.microsoft.com/old).\n1. And [new](https://learn.microsoft.com/new).',
      ),
    });
    const run = await runCli(root, 'links', '--new-from-rev', 'HEAD', '--no-cache');
    assert.strictEqual(run.code, 0, run.stderr);
    assert.deepStrictEqual(
      [...new Set(simulated.requests.map((r) => `${r.host}${r.path}`))],
      ['learn.microsoft.com/new'],
    );
  });

  it('skips what the configuration excludes, takes its statuses as alive, and refuses a malformed "links"', async () => {
    simulated = await web({ 'https://contoso.com/robots-403': { status: 403 } });
    simulated.addressFor('intranet.contoso.com');
    const text = withBody(
      STEP,
      '1. See [a](https://contoso.com/robots-403), [b](https://intranet.contoso.com/x) and [c](https://learn.microsoft.com/azure/none).',
    );
    const root = workspace({
      'a.md': text,
      '.selfhelp.json': configFor(simulated, { exclude: ['^https://intranet\\.', '/azure/none$'], accept: [403] }),
    });
    const run = await runCli(root, 'links', '--no-cache', '--format', 'json');
    assert.deepStrictEqual((JSON.parse(run.stdout) as JsonReport).findings, []);
    assert.deepStrictEqual(simulated.requestsTo('intranet.contoso.com'), []);
    fs.writeFileSync(path.join(root, '.selfhelp.json'), '{ "links": { "remap": [["(", "x"]] } }');
    const bad = await runCli(root, 'links');
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /"links\.remap" must be a list of \[pattern, replacement\] pairs/);
  });

  it('exits 2 on a usage error of its own options', async () => {
    const root = workspace({ 'a.md': article() });
    for (const [args, message] of [
      [['--max-age', 'soon'], /--max-age takes a duration/],
      [['--host-concurrency', '0'], /--host-concurrency takes a whole number of requests, 1 or more/],
      [['--jobs', '2'], /Unknown option "--jobs"/],
    ] as const) {
      const run = await runCli(root, 'links', ...args);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, message);
    }
  });

  it('goes through the proxy HTTP_PROXY names, except for the hosts of NO_PROXY', async () => {
    // The proxy tunnels (CONNECT, as undici asks a proxy) to a server that answers every page.
    const seen: string[] = [];
    const asked: string[] = [];
    const target = http.createServer((request, response) => {
      asked.push(`${request.headers.host}${request.url}`);
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<p>through the proxy</p>');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const proxy = http.createServer((_request, response) => response.writeHead(405).end());
    proxy.on('connect', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      seen.push(`${request.method} ${request.url}`);
      const upstream = net.connect((target.address() as AddressInfo).port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        socket.pipe(upstream).pipe(socket);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const direct = `127.0.0.1:${(target.address() as AddressInfo).port}`;
      const text = withBody(STEP, `1. See [a](http://docs.contoso.test/page) and [b](http://${direct}/direct).`);
      const root = workspace({
        'a.md': text,
        '.selfhelp.json': JSON.stringify({ links: { exclude: ['boot-error'] } }),
      });
      process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      process.env.NO_PROXY = '127.0.0.1';
      const run = await runCli(root, 'links', '--no-cache', '--format', 'json', '--timeout', '2');
      const findings = (JSON.parse(run.stdout) as JsonReport).findings;
      assert.deepStrictEqual(seen, ['CONNECT docs.contoso.test:80'], 'the proxy asked for the host');
      assert.deepStrictEqual(findings, [], 'both alive');
      assert.deepStrictEqual(asked.sort(), [`${direct}/direct`, 'docs.contoso.test/page'], 'NO_PROXY asked directly');
    } finally {
      delete process.env.HTTP_PROXY;
      delete process.env.NO_PROXY;
      proxy.closeAllConnections();
      target.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });
});
