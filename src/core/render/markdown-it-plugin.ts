/**
 * A markdown-it plugin for VS Code's built-in Markdown preview (`markdown.markdownItPlugins`): the properties block
 * becomes a compact metadata card instead of raw text, and replacement tokens are marked, showing their default.
 * The built-in preview keeps its own sanitizing; this only adds our classes.
 */
import type MarkdownIt from 'markdown-it';
import { findBlockStart, scanPropertiesBlock, trimmedValue } from '../parse/properties';
import { escapeHtml } from './html';
import { htmlComments, TOKEN_COMMENT } from '../text/html-comments';
import { findInAnyCase, sameInAnyCase } from '../text/any-case';

const SHOWN = ['selfHelpType', 'pageTitle', 'service', 'resource', 'diagnosticScenario', 'articleId'];

/** Token comments in HTML become spans; each comment is looked at once, so any text takes linear time. */
function markTokens(html: string, open: { count: number }): string {
  let out = '';
  let p = 0;
  for (const comment of htmlComments(html)) {
    if (!comment.closed) break;
    const token = TOKEN_COMMENT.exec(html.slice(comment.start, comment.end));
    out += html.slice(p, comment.start);
    if (!token) out += html.slice(comment.start, comment.end);
    else if (!token[1]) {
      open.count++;
      out += `<span class="selfhelp-token" title="${escapeHtml(`Replacement token $${token[2].trim()}: its default`)}">`;
    } else if (open.count) {
      open.count--;
      out += '</span>';
    }
    p = comment.end;
  }
  return out + html.slice(p);
}

export function selfhelpMarkdownIt(md: MarkdownIt.MarkdownIt): MarkdownIt.MarkdownIt {
  md.block.ruler.before('html_block', 'selfhelp_properties', (state, startLine, _endLine, silent) => {
    // Only the block that opens the document (after blank lines) is the article's.
    if (state.level > 0 || state.tokens.some((t) => t.type !== 'selfhelp_properties')) return false;
    const lineStart = state.bMarks[startLine] + state.tShift[startLine];
    if (!state.src.startsWith('<properties', lineStart) || findBlockStart(state.src) !== lineStart) return false;
    if (silent) return true;
    const block = scanPropertiesBlock(state.src, lineStart);
    let line = startLine;
    while (line < state.lineMax && state.eMarks[line] < block.end) line++;
    const token = state.push('selfhelp_properties', 'div', 0);
    token.map = [startLine, line + 1];
    token.meta = { attributes: block.attributes.map((a) => [a.name, trimmedValue(a)]) };
    state.line = line + 1;
    return true;
  });
  md.renderer.rules.selfhelp_properties = (tokens, i) => {
    const attributes = (tokens[i].meta as { attributes: [string, string][] }).attributes;
    const value = (name: string) => attributes.find(([n]) => sameInAnyCase(n, name))?.[1] ?? '';
    const facts = SHOWN.map((name) => [name, value(name)]).filter(([, v]) => v);
    const rest = attributes.filter(([name]) => !findInAnyCase(SHOWN, name));
    const line = tokens[i].map ? ` data-line="${tokens[i].map![0]}"` : '';
    return (
      `<div class="selfhelp-properties"${line}><div class="selfhelp-properties-facts">${facts
        .map(
          ([name, v]) =>
            `<span><span class="selfhelp-properties-name">${escapeHtml(name)}</span> ${escapeHtml(v)}</span>`,
        )
        .join(' ')}</div>` +
      (rest.length
        ? `<details><summary>${rest.length} more attributes</summary><dl>${rest.map(([name, v]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></details>`
        : '') +
      '</div>\n'
    );
  };
  const open = { count: 0 };
  const inline = md.renderer.rules.html_inline;
  md.renderer.rules.html_inline = (tokens, i, options, env, self) =>
    markTokens(inline ? inline(tokens, i, options, env, self) : tokens[i].content, open);
  const block = md.renderer.rules.html_block;
  md.renderer.rules.html_block = (tokens, i, options, env, self) => {
    open.count = 0;
    const html = markTokens(block ? block(tokens, i, options, env, self) : tokens[i].content, open);
    return html + '</span>'.repeat(open.count);
  };
  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, options, env) => {
    open.count = 0;
    const html = renderInline(tokens, options, env);
    return html + '</span>'.repeat(open.count);
  };
  return md;
}
