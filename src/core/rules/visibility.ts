import type { Node } from 'jsonc-parser';
import type { Rule } from '../rule';
import { absolute, formElements, items, property } from './json-helpers';

/** `a == x && (b != y || c == z)` → clauses; values are unquoted option values. */
export function visibilityClauses(expression: string): { id: string; value: string }[] {
  return expression
    .split(/&&|\|\|/)
    .map((clause) => /^\s*\(*\s*([^\s=!()]+)\s*(?:==|!=)\s*(.*?)\s*\)*\s*$/.exec(clause))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1], value: m[2] }));
}

function optionValues(element: Node): string[] | undefined {
  const options = [...items(property(element, 'dropdownOptions')), ...items(property(element, 'radioButtonOptions'))];
  if (!options.length || property(element, 'dynamicDropdownOptions')) return undefined;
  return options.map((o) => String(property(o, 'value')?.value ?? '').toLowerCase());
}

export const visibility: Rule = {
  id: 'SH405',
  slug: 'visibility',
  description: 'A `visibility` expression refers to existing element ids and to option values they offer.',
  severity: 'warning',
  fixable: false,
  docs: { bad: '"visibility": "vm_os == Windows"  (no element vm_os)', good: '"visibility": "vm_type == windows"' },
  check(article, report) {
    const elements = formElements(article);
    const byId = new Map(elements.map((e) => [String(property(e, 'id')?.value ?? ''), e]));
    for (const element of elements) {
      const node = property(element, 'visibility');
      if (node?.type !== 'string' || typeof node.value !== 'string') continue;
      const expression = node.value.trim();
      // Real expressions are a few clauses long; a longer string is no expression to check.
      if (!expression || expression === 'null' || expression === 'true' || expression.length > 2000) continue;
      for (const clause of visibilityClauses(expression)) {
        const target = byId.get(clause.id);
        if (!target) {
          report({ message: `visibility refers to "${clause.id}", which is no element of this form.`, span: absolute(article, node) });
          continue;
        }
        const values = optionValues(target);
        if (values && !values.includes(clause.value.toLowerCase())) {
          report({ message: `"${clause.value}" is not an option value of "${clause.id}".`, span: absolute(article, node) });
        }
      }
    }
  },
};
