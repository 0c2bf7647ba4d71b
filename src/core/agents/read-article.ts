/**
 * An article read as customers see it, for an agent to proofread: the text of the preview's rendering (the portal's
 * view, PORTAL.md) in the portal's order, as plain text. Headings keep their `#`, list items their bullet or number,
 * links say where they go; what customers never see is marked `(not shown to customers)`, the parts of the view are
 * named in brackets, replacement tokens show their default text, and the places the portal shows otherwise carry the
 * rule that says so.
 */
import { Parser } from 'htmlparser2';
import { lintArticle, previewMarks } from '../lint/lint';
import type { Finding } from '../lint/rule';
import type { Article } from '../parse/article';
import { renderArticle } from '../render/article';

const BLOCKS = new Set([
  'article',
  'header',
  'section',
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'table',
  'tr',
  'fieldset',
  'legend',
  'label',
  'select',
  'option',
  'textarea',
]);

interface Open {
  name: string;
  /** Text to write when the element closes. */
  after: string;
  /** The element's text is not written (hidden from everyone, or said another way). */
  silent: boolean;
  /** The number of the next item of an ordered list. */
  next?: number;
}

export interface ReadArticle {
  /** How the portal presents it (insight, solution, accordion, form, cards). */
  presentation: string;
  title: string;
  text: string;
}

/** `findings`: the article's findings as its host checked them (by default, checked here with the rules' defaults). */
export function readArticle(
  article: Article,
  findings: readonly Finding[] = lintArticle(article).findings,
): ReadArticle {
  const rendered = renderArticle(article, previewMarks(findings));
  const lines: string[] = [];
  let line = '';
  const stack: Open[] = [];
  const silent = () => stack.some((open) => open.silent);
  const write = (text: string) => {
    if (!silent()) line += text;
  };
  const breakLine = () => {
    const done = line.replace(/[ \t]+/g, ' ').trim();
    if (done) lines.push(done);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = new Set((attributes.class ?? '').split(/\s+/));
        const open: Open = { name, after: '', silent: attributes['aria-hidden'] === 'true' };
        if (BLOCKS.has(name)) breakLine();
        if (/^h[1-6]$/.test(name)) write('#'.repeat(Number(name[1])) + ' ');
        if (name === 'ol') open.next = 1;
        if (name === 'option') write('( ) ');
        if (name === 'li') {
          const list = [...stack].reverse().find((o) => o.name === 'ol' || o.name === 'ul');
          write(list?.next !== undefined ? `${list.next++}. ` : '- ');
        }
        if ((name === 'section' || name === 'header') && attributes.title) write(`[${attributes.title}] `);
        if (classes.has('not-shown')) {
          write('(not shown to customers)');
          open.silent = true;
        }
        if (classes.has('token') && attributes['data-token']) {
          write(`[$${attributes['data-token']}: `);
          open.after = ']';
        }
        if (name === 'a') {
          if (attributes.href) open.after = ` (${attributes.href})`;
          else if (classes.has('blade-link')) open.after = ' (a portal blade)';
        }
        if (name === 'button' && classes.has('finding')) {
          write(`(${attributes['data-rule'] ?? 'selfhelp'}: ${attributes.title ?? ''})`);
          open.silent = true;
        }
        if (name === 'br') breakLine();
        if (name === 'img') write(`[image: ${attributes.alt ?? ''}]`);
        stack.push(open);
      },
      ontext(text) {
        write(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.after) write(open.after);
        if (BLOCKS.has(name)) breakLine();
      },
    },
    { decodeEntities: true },
  );
  parser.write(rendered.html);
  parser.end();
  breakLine();
  return { presentation: rendered.presentation, title: rendered.title, text: lines.join('\n') };
}
