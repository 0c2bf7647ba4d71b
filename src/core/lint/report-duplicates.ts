/** Shared by the rules over many articles: group by a key, and report each member of a group with the others. */
import type { ArticleFacts, FactValue, MessageData, ProjectReport } from './rule';

const MAX_RELATED = 10;

export function reportDuplicates(
  articles: readonly ArticleFacts[],
  keyOf: (article: ArticleFacts) => string | undefined,
  placeOf: (article: ArticleFacts) => Omit<FactValue, 'value'>,
  /** The rule's message (its `{{others}}` is filled with the other files) and the data of its other placeholders. */
  messageId: string,
  dataOf: (article: ArticleFacts) => MessageData,
  relatedMessage: string,
  report: (finding: ProjectReport) => void,
): void {
  const groups = new Map<string, ArticleFacts[]>();
  for (const article of articles) {
    const key = keyOf(article);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(article);
    else groups.set(key, [article]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((other) => other !== article);
      const shown = others.slice(0, MAX_RELATED);
      const list =
        shown.map((o) => o.path).join(', ') +
        (others.length > shown.length ? ` and ${others.length - shown.length} more` : '');
      const place = placeOf(article);
      report({
        path: article.path,
        messageId,
        data: { ...dataOf(article), others: list },
        start: place.start,
        end: place.end,
        related: shown.map((o) => {
          const { start, end } = placeOf(o);
          return { path: o.path, start, end, message: relatedMessage };
        }),
      });
    }
  }
}
