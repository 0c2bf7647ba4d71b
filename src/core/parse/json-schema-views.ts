/** The JSON payload checked against its type's schema, once an article, for the rules that report what it finds. */
import { JSON_SCHEMAS, schemaProblems, type SchemaProblem } from '../format/json-schemas';
import type { Article } from './article';
import { memoized } from '../text/memo';

/** What the payload breaks of its schema (nothing for a type without one, or a payload nothing could be read of). */
export const jsonSchemaProblems = memoized((article: Article): readonly SchemaProblem[] => {
  const schema = JSON_SCHEMAS[article.selfHelpType?.toLowerCase() ?? ''];
  const value = article.json?.value;
  return schema && value !== undefined ? schemaProblems(value, schema) : [];
});
