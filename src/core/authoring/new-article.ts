/**
 * A complete new article of a type: the type's whole-article snippet with its placeholders resolved (the author's
 * values where given, the snippet's defaults elsewhere), then the attributes set as the author chose them. The result
 * has no error-level finding (a test checks every type).
 */
import { setAttribute } from './edit-attribute';
import { applyEdits } from '../text/edits';
import { parseArticle } from '../parse/article';
import { articleSnippet } from './snippets';

export interface NewArticle {
  type: string;
  title: string;
  articleId: string;
  service?: string;
  resource?: string;
  diagnosticScenario?: string;
  ownershipId?: string;
}

/** Snippet text → plain text: `${n:default}` and `${n|first,…|}` give their default, `$UUID` the id, escapes undone. */
export function resolveSnippet(snippet: string, values: Record<number, string>, uuid: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (snippet.startsWith('UUID', i + 1)) {
      out += uuid;
      i += 4;
      continue;
    }
    const tabstop = /^(\d+)/.exec(snippet.slice(i + 1, i + 4));
    if (tabstop) {
      // `$0`, `$1`: a bare tab stop leaves nothing.
      i += tabstop[1].length;
      continue;
    }
    if (snippet[i + 1] !== '{') {
      out += c;
      continue;
    }
    // ${n:default} or ${n|a,b|}: read to the matching brace, taking escapes and the first choice.
    const number = /^\{(\d+)([:|])/.exec(snippet.slice(i + 1, i + 8));
    if (!number) {
      out += c;
      continue;
    }
    let p = i + 1 + number[0].length;
    let text = '';
    const choice = number[2] === '|';
    let firstChoiceDone = false;
    for (; p < snippet.length && snippet[p] !== '}'; p++) {
      if (snippet[p] === '\\' && p + 1 < snippet.length) {
        if (!firstChoiceDone) text += snippet[p + 1];
        p++;
      } else if (choice && (snippet[p] === ',' || snippet[p] === '|')) firstChoiceDone = true;
      else if (!firstChoiceDone) text += snippet[p];
    }
    const given = values[Number(number[1])];
    out += given ?? text;
    i = p;
  }
  return out;
}

/** The new article's text; undefined for a type without a skeleton. */
export function newArticleText(options: NewArticle): string | undefined {
  const snippet = articleSnippet(options.type);
  if (!snippet) return undefined;
  // Placeholder 80 is the title wherever the type shows one: the H1, a form's title, a quick start's text.
  let text = resolveSnippet(snippet, { 80: options.title }, options.articleId);
  const attributes: [string, string | undefined][] = [
    ['pageTitle', options.title],
    ['service', options.service],
    ['resource', options.resource],
    ['diagnosticScenario', options.diagnosticScenario],
    ['ownershipId', options.ownershipId],
  ];
  for (const [name, value] of attributes) {
    if (!value) continue;
    const edits = setAttribute(parseArticle(text), name, value);
    if (edits) text = applyEdits(text, edits);
  }
  return text.endsWith('\n') ? text : text + '\n';
}
