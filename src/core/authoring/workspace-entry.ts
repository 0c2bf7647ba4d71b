/** What the workspace index keeps of one article: the project rules' facts and the values completions offer. */
import { attributeValue, type Article } from '../parse/article';
import { articleFacts } from '../lint/lint';
import { listItems } from '../parse/properties';
import type { ArticleFacts } from '../lint/rule';
import { parseBladeTarget } from '../parse/blade-target';
import { replacementTokens } from '../parse/replacement-tokens';

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

export function workspaceEntry(article: Article): WorkspaceEntry {
  const value = (name: string) => attributeValue(article, name);
  const tags = article.attributes.get('resourcetags');
  return {
    facts: articleFacts(article),
    pageTitle: value('pagetitle'),
    selfHelpType: article.selfHelpType,
    service: value('service'),
    resource: value('resource'),
    scenario: value('diagnosticscenario'),
    ownershipId: value('ownershipid'),
    displayOrder: value('displayorder'),
    resourceTags: tags ? listItems(tags).map((i) => i.text).filter((t) => t.toLowerCase() !== 'optional') : [],
    tokens: [...new Set(replacementTokens(article).tokens.map((t) => t.name))],
    blades: article.body.links.flatMap((l) => {
      const blade = parseBladeTarget(l.target);
      return blade?.valid ? [[blade.extension, blade.blade] as [string, string]] : [];
    }),
  };
}
