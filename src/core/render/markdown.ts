/**
 * Markdown → HTML as the portal shows an article body: markdown-it with our rules. Every block carries its source
 * line (`data-line`, for scroll sync); replacement tokens become marked spans showing their default; links are sorted
 * into web links, portal blade links and inert ones; article HTML passes the allow-list of html.ts; what the portal
 * does not render is shown as it would appear, with a mark naming the rule that reports it.
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml, isSafeImageSource, linkKind, sanitizeHtml, webLinkOpen } from './html';
import { htmlComments, TOKEN_COMMENT } from '../text/html-comments';
import { componentRule, renderComponent, renderSection, sectionRule } from './solutions';

type Token = MarkdownIt.Token;

export interface MarkdownEnv {
  [key: string]: unknown;
  /** Source line of the first line of the rendered text (0-based). */
  firstLine: number;
  /**
   * A Solutions 2.0 (Apollo) article: its tables are rendered (classic articles show them as the text they are) and its
   * components show what the portal puts in their place (solutions.ts).
   */
  solutions?: boolean;
  /** What the preview marks, by source line: the findings of the rules that say the portal shows text otherwise. */
  marks?: ReadonlyMap<number, readonly PreviewMark[]>;
}

/** A finding as the preview marks it (the host's rules found it; the renderer only places it). */
export interface PreviewMark {
  rule: string;
  start: number;
  message: string;
}

/** The marks of the block that opens on a source line: a button each, naming the rule and saying why. */
function marksAt(env: unknown, line: number): string {
  return ((env as MarkdownEnv | undefined)?.marks?.get(line) ?? [])
    .map((mark) => findingMark(mark.rule, line, mark.message))
    .join('');
}

/** A small mark where the portal would not show something as written: names the rule, and leads to its line. */
export function findingMark(rule: string, line: number, title: string): string {
  return `<button type="button" class="finding" data-source-line="${line}" data-rule="${escapeHtml(rule)}" title="${escapeHtml(title)}">${escapeHtml(rule)}</button>`;
}

/** A token comment, whole; the name is trimmed in code (a lazy group before `\s*` would backtrack quadratically). */
const MARKER_COMMENT = /^<!--\s*\/?\s*[A-Za-z][A-Za-z0-9_]*\s*-->$/;

/** The opening of a replacement token's span: what the customer sees is the default, or the diagnostic's value. */
export function tokenOpen(name: string): string {
  const escaped = escapeHtml(name);
  return `<span class="token" data-token="${escaped}" title="Replacement token $${escaped}: the diagnostic fills in its value; this is the default">`;
}

