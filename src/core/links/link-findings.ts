/** What a followed link tells: findings of the network rules, placed on the link, with the redirect's fix. */
import { formatMessage } from '../lint/messages';
import type { Finding, MessageData } from '../lint/rule';
import { RULES_BY_ID } from '../lint/rules';
import type { ResolvedConfig } from '../lint/config';
import { InlineConfig } from '../lint/inline-config';
import type { Article } from '../parse/article';
import { CANCELLED, type PageResult } from './link-checker';
import { isTextFragment, type WebLink } from './web-links';

export const LINK_DEAD = 'SH801';
export const LINK_FRAGMENT = 'SH802';
export const LINK_REDIRECT = 'SH803';
export const LINK_UNREACHABLE = 'SH804';
export const LINK_SIGN_IN = 'SH805';

/** Whether the article's inline comments turn a rule off at an offset; undefined when it has none. */
export type InlineDisabling = (rule: string, offset: number) => boolean;

/** The article's inline comments as a test of a rule at an offset (undefined for the many articles without any). */
export function inlineDisabling(article: Pick<Article, 'text' | 'lines'>): InlineDisabling | undefined {
  const inline = InlineConfig.read(article.text, article.lines);
  if (inline.isEmpty) return undefined;
  return (rule, offset) => inline.isDisabled(rule, article.lines.positionAt(offset).line);
}

/**
 * The findings of an article's links, by the configuration (a rule off reports nothing, a severity changed is
 * reported so) and its inline comments (`<!-- selfhelp-disable-next-line link-dead -->`, read by inlineDisabling:
 * a caller that keeps many articles' links keeps only that, not their text).
 */
export function linkFindings(
  links: readonly WebLink[],
  results: ReadonlyMap<string, PageResult>,
  config: ResolvedConfig,
  disabled?: InlineDisabling,
): Finding[] {
  const findings: Finding[] = [];
  for (const link of links) {
    const result = results.get(link.page);
    if (!result || result.reason === CANCELLED) continue;
    for (const found of whatTheLinkTells(link, result)) {
      const severity = config.get(found.rule);
      if (!severity) continue;
      if (disabled?.(found.rule, link.start)) continue;
      const { rule, messageId, data, fix } = found;
      const message = formatMessage(RULES_BY_ID.get(rule)!.messages, messageId, data, () => undefined);
      findings.push({ rule, messageId, message, fix, severity, start: link.start, end: link.end });
    }
  }
  return findings;
}

type Told = Pick<Finding, 'rule' | 'messageId' | 'fix'> & { data: MessageData };

function whatTheLinkTells(link: WebLink, result: PageResult): Told[] {
  const { page } = link;
  const final = result.redirects.length ? result.redirects[result.redirects.length - 1].to : page;
  const via = result.redirects.length
    ? ` (redirected ${result.redirects.length === 1 ? 'once' : `${result.redirects.length} times`}, to ${final})`
    : '';
  switch (result.outcome) {
    case 'dead':
      return [
        {
          rule: LINK_DEAD,
          messageId:
            result.reason === 'a redirect loop' || result.reason?.startsWith('more than') ? 'nowhere' : 'answers',
          data: { page, reason: result.reason ?? '', via },
        },
      ];
    case 'unreachable':
      return [{ rule: LINK_UNREACHABLE, messageId: 'unreachable', data: { page, reason: result.reason ?? '', via } }];
    case 'sign-in':
      return [
        {
          rule: LINK_SIGN_IN,
          messageId: 'signIn',
          data: { page, status: result.status ?? '', via },
        },
      ];
  }
  const told: Told[] = [];
  if (result.moved) {
    const target =
      link.fragment !== undefined && !result.moved.includes('#') ? `${result.moved}#${hashOf(link)}` : result.moved;
    const akaMs = new URL(page).hostname.toLowerCase() === 'aka.ms';
    told.push({
      rule: LINK_REDIRECT,
      messageId: akaMs ? 'shortLink' : 'moved',
      data: { page, moved: result.moved },
      fix: { title: `Link to ${target}`, edits: [{ start: link.start, end: link.end, text: target }] },
    });
  }
  if (
    link.fragment !== undefined &&
    !isTextFragment(link.fragment) &&
    result.ids !== undefined &&
    !result.ids.includes(link.fragment)
  )
    told.push({
      rule: LINK_FRAGMENT,
      messageId: 'noPlace',
      data: { final, fragment: link.fragment },
    });
  return told;
}

/** The fragment as written in the link. */
function hashOf(link: WebLink): string {
  const at = link.url.indexOf('#');
  return at < 0 ? '' : link.url.slice(at + 1);
}
