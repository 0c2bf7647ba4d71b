/**
 * HTML out of article text, safely: escaping, the URL policy, and the few tags the portal renders in articles. What
 * is not on the allow-list is shown as text, never passed through: no script, event attribute or script URL from an
 * article reaches a page.
 */
import MarkdownIt from 'markdown-it';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Decodes entities and backslash escapes, as a browser or markdown-it would before following a URL. */
const unescape = MarkdownIt().utils.unescapeAll;

/** The URL as a browser reads it: entities decoded, control characters and spaces a browser ignores removed. */
function readUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return unescape(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

export type LinkKind = 'web' | 'mail' | 'blade' | 'anchor' | 'relative' | 'unsafe';

/** How a link target is shown: web and mail links open through VS Code, blade links never navigate. */
export function linkKind(raw: string): LinkKind {
  const url = readUrl(raw).toLowerCase();
  if (url.startsWith('https:') || url.startsWith('http:')) return 'web';
  if (url.startsWith('mailto:')) return 'mail';
  if (url.startsWith('data-blade:')) return 'blade';
  if (url.startsWith('#')) return 'anchor';
  // A scheme (letters, digits, + - . then a colon before any slash) that is none of the above: never followed.
  if (/^[a-z][a-z0-9+.-]*:/.test(url)) return 'unsafe';
  return 'relative';
}

/** The opening of a link the page follows (through VS Code, on a click: the page's script looks for the class). */
export function webLinkOpen(href: string, title: string): string {
  return `<a href="${escapeHtml(href)}" class="web-link" title="${escapeHtml(title)}">`;
}

/** Image sources a page may load: web images and inline raster data, never SVG (it can carry script). */
export function isSafeImageSource(raw: string): boolean {
  const url = readUrl(raw).toLowerCase();
  return url.startsWith('https:') || url.startsWith('http:') || /^data:image\/(png|gif|jpe?g|webp);/.test(url);
}

/** Tags kept from article HTML, with the attributes each may keep. */
const ALLOWED: Record<string, readonly string[]> = {
  br: [],
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  code: [],
  pre: [],
  p: [],
  ul: [],
  ol: [],
  li: [],
  span: ['title'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
};
const VOID = new Set(['br', 'img']);

/**
 * One tag of article HTML: its name, whether it closes, and its attributes (values decoded). Linear: no backtracking.
 */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>=`]+))?/y;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    const raw = match[2] ?? '';
    const value = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    const name = match[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, unescape(value));
  }
  return attributes;
}

/** Renders an allowed tag afresh from its parsed parts, or returns undefined for anything else. */
function allowedTag(closing: boolean, name: string, attributeSource: string): string | undefined {
  const tag = name.toLowerCase();
  const keep = ALLOWED[tag];
  if (!keep) return undefined;
  if (closing) return VOID.has(tag) ? '' : `</${tag}>`;
  const attributes = attributesOf(attributeSource);
  let out = `<${tag}`;
  if (tag === 'a') {
    const href = attributes.get('href') ?? '';
    const kind = linkKind(href);
    if (kind === 'web' || kind === 'mail') out += ` href="${escapeHtml(href)}" class="web-link"`;
    else if (kind === 'blade')
      out += ` class="blade-link" data-blade="${escapeHtml(href.slice(href.indexOf(':') + 1))}"`;
    else out += ' class="inert-link"';
  } else if (tag === 'img') {
    const src = attributes.get('src') ?? '';
    if (!isSafeImageSource(src))
      return `<span class="inert-image">${escapeHtml(attributes.get('alt') || 'image')}</span>`;
    out += ` src="${escapeHtml(src)}"`;
  }
  for (const attribute of keep) {
    if (attribute === 'href' || attribute === 'src') continue;
    const value = attributes.get(attribute);
    if (value !== undefined && ((attribute !== 'width' && attribute !== 'height') || /^\d{1,4}$/.test(value)))
      out += ` ${attribute}="${escapeHtml(value)}"`;
  }
  return out + '>';
}

/**
 * Article HTML as a page may hold it: allowed tags rebuilt from their parts, comments dropped (customers never see
 * them), everything else escaped so that it shows as the text it is.
 */
export function sanitizeHtml(source: string): string {
  let out = '';
  let p = 0;
  // Once no "-->" follows, no later comment closes either: not searching again keeps this linear.
  let commentsClose = true;
  while (p < source.length) {
    const lt = source.indexOf('<', p);
    if (lt < 0) break;
    out += escapeHtml(source.slice(p, lt));
    if (commentsClose && source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      if (close >= 0) {
        p = close + 3;
        continue;
      }
      commentsClose = false;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(source);
    const kept = match ? allowedTag(match[1] === '/', match[2], match[3]) : undefined;
    if (match && kept !== undefined) {
      out += kept;
      p = TAG.lastIndex;
    } else {
      out += '&lt;';
      p = lt + 1;
    }
  }
  return out + escapeHtml(source.slice(p));
}
