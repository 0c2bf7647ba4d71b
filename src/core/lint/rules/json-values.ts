import type { Rule } from '../rule';
import { jsonSchemaProblems } from '../../parse/json-schema-views';
import { spanAt, valueAt } from '../../parse/json-views';

/** Keys other rules already check: a finding per defect (control-type, string-boolean). */
const CHECKED_ELSEWHERE = new Set(['controltype']);

const show = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

export const jsonValues: Rule = {
  id: 'SH408',
  slug: 'json-values',
  description:
    "The JSON payload's values have the type and the values its schema allows (a number for `order`, one of Advisor's categories …) and the keys it requires.",
  severity: 'warning',
  messages: {
    wrongType: '{{at}} should be {{expected}}, not {{actual}}.',
    notAllowed: '{{at}} is {{value}}; expected one of {{allowed}}.',
    lacksKey: '{{at}} lacks "{{key}}".',
  },
  fixable: false,
  docs: {
    bad: '"recommendationImpact": "Severe"',
    good: '"recommendationImpact": "High"',
    notes:
      "The schemas are in the repository's `schemas/` folder; the editor completes and explains every key from them. " +
      "Keys are read in any case, as the consumer reads them (`json-keys` asks for camelCase); `controlType` is `control-type`'s, " +
      "a boolean written as a string `string-boolean`'s, and a control without its options `control-options`'.",
  },
  check(article, report) {
    for (const problem of jsonSchemaProblems(article)) {
      const key = problem.path[problem.path.length - 1];
      if (typeof key === 'string' && CHECKED_ELSEWHERE.has(key.toLowerCase())) continue;
      if (problem.kind === 'type') {
        const value = valueAt(article.json?.value, problem.path);
        if (problem.expected.includes('boolean') && typeof value === 'string' && /^(true|false)$/i.test(value))
          continue;
        report({
          messageId: 'wrongType',
          data: {
            at: label(problem.path),
            expected: problem.expected.map(article_).join(' or '),
            actual: describe(value),
          },
          span: spanAt(article, problem.path),
        });
      } else if (problem.kind === 'enum') {
        const value = valueAt(article.json?.value, problem.path);
        report({
          messageId: 'notAllowed',
          data: { at: label(problem.path), value: JSON.stringify(value), allowed: show(problem.allowed) },
          span: spanAt(article, problem.path),
        });
      } else if (problem.kind === 'required') {
        const span = spanAt(article, problem.path);
        report({
          messageId: 'lacksKey',
          data: { at: problem.path.length ? label(problem.path) : 'The JSON section', key: problem.key },
          span: { start: span.start, end: Math.min(span.end, span.start + 1) },
        });
      }
    }
  },
};

/** `formElements[2].order`, as an author finds it. */
const label = (path: (string | number)[]) =>
  path.length
    ? `"${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('')}"`
    : 'The JSON section';

const article_ = (type: string) =>
  ({
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  })[type] ?? type;

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : typeof value === 'object'
          ? 'an object'
          : String(value);
