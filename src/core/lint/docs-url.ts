/** Where each rule is documented, for diagnostics' links and SARIF's helpUri. */
export const REPOSITORY_URL = 'https://github.com/selfhelp-authoring/selfhelp-authoring';

export function ruleDocsUrl(rule: { id: string; slug: string }): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${rule.id.toLowerCase()}-${rule.slug}`;
}
