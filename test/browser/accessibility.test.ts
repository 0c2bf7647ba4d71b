/**
 * The pages we render (the CLI's `selfhelp render`, the preview's page) audited by axe-core in Chromium against WCAG
 * 2.1 A and AA: the samples we wrote and, when ../shared/corpus is there, published articles of every type, in light,
 * dark and high-contrast colours. No serious or critical violation is allowed; every violation is printed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { lintArticle, previewMarks } from '../../src/core/lint/lint';
import { parseArticle } from '../../src/core/parse/article';
import { renderArticle } from '../../src/core/render/article';
import { renderPage } from '../../src/core/render/page';
import { decodeBytes } from '../../src/core/text/source-text';
import { BROWSER_FLAGS } from '../harness/run-tests';
import { ensureTools } from '../harness/tools';
import { markdownFiles } from '../helpers/files';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Published articles audited for each type (the first of each type in path order). */
const PER_TYPE = 3;

/** The articles to audit: ours, then up to PER_TYPE published ones of each type. */
function articles(): { name: string; text: string }[] {
  const ours = markdownFiles(path.join(ROOT, 'samples/articles')).map((f) => ({
    name: path.relative(ROOT, f),
    text: fs.readFileSync(f, 'utf8'),
  }));
  if (!fs.existsSync(CORPUS)) console.log(`      (published articles not audited: ${CORPUS} is absent)`);
  const byType = new Map<string, { name: string; text: string }[]>();
  for (const file of markdownFiles(CORPUS)) {
    const text = decodeBytes(fs.readFileSync(file)).text;
    const type = parseArticle(text).type?.name;
    if (!type) continue;
    const list = byType.get(type) ?? [];
    if (list.length < PER_TYPE) byType.set(type, [...list, { name: path.relative(CORPUS, file), text }]);
  }
  return [...ours, ...[...byType.values()].flat()];
}

const SCHEMES = [
  { name: 'light', colorScheme: 'light' as const, forcedColors: 'none' as const },
  { name: 'dark', colorScheme: 'dark' as const, forcedColors: 'none' as const },
  { name: 'high contrast', colorScheme: 'dark' as const, forcedColors: 'active' as const },
];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('the rendered pages pass axe-core (WCAG 2.1 A and AA)', function () {
  this.timeout(600_000);
  let browser: Browser;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-axe-'));

  before(async () => {
    browser = await chromium.launch({ executablePath: ensureTools().chromium, headless: true, args: BROWSER_FLAGS });
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('no serious or critical violation on the page of any article, in any colour scheme', async () => {
    const pages = articles().map(({ name, text }, i) => {
      const file = path.join(folder, `${i}.html`);
      // As the preview shows it: with the marks of what the portal shows otherwise (buttons, audited too).
      const article = parseArticle(text, { path: name });
      const rendered = renderArticle(article, previewMarks(lintArticle(article).findings));
      fs.writeFileSync(file, renderPage(rendered, { nonce: 'axe-nonce' }));
      return { name, file };
    });
    const serious: string[] = [];
    const counts = new Map<string, number>();
    for (const scheme of SCHEMES) {
      // The page's own policy allows no script: axe runs through the browser's debugging channel, beside it.
      const context = await browser.newContext({
        colorScheme: scheme.colorScheme,
        forcedColors: scheme.forcedColors,
        bypassCSP: true,
      });
      const page = await context.newPage();
      for (const { name, file } of pages) {
        await page.goto(`file://${file}`);
        await page.evaluate(AXE);
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
        )) as Violation[];
        for (const v of violations) {
          counts.set(`${v.impact} ${v.id}`, (counts.get(`${v.impact} ${v.id}`) ?? 0) + v.nodes.length);
          if (v.impact === 'serious' || v.impact === 'critical')
            serious.push(
              `${scheme.name} ${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
            );
        }
      }
      await context.close();
    }
    console.log(`      ${pages.length} pages × ${SCHEMES.length} colour schemes audited`);
    for (const [violation, nodes] of [...counts].sort()) console.log(`      ${violation}: ${nodes} elements`);
    assert.deepStrictEqual(serious.slice(0, 30), [], `${serious.length} serious or critical violations`);
  });
});
