import { visibilityClauses } from '../../format/visibility';
import type { Rule } from '../rule';
import { formElements, isObject, property, valueOf, spanAt, type JsonObject } from '../../parse/json-views';

function optionValues(element: JsonObject): string[] | undefined {
  const lists = [valueOf(element, 'dropdownOptions'), valueOf(element, 'radioButtonOptions')].filter(
    Array.isArray,
  ) as unknown[][];
  const options = lists.flat().filter(isObject);
  if (!options.length || valueOf(element, 'dynamicDropdownOptions')) return undefined;
  return options.map((o) => String(valueOf(o, 'value') ?? '').toLowerCase());
}

export const visibility: Rule = {
  id: 'SH405',
  slug: 'visibility',
  description: 'A `visibility` expression refers to existing element ids and to option values they offer.',
  severity: 'warning',
  messages: {
    noElement: 'visibility refers to "{{id}}", which is no element of this form.',
    notOption: '"{{value}}" is not an option value of "{{id}}".',
  },
  fixable: false,
  docs: { bad: '"visibility": "vm_os == Windows"  (no element vm_os)', good: '"visibility": "vm_type == windows"' },
  check(article, report) {
    const elements = formElements(article);
    const byId = new Map(elements.map((e) => [String(valueOf(e.element, 'id') ?? ''), e.element]));
    for (const { element, path } of elements) {
      const found = property(element, 'visibility');
      if (!found || typeof found[1] !== 'string') continue;
      const expression = found[1].trim();
      // Real expressions are a few clauses long; a longer string is no expression to check.
      if (!expression || expression === 'null' || expression === 'true' || expression.length > 2000) continue;
      for (const clause of visibilityClauses(expression)) {
        // `id == null` asks whether the question is unanswered: no option needed.
        if (clause.value.toLowerCase() === 'null') continue;
        const target = byId.get(clause.id);
        const values = target && optionValues(target);
        const messageId = !target
          ? 'noElement'
          : values && !values.includes(clause.value.toLowerCase())
            ? 'notOption'
            : undefined;
        if (messageId)
          report({
            messageId,
            data: { id: clause.id, value: clause.value },
            span: spanAt(article, [...path, found[0]]),
          });
      }
    }
  },
};
