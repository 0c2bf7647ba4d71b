/**
 * A network rule held to exact results, as the rule tester holds the others: each case's article is checked against
 * its own simulated web (no request leaves this machine); valid cases report nothing of the rule, invalid ones
 * exactly these findings, and a fix applied gives exactly `output`.
 */
import * as assert from 'assert';
import type { NetworkRule } from '../../src/core/lint/rule';
import { LinkChecker, type LinkCheckerOptions } from '../../src/core/links/link-checker';
import { inlineDisabling, linkFindings } from '../../src/core/links/link-findings';
import { webLinksOf } from '../../src/core/links/web-links';
import { parseArticle } from '../../src/core/parse/article';
import { assertExactFindings, type ExpectedFinding, TESTED } from './rule-tester';
import { type Page, SimulatedWeb } from './simulated-web';

export interface LinkCase {
  name: string;
  text: string;
  /** The pages of the web the case's links lead into, by address; any other address answers 404. */
  web: Record<string, Page>;
  /** The checker's settings that differ from the tests' (a short timeout, quick retries). */
  checker?: Partial<LinkCheckerOptions>;
}

export interface LinkInvalidCase extends LinkCase {
  errors: ExpectedFinding[];
  /** The text after the rule's fixes (required when the rule fixes). */
  output?: string;
}

/** The pages the valid article of the tests links to, alive in every case's web. */
const VALID_ARTICLE_WEB: Record<string, Page> = {
  'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error': { html: '<h1>Boot errors</h1>' },
};

/** The tests' checker: quick retries and a short timeout, so a case that waits does not wait long. */
export const TEST_CHECKER: Partial<LinkCheckerOptions> = { retries: 1, retryDelay: 20, timeout: 2_000 };

/** Checks an article's links against a web of its own; resolves to the rule's findings and the text. */
export async function checkLinksOf(rule: NetworkRule, c: LinkCase) {
  const web = await new SimulatedWeb({ ...VALID_ARTICLE_WEB, ...c.web }).start();
  try {
    const article = parseArticle(c.text, { path: 'articles/microsoft.compute/vm-does-not-start.md' });
    const links = webLinksOf(article);
    for (const link of links) web.addressFor(new URL(link.page).host);
    const checker = new LinkChecker({
      fetch: globalThis.fetch,
      ...TEST_CHECKER,
      ...c.checker,
      remap: web.remap().map(([pattern, replacement]) => ({ pattern: new RegExp(pattern), replacement })),
    });
    const pages = new Map<string, boolean>();
    for (const link of links) pages.set(link.page, (pages.get(link.page) ?? false) || link.fragment !== undefined);
    const results = await checker.checkPages([...pages].map(([page, needsIds]) => ({ page, needsIds })));
    const findings = linkFindings(links, results, new Map([[rule.id, rule.severity]]), inlineDisabling(article));
    return { article, findings, web };
  } finally {
    await web.stop();
  }
}

export function linkRuleTester(rule: NetworkRule, cases: { valid: LinkCase[]; invalid: LinkInvalidCase[] }): void {
  TESTED.set(rule.id, cases);
  describe(`${rule.id} ${rule.slug}`, () => {
    for (const valid of cases.valid)
      it(`valid: ${valid.name}`, async () => {
        const { findings } = await checkLinksOf(rule, valid);
        assert.deepStrictEqual(
          findings.map((f) => f.message),
          [],
        );
      });
    for (const invalid of cases.invalid)
      it(`invalid: ${invalid.name}`, async () => {
        const { findings, article } = await checkLinksOf(rule, invalid);
        assertExactFindings(findings, article.lines, invalid);
      });
  });
}
