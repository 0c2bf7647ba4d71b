/**
 * The preview's pages in a real Chromium (Debian's, the one the harness drives): hostile articles are shown, every
 * link, button and control is clicked, hovered and changed, and nothing from an article ever runs, navigates, opens a
 * dialog or loads from the network. The webview page runs with our own script, its VS Code API replaced by a recorder.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseArticle } from '../../src/core/parse/article';
import { renderArticle, type RenderedArticle } from '../../src/core/render/article';
import { renderPage } from '../../src/core/render/page';
import { fromPage } from '../../src/preview/messages';
import { BROWSER_FLAGS } from '../harness/run-tests';
import { ensureTools } from '../harness/tools';
import { HOSTILE_CARDS, HOSTILE_DIAGNOSTICS, HOSTILE_FORM, HOSTILE_SOLUTIONS } from '../helpers/hostile';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'media', 'preview.js');

interface Watch {
  dialogs: string[];
  /** Requests for anything but the page's own files, besides following a web link that was clicked. */
  requests: string[];
  errors: string[];
}

/** Opens a page, recording dialogs, requests to anything but the page's own files, and the page's errors. */
async function open(browser: Browser, file: string, fake?: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const webLinks = new Set<string>();
  page.on('request', (request) => {
    const url = request.url();
    // A standalone page is a plain page: a click on a web link follows it, as in any browser.
    if (request.isNavigationRequest() && webLinks.has(url)) return;
    if (!url.startsWith('file://')) watch.requests.push(url);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  if (fake) await page.addInitScript(fake);
  // A followed web link gets "204 No Content": the browser stays on the page, so every click can be tried.
  await page.route(/^https?:/, (route) => route.fulfill({ status: 204 }));
  await page.goto(`file://${file}`);
  for (const href of (await page.evaluate(
    `Array.from(document.querySelectorAll('a.web-link'), (a) => a.href)`,
  )) as string[])
    webLinks.add(href);
  return { page, watch };
}

/** Clicks, double-clicks and hovers every element, changes every control: whatever an article could hook. */
async function provoke(page: Page): Promise<void> {
  // Page-side code as text: the tests compile without the DOM's types.
  await page.evaluate(`for (const element of document.querySelectorAll('body *'))
    for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error']) element.dispatchEvent(new Event(type, { bubbles: true }));`);
  const targets = await page.$$('a, button, summary, label, img, span, code, [data-line]');
  for (const target of targets) {
    await target.click({ force: true, timeout: 300 }).catch(() => undefined);
    await target.dblclick({ force: true, timeout: 300 }).catch(() => undefined);
  }
  for (const select of await page.$$('select')) {
    const values = await select.$$eval('option', (options) =>
      options.map((o) => String(o.getAttribute('value') ?? '')),
    );
    for (const value of values) await select.selectOption(value, { timeout: 300 }).catch(() => undefined);
  }
  for (const field of await page.$$('input:not([type=radio]), textarea'))
    await field.fill('"><img src=x onerror="window.__pwned=1">', { timeout: 300 }).catch(() => undefined);
  for (const radio of await page.$$('input[type=radio]'))
    await radio.check({ force: true, timeout: 300 }).catch(() => undefined);
}

/** What the extension would post to the page. */
function post(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

/** Page-side: whether the page posted a message of this type (a function, as the page's policy forbids eval). */
const hasPosted = (type: string) =>
  (globalThis as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === type);

/** In place of VS Code's API: records what the page posts. */
const FAKE_VSCODE = `window.__posted = []; window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });`;

describe('the preview pages in a real Chromium', function () {
  this.timeout(300_000);
  let browser: Browser;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-pages-'));
  const hostile: [string, RenderedArticle][] = [
    ['diagnostics', renderArticle(parseArticle(HOSTILE_DIAGNOSTICS))],
    ['form', renderArticle(parseArticle(HOSTILE_FORM))],
    ['cards', renderArticle(parseArticle(HOSTILE_CARDS))],
    ['solutions', renderArticle(parseArticle(HOSTILE_SOLUTIONS))],
  ];

  before(async () => {
    assert.ok(fs.existsSync(SCRIPT), `${SCRIPT} is built (node esbuild.mjs)`);
    browser = await chromium.launch({ executablePath: ensureTools().chromium, headless: true, args: BROWSER_FLAGS });
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('notices what runs: a page without our policy and renderer, as a control', async () => {
    const file = path.join(folder, 'control.html');
    fs.writeFileSync(
      file,
      `<!DOCTYPE html><body><img src="missing.png" onerror="window.__pwned='control'"><a href="https://x.example/">x</a></body>`,
    );
    const { page } = await open(browser, file);
    await page.waitForFunction(() => (globalThis as { __pwned?: string }).__pwned === 'control');
    await page.close();
  });

  for (const [name, rendered] of hostile) {
    it(`a standalone page of a hostile ${name} article runs nothing, whatever is clicked`, async () => {
      const file = path.join(folder, `${name}.html`);
      fs.writeFileSync(file, renderPage(rendered, { nonce: 'standalone-nonce' }));
      const { page, watch } = await open(browser, file);
      await provoke(page);
      assert.strictEqual(await page.evaluate('window.__pwned'), undefined);
      assert.deepStrictEqual(watch, { dialogs: [], requests: [], errors: [] });
      assert.strictEqual(page.url(), `file://${file}`);
      await page.close();
    });

    it(`the webview page of a hostile ${name} article, with our script, runs nothing and only posts our messages`, async () => {
      const file = path.join(folder, `${name}-webview.html`);
      const empty: RenderedArticle = { presentation: 'solution', title: 'Preview', tokens: [], html: '' };
      fs.writeFileSync(
        file,
        renderPage(empty, { nonce: 'webview-nonce', webview: { cspSource: 'file:', scriptUri: `file://${SCRIPT}` } }),
      );
      const { page, watch } = await open(browser, file, FAKE_VSCODE);
      await post(page, {
        type: 'update',
        uri: 'file:///a.md',
        version: 1,
        html: rendered.html,
        tokens: rendered.tokens,
        samples: { t: '<img src=x onerror="window.__pwned=1">' },
      });
      await page.waitForFunction(hasPosted, 'rendered');
      await provoke(page);
      assert.strictEqual(await page.evaluate('window.__pwned'), undefined);
      assert.deepStrictEqual(watch, { dialogs: [], requests: [], errors: [] });
      assert.strictEqual(page.url(), `file://${file}`);
      const posted = (await page.evaluate('window.__posted')) as { type: string; href?: string }[];
      // Every message is one the extension accepts as it is.
      for (const message of posted) assert.deepStrictEqual(fromPage(message), message);
      for (const link of posted.filter((m) => m.type === 'openLink'))
        assert.match(link.href ?? '', /^(https?:|mailto:)/i);
      await page.close();
    });
  }

  it('the webview page opens a web link only by a message, never a blade link, and applies visibility rules', async () => {
    const text = `<properties\n\tselfHelpType="problemScopingQuestions"\n\tpageTitle="Form"\n/>\n# Form\n---\n${JSON.stringify(
      {
        title: 'Form',
        formElements: [
          {
            id: 'os',
            order: 1,
            controlType: 'dropdown',
            displayLabel: 'OS',
            dropdownOptions: [
              { value: 'win', text: 'Windows' },
              { value: 'linux', text: 'Linux' },
            ],
          },
          { id: 'build', order: 2, controlType: 'textbox', displayLabel: 'Windows build', visibility: 'os == win' },
          {
            id: 'info',
            order: 3,
            controlType: 'infoblock',
            content: 'See <a href="https://learn.microsoft.com/azure">the docs</a>.',
          },
        ],
      },
    )}\n---\n`;
    const rendered = renderArticle(parseArticle(text));
    const file = path.join(folder, 'form-webview.html');
    fs.writeFileSync(
      file,
      renderPage(
        { ...rendered, html: '' },
        { nonce: 'n1', webview: { cspSource: 'file:', scriptUri: `file://${SCRIPT}` } },
      ),
    );
    const { page } = await open(browser, file, FAKE_VSCODE);
    await post(page, { type: 'update', uri: 'file:///f.md', version: 3, html: rendered.html, tokens: [], samples: {} });
    await page.waitForSelector('[data-element-id="build"]', { state: 'hidden' });
    await page.selectOption('select', 'win');
    await page.waitForSelector('[data-element-id="build"]', { state: 'visible' });
    await page.selectOption('select', 'linux');
    await page.waitForSelector('[data-element-id="build"]', { state: 'hidden' });
    await page.click('a.web-link');
    const posted = (await page.evaluate('window.__posted')) as { type: string; href?: string; version?: number }[];
    assert.deepStrictEqual(
      posted.filter((m) => m.type === 'openLink'),
      [{ type: 'openLink', href: 'https://learn.microsoft.com/azure' }],
    );
    assert.strictEqual(posted.find((m) => m.type === 'rendered')?.version, 3);
    assert.strictEqual(page.url(), `file://${file}`);
    await page.close();
  });

  it('the webview page shows a typed sample value in every use of its token, as text, and posts it to be remembered', async () => {
    const rendered = renderArticle(
      parseArticle(
        '<properties\n\tselfHelpType="diagnostics"\n\tinfoBubbleText="<!--$vm-->your VM<!--/$vm--> restarted"\n/>\n# T\n\n<!--$vm-->your VM<!--/$vm--> restarted at <!--$when-->a time<!--/$when-->.\n',
      ),
    );
    const file = path.join(folder, 'samples-webview.html');
    fs.writeFileSync(
      file,
      renderPage(
        { ...rendered, html: '' },
        { nonce: 'n2', webview: { cspSource: 'file:', scriptUri: `file://${SCRIPT}` } },
      ),
    );
    const { page, watch } = await open(browser, file, FAKE_VSCODE);
    await post(page, {
      type: 'update',
      uri: 'file:///s.md',
      version: 1,
      html: rendered.html,
      tokens: rendered.tokens,
      samples: { when: 'noon' },
    });
    await page.waitForSelector('#samples input');
    assert.deepStrictEqual(await page.$$eval('.token', (spans) => spans.map((s) => s.textContent)), [
      'your VM',
      'your VM',
      'noon',
    ]);
    await page.fill('#samples label:first-of-type input', '<b>vm-01</b>');
    assert.deepStrictEqual(await page.$$eval('.token', (spans) => spans.map((s) => s.textContent)), [
      '<b>vm-01</b>',
      '<b>vm-01</b>',
      'noon',
    ]);
    await page.waitForFunction(hasPosted, 'samples');
    const posted = (await page.evaluate('window.__posted')) as { type: string; values?: Record<string, string> }[];
    assert.deepStrictEqual(posted.filter((m) => m.type === 'samples').pop(), {
      type: 'samples',
      values: { when: 'noon', vm: '<b>vm-01</b>' },
    });
    await page.fill('#samples label:first-of-type input', '');
    assert.deepStrictEqual(await page.$$eval('.token', (spans) => spans.map((s) => s.textContent)), [
      'your VM',
      'your VM',
      'noon',
    ]);
    assert.deepStrictEqual(watch, { dialogs: [], requests: [], errors: [] });
    await page.close();
  });
});
