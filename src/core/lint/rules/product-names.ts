import { PRODUCT_RENAMES, type ProductRename } from '../../format/product-names';
import { namedProducts } from '../../parse/named-products';
import type { Rule } from '../rule';

/** Each old name's row; the names the guidance keeps are searched too (parse/named-products.ts), and have none. */
const ROW_OF = new Map<string, ProductRename>(
  PRODUCT_RENAMES.flatMap((row) => row.old.map((name) => [name, row] as const)),
);

export const productNames: Rule = {
  id: 'SH701',
  slug: 'product-names',
  description:
    'A product is named as it was before a rename (`Azure Active Directory`, `Azure Security Center`): customers look for it in the portal by its name today.',
  severity: 'warning',
  messages: {
    renamed:
      '"{{written}}" is now "{{current}}" (renamed {{since}}): customers find it in the portal by that name. See {{source}}',
  },
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
    for (const found of namedProducts(article)) {
      const rename = ROW_OF.get(found.name);
      if (!rename) continue;
      const span = { start: found.start, end: found.end };
      report({
        messageId: 'renamed',
        data: { written: found.written, current: rename.current, since: rename.since, source: rename.source },
        span,
        suggestions: [{ title: `Change to "${rename.current}"`, edits: [{ ...span, text: rename.current }] }],
      });
    }
  },
};
