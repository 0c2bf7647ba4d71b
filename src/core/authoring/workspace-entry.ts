/** What the workspace index keeps of one article: the project rules' facts and the values completions offer. */
import { attributeValue, type Article } from '../parse/article';
import { articleFacts } from '../lint/lint';
import { listItems } from '../parse/properties';
import type { ArticleFacts } from '../lint/rule';
import { parseBladeTarget } from '../parse/blade-target';
import { replacementTokens } from '../parse/replacement-tokens';
import { detached } from '../text/source-text';

export interface WorkspaceEntry {
  facts?: ArticleFacts;
  pageTitle?: string;
  selfHelpType?: string;
  service?: string;
  resource?: string;
  scenario?: string;
  ownershipId?: string;
  displayOrder?: string;
  resourceTags: string[];
  tokens: string[];
  blades: [extension: string, blade: string][];
}

/** Every string of it is detached from the article's text: the index keeps entries, not texts. */
export function workspaceEntry(article: Article): WorkspaceEntry {
  const value = (name: string) => {
    const found = attributeValue(article, name);
    return found === undefined ? undefined : detached(found);
  };
  const tags = article.attributes.get('resourcetags');
  return {
    facts: articleFacts(article),
    pageTitle: value('pagetitle'),
    selfHelpType: article.selfHelpType === undefined ? undefined : detached(article.selfHelpType),
    service: value('service'),
    resource: value('resource'),
    scenario: value('diagnosticscenario'),
    ownershipId: value('ownershipid'),
    displayOrder: value('displayorder'),
    resourceTags: tags
      ? listItems(tags)
          .map((i) => detached(i.text))
          .filter((t) => t.toLowerCase() !== 'optional')
      : [],
    tokens: [...new Set(replacementTokens(article).tokens.map((t) => detached(t.name)))],
    blades: article.body.links.flatMap((l) => {
      const blade = parseBladeTarget(l.target);
      return blade?.valid ? [[detached(blade.extension), detached(blade.blade)] as [string, string]] : [];
    }),
  };
}
