/**
 * An article as customers see it in the portal, by its type (PORTAL.md): an insight (the info bubble, then the detail
 * pane), a solution card, a troubleshoot-blade accordion, a problem-scoping form, or cards of a JSON payload. Nothing
 * of the properties block and no marker comment shows as text; what customers never see (the internal H1, the
 * metadata) is shown apart and marked so.
 */
import { attributeValue, type Article } from '../parse/article';
import { pairMarkers, type Heading } from '../parse/body';
import { trimmedValue } from '../parse/properties';
import type { Span } from '../text/span';
import { escapeHtml } from './html';
import { htmlComments } from '../text/html-comments';
import { renderCards, renderForm } from './form';
import {
  type MarkdownEnv,
  type PreviewMark,
  renderInlineMarkdown,
  renderMarkdown,
  renderTextWithTokens,
} from './markdown';

export type Presentation = 'insight' | 'solution' | 'accordion' | 'form' | 'cards';

export interface RenderedArticle {
  presentation: Presentation;
  /** The page's title (pageTitle, else the H1). */
  title: string;
  /** The article's HTML (a fragment: no page, no script). */
  html: string;
  /** The replacement tokens, in order of first use, each with its default text. */
  tokens: { name: string; defaultText: string }[];
  /** The diagnostic scenario, by which sample values are remembered. */
  scenario?: string;
}

const PRESENTATION: Record<string, Presentation> = {
  diagnostics: 'insight',
  rca: 'insight',
  servicehealthinsights: 'insight',
  resource: 'accordion',
  problemscopingquestions: 'form',
  tsg_questions: 'form',
  supporttopicdescription: 'cards',
  advisorrecommendationmetadata: 'cards',
  diagnoseandsolve: 'cards',
};

const WHERE: Record<Presentation, string> = {
  insight: 'An insight: customers first see the info bubble, then the details pane',
  solution: 'A solution: shown in the portal as this card',
  accordion: 'Troubleshoot blade of the resource: an accordion, its caption the H1',
  form: 'Case submission: the form the customer fills in',
  cards: 'Structured data: what the portal reads from the JSON section',
};

const attribute = (article: Article, name: string) => attributeValue(article, name) ?? '';

const notShown = '<span class="not-shown" title="Customers never see this">not shown to customers</span>';

/** The metadata strip: what the block says, for the author (customers never see it). */
function metadata(article: Article, presentation: Presentation): string {
  const facts = [
    article.type?.name ?? (attribute(article, 'selfHelpType') || 'no selfHelpType'),
    [attribute(article, 'service'), attribute(article, 'resource')].filter(Boolean).join('/'),
    attribute(article, 'diagnosticScenario'),
    attribute(article, 'articleId'),
  ].filter(Boolean);
  return `<header class="metadata" data-line="${article.block ? article.lines.positionAt(article.block.start).line : 0}">
<span class="where">${escapeHtml(WHERE[presentation])}</span>
<span class="facts">${facts.map((f) => `<code>${escapeHtml(f)}</code>`).join(' ')}</span> ${notShown}
</header>`;
}

/** The tokens of the article with their defaults, in order of first use. */
function tokensOf(article: Article): RenderedArticle['tokens'] {
  const seen = new Map<string, string>();
  const markers = article.body.tokenMarkers;
  for (let i = 0; i < markers.length; i++) {
    const open = markers[i];
    if (open.closing || seen.has(open.name)) continue;
    const close = markers.slice(i + 1).find((m) => m.closing && m.name === open.name);
    seen.set(open.name, close ? stripComments(article.text.slice(open.end, close.start)).trim() : '');
  }
  return [...seen].map(([name, defaultText]) => ({ name, defaultText }));
}

function stripComments(text: string): string {
  let out = '';
  let p = 0;
  for (const comment of htmlComments(text)) {
    if (!comment.closed) break;
    out += text.slice(p, comment.start);
    p = comment.end;
  }
  return out + text.slice(p);
}

function firstH1(article: Article): Heading | undefined {
  return article.body.headings.find((h) => h.level === 1);
}

/** The H1 where the portal hides it or shows it elsewhere: apart, as the internal title. */
function internalTitle(heading: Heading | undefined): string {
  return heading
    ? `<p class="internal-title" data-line="${heading.line}">${renderInlineMarkdown(heading.raw)} ${notShown}</p>`
    : '';
}

interface Cut extends Span {
  /** What takes the cut's place: nothing, or the opening or closing of an issueDescription section. */
  html: string;
}

/**
 * The body as Markdown up to `end`, leaving out the H1 (shown apart) and marker comments; with `descriptions`, each
 * issueDescription block is set apart as the insight's description.
 */
