/** An article's findings as agents read them: rule, place (1-based, as an author counts), message, the fix offered. */
import { RULES_BY_ID } from '../lint/rules';
import type { Finding } from '../lint/rule';
import type { Article } from '../parse/article';
import { placeOf } from '../text/source-text';

export function agentFinding(article: Pick<Article, 'lines'>, f: Finding) {
  return {
    rule: f.rule,
    slug: RULES_BY_ID.get(f.rule)?.slug ?? '',
    severity: f.severity,
    ...placeOf(article.lines, f.start, f.end),
    message: f.message,
    messageId: f.messageId,
    fix: f.fix?.title ?? null,
    suggestions: f.suggestions?.map((s) => s.title) ?? [],
  };
}
