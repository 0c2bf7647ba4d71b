/** The JSON payload checked against its type's schema, once an article, for the rules that report what it finds. */
import { JSON_SCHEMAS, schemaProblems, type SchemaProblem } from '../format/json-schemas';
import type { Article } from './article';

const found = new WeakMap<Article, readonly SchemaProblem[]>();

/** What the payload breaks of its schema (nothing for a type without one, or a payload nothing could be read of). */
export function jsonSchemaProblems(article: Article): readonly SchemaProblem[] {
  let problems = found.get(article);
  if (!problems) {
    const schema = JSON_SCHEMAS[article.selfHelpType?.toLowerCase() ?? ''];
    const value = article.json?.value;
    problems = schema && value !== undefined ? schemaProblems(value, schema) : [];
    found.set(article, problems);
  }
  return problems;
}
