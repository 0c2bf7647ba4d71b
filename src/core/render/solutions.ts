/**
 * The components of Solutions 2.0 (Apollo) articles (FORMAT §3.9): `<insight>`, `<metric>`, `<video>`,
 * `<videoGroup>`, `<azureKB>` and `:::Section Title:::` lines. The portal puts a diagnostic's result, a chart, a video
 * or web results in their place; the preview shows what each will hold, from the component's own fields, and says
 * what it cannot show. Every value is escaped: a component's text is never markup.
 */
import type MarkdownIt from 'markdown-it';
import { escapeHtml, linkKind, webLinkOpen } from './html';
import { htmlComments } from '../text/html-comments';

type StateBlock = MarkdownIt.StateBlock;

const COMPONENT_OPEN = /^<(insight|metric|videogroup|video|azurekb)(?=[\s>/])[^>]*>/i;
/** One blank after the word, then the title up to the last `:::`, trimmed in code (a lazy title backtracks). */
const SECTION = /^:::[ \t]*Section[ \t](.*):::[ \t]*$/i;
/** How far a component may run before its closing tag is taken for missing (the template's longest is 12 lines). */
const MAX_COMPONENT_LINES = 200;

/** Whether the article being rendered is a Solutions 2.0 one (the block rules see the render's env). */
type SolutionsEnv = { solutions?: boolean };

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/**
 * A component from its opening tag's line to the line of its closing tag, as one block, however far indented: the
 * template's own example of a video group is indented as code would be, and published articles copy it.
 */
export function componentRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!(state.env as SolutionsEnv).solutions) return false;
  const open = COMPONENT_OPEN.exec(lineText(state, startLine));
  if (!open) return false;
  const closing = `</${open[1].toLowerCase()}>`;
  let last = startLine;
  const limit = Math.min(endLine, startLine + MAX_COMPONENT_LINES);
  while (last < limit && !lineText(state, last).toLowerCase().includes(closing)) last++;
  if (last >= limit) return false;
  if (silent) return true;
  const token = state.push('solutions_component', '', 0);
  token.map = [startLine, last + 1];
  token.info = open[1].toLowerCase();
  token.content = state.src.slice(state.bMarks[startLine], state.eMarks[last]);
  state.line = last + 1;
  return true;
}

/** `:::Section Title:::`: the portal groups what follows under the title. */
export function sectionRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (!(state.env as SolutionsEnv).solutions || state.sCount[startLine] - state.blkIndent >= 4) return false;
  const section = SECTION.exec(lineText(state, startLine));
  if (!section) return false;
  if (silent) return true;
  const token = state.push('solutions_section', '', 0);
  token.map = [startLine, startLine + 1];
  token.content = section[1].trim();
  state.line = startLine + 1;
  return true;
}

/**
 * The text of each `<name>…</name>` child, in order, as written (comments left out: customers never see them). Each
 * closing tag is looked for once, from its opening: linear in the component's length.
 */
function children(source: string, name: string): string[] {
  const open = new RegExp(`<${name}\\s*>`, 'gi');
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  const found: string[] = [];
  for (let start = open.exec(source); start; start = open.exec(source)) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(source);
    if (!end) break;
    found.push(withoutComments(source.slice(open.lastIndex, end.index)).trim());
    open.lastIndex = close.lastIndex;
  }
  return found;
}

function withoutComments(text: string): string {
  let out = '';
  let p = 0;
  for (const comment of htmlComments(text)) {
    out += text.slice(p, comment.start);
    p = comment.end;
  }
  return out + text.slice(p);
}

const child = (source: string, name: string): string => children(source, name)[0] ?? '';

/** A web link opened through the editor, or the address as text when it is not one. */
function videoLink(src: string, title: string): string {
  const shown = escapeHtml(title || src || 'a video');
  return linkKind(src) === 'web'
    ? `${webLinkOpen(src, src)}${shown}</a>`
    : `${shown}${src ? ` <span class="not-rendered">(${escapeHtml(src)}: not a web address)</span>` : ''}`;
}

function said(label: string, text: string): string {
  return text ? `<p><span class="component-label">${label}</span> ${escapeHtml(text)}</p>` : '';
}

/** What the portal shows in a component's place, as far as its fields say. */
export function renderComponent(name: string, source: string, line: number): string {
  const box = (kind: string, inner: string) =>
    `<div class="solutions-component" data-line="${line}"><p class="component-kind">${kind}</p>${inner}</div>\n`;
  const hidden = (text: string) => `<span class="not-shown">${escapeHtml(text)}</span>`;
  switch (name) {
    case 'insight': {
      const symptoms = child(source, 'symptomId');
      return box(
        'Diagnostic check',
        `<p>The portal runs the diagnostic for the customer's resource and shows what it finds here. ${hidden(
          symptoms ? `symptoms: ${symptoms}` : 'no symptomId: nothing runs',
        )}</p>` +
          said('While it runs:', child(source, 'executionText')) +
          said('When it finds nothing:', child(source, 'noResultText')) +
          said('When it takes too long:', child(source, 'timeoutText')),
      );
    }
    case 'metric': {
      const title = child(source, 'title');
      const facts = [child(source, 'name'), child(source, 'aggregationType'), child(source, 'timeSpanDuration')];
      return box(
        `Chart${title ? `: ${escapeHtml(title)}` : ''}`,
        `<p>The portal draws the Azure Monitor metric here. ${hidden(
          `metric ${facts[0] || '(none named)'}, ${facts[1] || 'Sum'} over ${facts[2] || '1d'}`,
        )}</p>`,
      );
    }
    case 'video':
      return box('Video', `<p>${videoLink(child(source, 'src'), child(source, 'title'))}</p>`);
    case 'videogroup': {
      const videos = source.split(/<\/video\s*>/i).slice(0, -1);
      const items = videos.map((video) => `<li>${videoLink(child(video, 'src'), child(video, 'title'))}</li>`);
      return box('Videos', items.length ? `<ul>${items.join('')}</ul>` : '<p>No video in the group.</p>');
    }
    default:
      return box('Results from the web', "<p>The portal shows search results for the customer's issue here.</p>");
  }
}

/** A section's title, as the heading of what follows. */
export function renderSection(title: string, line: number): string {
  return `<h3 class="solutions-section" data-line="${line}">${escapeHtml(title)}</h3>\n`;
}
