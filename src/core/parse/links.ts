/** URLs in the body: Markdown link targets and bare URLs in prose, each with its span. */
import type { Article } from './article';
import type { Span } from '../text/span';
import { proseMatches } from './prose';
import { memoized } from '../text/memo';

export interface Url extends Span {
  url: string;
}

const BARE_URL = /https?:\/\/[^\s<>()[\]"'`]+/g;
export const urlsOf = memoized((article: Article): Url[] => {
  const links = article.body.links;
  const urls: Url[] = links.map((l) => ({ url: l.target, ...l.targetSpan }));
  // Links come in source order, so one pointer walks them alongside the bare URLs.
  let next = 0;
  for (const match of proseMatches(article, BARE_URL)) {
    const start = match.index;
    while (next < links.length && links[next].end <= start) next++;
    if (next < links.length && links[next].start <= start) continue;
    urls.push({ url: match[0], start, end: start + match[0].length });
  }
  return urls;
});

/** Lower-case scheme of a link target (`https`, `data-blade` …), or undefined when it has none. */
export function schemeOf(target: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(target);
  return match ? match[1].toLowerCase() : undefined;
}

export function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:\s]+)/i.exec(url);
  return match ? match[1].toLowerCase() : undefined;
}

/**
 * The host of a link written without its scheme (`aka.ms/vmsizes`, `www.bing.com`), which the portal treats as a
 * relative path.
 */
export function schemelessHostOf(url: string): string | undefined {
  const match = /^((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/?#]|$)/i.exec(url);
  return match && !/\.(md|png|jpe?g|gif|svg|html?)$/i.test(match[1]) ? match[1].toLowerCase() : undefined;
}

export const BLADE_SCHEMES = new Set(['data-blade', 'button-data-blade']);