interface BodyOptions {
  descriptions: boolean;
  solutions: boolean;
  marks: MarkdownEnv['marks'];
}

function renderBody(article: Article, end: number, options: BodyOptions): string {
  const cuts: Cut[] = [];
  const h1 = firstH1(article);
  // A setext H1 is its text line and the underline below it.
  if (h1)
    cuts.push({
      start: h1.start,
      end: h1.setext ? article.lines.lineEnd(Math.min(h1.line + 1, article.lines.lineCount - 1)) : h1.end,
      html: '',
    });
  if (options.descriptions) {
    for (const block of pairMarkers(article.body.markers).blocks) {
      if (block.name.toLowerCase() !== 'issuedescription' || !block.close) continue;
      const line = article.lines.positionAt(block.open.start).line;
      cuts.push({
        start: block.open.start,
        end: block.open.end,
        html: `<section class="issue-description" data-line="${line}" title="The insight's description (issueDescription)">\n`,
      });
      cuts.push({ start: block.close.start, end: block.close.end, html: '</section>\n' });
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  let html = '';
  let p = article.body.start;
  let open = 0;
  for (const cut of cuts) {
    if (cut.start < p || cut.end > end) continue;
    html += markdown(article, p, cut.start, options);
    if (cut.html.startsWith('</')) {
      if (!open) continue;
      open--;
    } else if (cut.html) open++;
    html += cut.html;
    p = cut.end;
  }
  return html + markdown(article, p, end, options) + '</section>\n'.repeat(open);
}

function markdown(article: Article, start: number, end: number, { solutions, marks }: BodyOptions): string {
  if (end <= start) return '';
  return renderMarkdown(article.text.slice(start, end), {
    firstLine: article.lines.positionAt(start).line,
    solutions,
    marks,
  });
}

/**
 * The article as customers see it; `marks` are the findings of the rules that say the portal shows text otherwise
 * (the host's lint finds them), each marked on its block.
 */
export function renderArticle(article: Article, marks: readonly PreviewMark[] = []): RenderedArticle {
  const byLine = new Map<number, PreviewMark[]>();
  for (const mark of marks) {
    const line = article.lines.positionAt(mark.start).line;
    byLine.set(line, [...(byLine.get(line) ?? []), mark]);
  }
  const typeKey = (article.type?.name ?? attribute(article, 'selfHelpType')).toLowerCase();
  const presentation: Presentation = PRESENTATION[typeKey] ?? 'solution';
  const bodyEnd = article.body.end;
  const h1 = firstH1(article);
  const title = attribute(article, 'pageTitle') || h1?.text || 'Untitled article';
  let content: string;
  switch (presentation) {
    case 'insight': {
      const bubble = article.attributes.get('infobubbletext');
      const bubbleText = bubble ? trimmedValue(bubble) : '';
      content = `<section class="info-bubble" data-line="${bubble ? article.lines.positionAt(bubble.start).line : 0}" title="What customers see first (infoBubbleText)">
<span class="info-icon" aria-hidden="true">i</span><p>${bubbleText ? renderTextWithTokens(bubbleText) : '<span class="missing">No infoBubbleText: customers see no summary.</span>'}</p>
</section>
<section class="details-pane">${internalTitle(h1)}${renderBody(article, bodyEnd, { descriptions: true, solutions: false, marks: byLine })}</section>`;
      break;
    }
    case 'accordion':
      content = `<details class="accordion" open><summary data-line="${h1?.line ?? 0}">${h1 ? renderInlineMarkdown(h1.raw) : escapeHtml(title)}</summary>
<div class="accordion-body">${renderBody(article, bodyEnd, { descriptions: false, solutions: false, marks: byLine })}</div></details>`;
      break;
    case 'form':
      content =
        internalTitle(h1) +
        (article.json
          ? renderForm(article.json.value, article.json.tree(), article.lines)
          : '<p class="not-rendered">No JSON section: the portal shows no form.</p>');
      break;
    case 'cards':
      content = internalTitle(h1) + renderCards(article.json?.value);
      break;
    default:
      content = `<section class="solution-card">${internalTitle(h1)}${renderBody(article, bodyEnd, { descriptions: false, solutions: typeKey === 'apollo', marks: byLine })}</section>`;
  }
  const scenario = attribute(article, 'diagnosticScenario') || undefined;
  return {
    presentation,
    title,
    html: `<article class="article presentation-${presentation}">\n${metadata(article, presentation)}\n${content}\n</article>`,
    tokens: tokensOf(article),
    scenario,
  };
}
