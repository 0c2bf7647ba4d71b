import { KEPT_NAMES, PRODUCT_RENAMES, type ProductRename } from '../../format/product-names';
import { visibleMatches } from '../../parse/visible-text';
import type { Rule } from '../rule';

/** A space in a name: spaces with at most one line break (a name may wrap in a paragraph, not across one). */
const SPACE = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';

const normalized = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();

/** Each name's row, or null for a kept name; found by the matched text with its spaces made one and in lower case. */
const ROW_OF = new Map<string, ProductRename | null>();
for (const row of PRODUCT_RENAMES) for (const name of row.old) ROW_OF.set(normalized(name), row);
for (const name of KEPT_NAMES) ROW_OF.set(normalized(name), null);

interface WordTrie {
  /** A name ends with this word. */
  ends: boolean;
  next: Map<string, WordTrie>;
}

/**
 * Every name in one pattern, written as a tree of words (`Azure` then `AD` then `Connect` …) so that a place in the
 * text is tried along one path, not against each of hundreds of names; longer words first and the longest name
 * wins, so `Azure AD Connect` and the kept `Azure AD B2C` win over `Azure AD`. Literals joined by bounded spaces: no
 * backtracking beyond a name's length.
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

const PATTERN = namesPattern([...PRODUCT_RENAMES.flatMap((row) => row.old), ...KEPT_NAMES]);

/** A word in capitals (`AD`, `AAD`, `WVD`) is an abbreviation: `ad` or `Aad` is another word. */
function capitalsKept(matched: string, name: string): boolean {
  const written = matched.split(/\s+/);
  return name.split(' ').every((word, i) => !/^[A-Z]{2,}$/.test(word) || written[i] === word);
}

function renameOf(matched: string): ProductRename | undefined {
  const row = ROW_OF.get(normalized(matched));
  if (!row) return undefined;
  const name = row.old.find((old) => normalized(old) === normalized(matched))!;
  return capitalsKept(matched, name) ? row : undefined;
}

export const productNames: Rule = {
  id: 'SH701',
  slug: 'product-names',
  description:
    'A product is named as it was before a rename (`Azure Active Directory`, `Azure Security Center`): customers look for it in the portal by its name today.',
  severity: 'warning',
  fixable: false,
  suggests: true,
  docs: {
    bad: 'Sign in to the Azure portal and open **Azure Active Directory** > **Users**.',
    good: 'Sign in to the Azure portal and open **Microsoft Entra ID** > **Users**.',
    notes: [
      'The renames are a table in `src/core/format/product-names.ts`: the old names, the name now, the month of the',
      "rename and the official page that announced it. Entra's family has its own rows (`Azure AD Connect` is",
      '`Microsoft Entra Connect`, `Azure AD tenant` is `Microsoft Entra tenant`), and the names the rename guidance',
      'keeps are never reported: Azure AD B2C, Azure AD Graph, the Azure AD Authentication Library (ADAL) and the',
      'Azure AD PowerShell module; Active Directory alone (Windows Server) is another product.',
      '',
      'Only the words customers read are searched (as the spelling rule reads them): never a URL, a link target, an',
      'id, code, a blade target or a replacement token, nor a name joined to an identifier. Abbreviations in capitals',
      '(`AD`, `AAD`) match only in capitals. The quick fix writes the new name; it is a suggestion, not a fix, because',
      'the sentence around it may need a word changed ("an Azure AD tenant" becomes "a Microsoft Entra tenant").',
    ].join('\n'),
  },
  check(article, report) {
    PATTERN.lastIndex = 0;
    if (!PATTERN.test(article.text)) return;
    for (const match of visibleMatches(article, PATTERN)) {
      const rename = renameOf(match.text);
      if (!rename) continue;
      const span = { start: match.start, end: match.end };
      const written = match.text.replace(/\s+/g, ' ');
      report({
        message: `"${written}" is now "${rename.current}" (renamed ${rename.since}): customers find it in the portal by that name. See ${rename.source}`,
        span,
        suggestions: [{ title: `Change to "${rename.current}"`, edits: [{ ...span, text: rename.current }] }],
      });
    }
  },
};
