/** The web links of an article that `selfhelp links` follows: http and https, each with its place and its page. */
import type { Article } from '../parse/article';
import { urlsOf } from '../parse/links';
import type { Span } from '../text/span';

export interface WebLink extends Span {
  /** As written in the article. */
  url: string;
  /** The address requested: the URL as a browser reads it, without its fragment. */
  page: string;
  /** The fragment, decoded (`general-purpose`), when the link has one. */
  fragment?: string;
}

export function webLinksOf(article: Article): WebLink[] {
  const links: WebLink[] = [];
  for (const found of urlsOf(article)) {
    if (!/^https?:\/\//i.test(found.url)) continue;
    let url: URL;
    try {
      url = new URL(found.url);
    } catch {
      continue;
    }
    // A placeholder for the reader to fill in (`https://{account}.blob.core.windows.net`) is no address.
    if (/[{}<>$]|%7B|%7D/i.test(url.hostname) || (!url.hostname.includes('.') && url.hostname !== 'localhost'))
      continue;
    const hash = url.hash;
    url.hash = '';
    links.push({ url: found.url, start: found.start, end: found.end, page: url.href, fragment: fragmentOf(hash) });
  }
  return links;
}

function fragmentOf(hash: string): string | undefined {
  if (hash.length <= 1) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** `#:~:text=…` asks the browser to find text, not an element: nothing to check. */
export const isTextFragment = (fragment: string) => fragment.startsWith(':~:');
