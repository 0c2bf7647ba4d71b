/**
 * What a suite inside VS Code asks of the browser around it (see PAGE_REQUEST in test/integration/protocol.ts): an
 * axe-core audit of the preview's page, as VS Code shows it (its theme's colours, our policy and script), and keys
 * pressed as a user presses them, with what has the focus after each.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import { type AuditViolation, PAGE_REPLY_FOLDER, type PageReply, type PageRequest } from '../integration/protocol';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The webview frame that holds the preview's page (our page has `#content` under our policy). */
async function previewFrame(page: Page): Promise<Frame | undefined> {
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const frame of page.frames()) {
      const ours = await frame
        .evaluate(`!!document.getElementById('content') && !!document.querySelector('meta[http-equiv]')`)
        .catch(() => false);
      if (ours) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

/** The element with the focus: its tag, the form element it belongs to, its id (`select@vm_os#vm_os`). */
const FOCUSED = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return 'body';
  const control = element.closest('.form-element');
  return element.tagName.toLowerCase() + (control ? '@' + control.dataset.elementId : '') + (element.id ? '#' + element.id : '');
})()`;
/** The ids of the form's elements the page shows (those its visibility rules hide are not displayed). */
const SHOWN = `Array.from(document.querySelectorAll('.form-element'))
  .filter((element) => getComputedStyle(element).display !== 'none')
  .map((element) => element.dataset.elementId)`;

async function reply(page: Page, request: PageRequest): Promise<PageReply> {
  const frame = await previewFrame(page);
  if (!frame) return { error: 'no preview page is shown' };
  if (request.action === 'audit') {
    // The page's policy allows only its own script: axe runs through the browser's debugging channel, beside it.
    await frame.evaluate(AXE);
    const violations = (await frame.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} } }).then((result) =>
        result.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
        })))`,
    )) as AuditViolation[];
    return { violations };
  }
  if (!(await frame.evaluate('document.hasFocus()'))) return { error: 'the preview does not have the focus' };
  const focused: string[] = [];
  for (const key of request.keys) {
    await page.keyboard.press(key);
    focused.push((await frame.evaluate(FOCUSED)) as string);
  }
  const shown = (await frame.evaluate(SHOWN)) as string[];
  return { focused, shown };
}

/** Answers a request into the workspace's reply folder, where the suite reads it. */
export async function answerPageRequest(page: Page, workspace: string | undefined, json: string): Promise<void> {
  if (!workspace) return;
  const request = JSON.parse(json) as PageRequest;
  const answer = await reply(page, request).catch((error: Error) => ({ error: error.message }));
  const folder = path.join(workspace, PAGE_REPLY_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  // Whole or not at all: the suite may read while it is written.
  const file = path.join(folder, `${request.id}.json`);
  fs.writeFileSync(`${file}.partial`, JSON.stringify(answer));
  fs.renameSync(`${file}.partial`, file);
}
