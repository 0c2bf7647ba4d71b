/**
 * Names of several words (`Azure AD Connect`, `Log Analytics agent`) found in the words customers read. A name is
 * matched as whole words in any case, except words in capitals (`AD`, `AAD`), which match only in capitals; a space
 * stands for spaces with at most one line break (a name may wrap in a paragraph, not across one).
 */
import type { Article } from './article';
import type { Span } from '../text/span';
import { visibleMatches } from './visible-text';

export interface PhraseFound extends Span {
  /** The name as listed. */
  name: string;
  /** The name as written, its spaces made one. */
  written: string;
}

const SPACE = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';

const normalized = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();

interface WordTrie {
  /** A name ends with this word. */
  ends: boolean;
  next: Map<string, WordTrie>;
}

/**
 * Every name in one pattern, written as a tree of words (`Azure` then `AD` then `Connect` …) so that a place in the
 * text is tried along one path, not against each of hundreds of names; longer words first and the longest name
 * wins, so `Azure AD Connect` wins over `Azure AD`. Literals joined by bounded spaces: no backtracking beyond a
 * name's length.
 */
function namesPattern(names: readonly string[]): RegExp {
  const root: WordTrie = { ends: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (const word of name.toLowerCase().split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { ends: false, next: new Map() }));
      node = child;
    }
    node.ends = true;
  }
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const branches = (node: WordTrie): string =>
    [...node.next]
      .sort(([a], [b]) => b.length - a.length)
      .map(([word, child]) => {
        // Not \b: an underscore is a word character, and `_Azure Spring Cloud_` is emphasis.
        const ending = child.ends && /\w$/.test(word) ? '(?![A-Za-z0-9])' : '';
        const more = child.next.size ? `(?:${SPACE}(?:${branches(child)}))${child.ends ? '?' : ''}` : '';
        return escape(word) + ending + more;
      })
      .join('|');
  return new RegExp(`(?<![A-Za-z0-9])(?:${branches(root)})`, 'gi');
}

/** A word in capitals (`AD`, `AAD`, `WVD`) is an abbreviation: `ad` or `Aad` is another word. */
function capitalsKept(written: string, name: string): boolean {
  const words = written.split(' ');
  return name.split(' ').every((word, i) => !/^[A-Z]{2,}$/.test(word) || words[i] === word);
}

/** A search for the names in an article's visible text, the longest name winning where names overlap. */
export function visiblePhrases(names: readonly string[]): (article: Article) => PhraseFound[] {
  const listed = new Map(names.map((name) => [normalized(name), name]));
  const pattern = namesPattern(names);
  return (article) => {
    // Most articles name none: one pass over the text tells, before the visible pieces are read.
    pattern.lastIndex = 0;
    if (!pattern.test(article.text)) return [];
    const found: PhraseFound[] = [];
    for (const match of visibleMatches(article, pattern)) {
      const written = match.text.replace(/\s+/g, ' ');
      const name = listed.get(written.toLowerCase());
      if (name !== undefined && capitalsKept(written, name))
        found.push({ start: match.start, end: match.end, name, written });
    }
    return found;
  };
}