function createMarkdown(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  // Links the page must never follow are left as the text they are; what is followed is decided when rendering.
  md.validateLink = (url) => linkKind(url) !== 'unsafe';

  md.core.ruler.push('selfhelp_source_lines', (state) => {
    const env = state.env as unknown as MarkdownEnv;
    for (const token of state.tokens) {
      if (token.map && token.nesting >= 0 && token.type !== 'inline')
        token.attrSet('data-line', String(token.map[0] + env.firstLine));
      // A table cell's alignment as a class: the page's policy allows no style attribute.
      const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''));
      if (align) {
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
        token.attrJoin('class', `align-${align[1]}`);
      }
    }
  });

  md.block.ruler.before('code', 'solutions_component', componentRule, { alt: ['paragraph'] });
  md.block.ruler.before('paragraph', 'solutions_section', sectionRule, { alt: ['paragraph'] });

  const rules = md.renderer.rules;
  rules.solutions_component = (tokens, i) =>
    renderComponent(tokens[i].info, tokens[i].content, Number(tokens[i].attrGet('data-line')));
  rules.solutions_section = (tokens, i) => renderSection(tokens[i].content, Number(tokens[i].attrGet('data-line')));
  rules.html_block = (tokens, i, _options, env) => {
    const content = tokens[i].content.trim();
    // Marker comments (issueDescription and the like) are structure, handled by the article's renderer.
    if (MARKER_COMMENT.test(content) || !content) return '';
    const line = String(tokens[i].attrGet('data-line') ?? '');
    // A line that opens with a replacement token is, for markdown-it, an HTML comment block; in the portal the token
    // is replaced by its value first, so the line is a paragraph.
    if (/^<!--\s*\$/.test(content)) return `<p data-line="${line}">${md.renderInline(content, env)}</p>\n`;
    const html = sanitizeHtml(tokens[i].content);
    return html.trim() ? `<div class="html-block" data-line="${line}">${html}</div>\n` : '';
  };
  // Replacement tokens opened and not yet closed in the inline run being rendered (rendering is synchronous).
  let openTokens = 0;
  rules.html_inline = (tokens, i) => {
    const content = tokens[i].content;
    const token = TOKEN_COMMENT.exec(content);
    if (token) {
      if (!token[1]) {
        openTokens++;
        return tokenOpen(token[2].trim());
      }
      if (!openTokens) return '';
      openTokens--;
      return '</span>';
    }
    return sanitizeHtml(content);
  };
  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, options, env) => {
    openTokens = 0;
    const html = renderInline(tokens, options, env);
    // A token opened and never closed in this paragraph ends with it.
    return html + '</span>'.repeat(openTokens);
  };
  // The portal fills tokens into the text before rendering, so code shows their values as well.
  rules.code_inline = (tokens, i) => `<code>${renderTextWithTokens(tokens[i].content)}</code>`;
  rules.fence = rules.code_block = (tokens, i) =>
    `<pre data-line="${String(tokens[i].attrGet('data-line') ?? '')}"><code>${renderTextWithTokens(tokens[i].content)}</code></pre>\n`;
  rules.link_open = (tokens, i) => {
    const href = String(tokens[i].attrGet('href') ?? '');
    const title = tokens[i].attrGet('title');
    const shown = title === null ? href : String(title);
    const kind = linkKind(href);
    if (kind === 'web' || kind === 'mail') return webLinkOpen(href, shown);
    if (kind === 'blade') {
      const blade = decodeURIComponentSafe(href.slice(href.indexOf(':') + 1));
      return `<a class="blade-link" data-blade="${escapeHtml(blade)}" title="${escapeHtml(`Opens the portal blade ${blade}`)}">`;
    }
    return `<a class="inert-link" title="${escapeHtml(`${href}: not a link in the portal`)}">`;
  };
  rules.image = (tokens, i) => {
    const token = tokens[i];
    const src = String(token.attrGet('src') ?? '');
    const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : token.content;
    if (!isSafeImageSource(src))
      return `<span class="inert-image" title="${escapeHtml(src)}">${escapeHtml(alt || 'image')}</span>`;
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`;
  };

  // Classic articles show a table as the text it is: the portal renders no tables there.
  md.core.ruler.push('selfhelp_tables', (state) => {
    const env = state.env as unknown as MarkdownEnv;
    if (env.solutions) return;
    const out: Token[] = [];
    for (let i = 0; i < state.tokens.length; i++) {
      const token = state.tokens[i];
      if (token.type !== 'table_open' || !token.map) {
        out.push(token);
        continue;
      }
      let end = i;
      while (
        end < state.tokens.length &&
        !(state.tokens[end].type === 'table_close' && state.tokens[end].level === token.level)
      )
        end++;
      const raw = new state.Token('selfhelp_raw_table', '', 0);
      raw.map = token.map;
      raw.content = state.src.split('\n').slice(token.map[0], token.map[1]).join('\n');
      raw.attrSet('data-line', String(token.map[0] + env.firstLine));
      out.push(raw);
      i = end;
    }
    state.tokens = out;
  });
  rules.selfhelp_raw_table = (tokens, i, _options, env) => {
    const line = Number(tokens[i].attrGet('data-line'));
    const marks = marksAt(env, line);
    return `<p class="not-rendered" data-line="${line}">${renderTextWithTokens(tokens[i].content).replace(/\n/g, '<br>')}${marks ? ` ${marks}` : ''}</p>\n`;
  };

  // Lists and quotes render as the portal shows them, marked where a rule says the portal shows them otherwise (a
  // list's mark goes just before it, as a list holds only items; a quote's goes inside).
  for (const type of ['bullet_list_open', 'ordered_list_open', 'blockquote_open']) {
    const original = rules[type];
    rules[type] = (tokens, i, options, env, self) => {
      const html = original ? original(tokens, i, options, env, self) : self.renderToken(tokens, i, options);
      const marks = marksAt(env, Number(tokens[i].attrGet('data-line')));
      return type === 'blockquote_open' ? html + marks : marks + html;
    };
  }
  return md;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

let markdown: MarkdownIt.MarkdownIt | undefined;

/** Renders Markdown source to HTML (the whole body, or a part of it that starts at `env.firstLine`). */
export function renderMarkdown(source: string, env: MarkdownEnv): string {
  markdown ??= createMarkdown();
  return markdown.render(source, env as unknown as MarkdownIt.Env);
}

/** One line of Markdown (a heading's text) rendered inline: emphasis, code, tokens. */
export function renderInlineMarkdown(source: string): string {
  markdown ??= createMarkdown();
  return markdown.renderInline(source, { firstLine: 0 });
}

/** Plain text with replacement tokens (attribute values such as infoBubbleText): escaped, tokens marked. */
export function renderTextWithTokens(text: string): string {
  let out = '';
  let open = 0;
  let p = 0;
  for (const comment of htmlComments(text)) {
    if (!comment.closed) break;
    out += escapeHtml(text.slice(p, comment.start));
    const token = TOKEN_COMMENT.exec(text.slice(comment.start, comment.end));
    if (token && !token[1]) {
      out += tokenOpen(token[2].trim());
      open++;
    } else if (token && open) {
      out += '</span>';
      open--;
    }
    p = comment.end;
  }
  return out + escapeHtml(text.slice(p)) + '</span>'.repeat(open);
}
