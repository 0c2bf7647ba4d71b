import type { Rule } from '../rule';
import { jsonSchemaProblems } from '../../parse/json-schema-views';
import { property, spanAt, valueAt } from '../../parse/json-views';

/** What to write where a control lacks what it needs: its options, or its text. */
const SKELETONS: Record<string, { key: string; value: string }> = {
  dropdownoptions: {
    key: 'dropdownOptions',
    value:
      '[\n  { "value": "first_answer", "text": "First answer" },\n  { "value": "dont_know_answer", "text": "I do not know" }\n]',
  },
  radiobuttonoptions: {
    key: 'radioButtonOptions',
    value: '[\n  { "value": "yes", "text": "Yes" },\n  { "value": "no", "text": "No" }\n]',
  },
  content: { key: 'content', value: '"What the customer reads"' },
};

export const controlOptions: Rule = {
  id: 'SH407',
  slug: 'control-options',
  description:
    'A form control has what it shows: a dropdown its `dropdownOptions` (or `dynamicDropdownOptions`), radio buttons their `radioButtonOptions`, an info block its `content`.',
  severity: 'error',
  messages: {
    nothing: 'A {{control}} needs {{needs}}: the customer has nothing to {{verb}}.',
  },
  fixable: false,
  suggests: true,
  docs: {
    bad: '{ "id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "Which OS?" }',
    good:
      '{ "id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "Which OS?",\n' +
      '  "dropdownOptions": [{ "value": "linux", "text": "Linux" }, { "value": "dont_know_answer", "text": "I do not know" }] }',
    notes:
      'A dropdown or radio group without options leaves the customer nothing to pick, and a required one blocks the request. ' +
      'The suggestion adds a skeleton of options (ending with `dont_know_answer`, as most published dropdowns do) for you to fill in.',
  },
  check(article, report) {
    for (const problem of jsonSchemaProblems(article)) {
      if (problem.kind !== 'one-of-required') continue;
      const value = valueAt(article.json?.value, problem.path);
      const span = spanAt(article, problem.path);
      const controlKey = property(value, 'controlType')?.[0];
      const at = controlKey
        ? spanAt(article, [...problem.path, controlKey])
        : { start: span.start, end: span.start + 1 };
      const needs = problem.keys.map((k) => `"${k}"`).join(' or ');
      const skeleton = SKELETONS[problem.keys[0].toLowerCase()];
      // The skeleton goes in as the object's first key, indented as the object's keys are.
      const lineStart = article.text.lastIndexOf('\n', span.start) + 1;
      const keyIndent = /^[ \t]*/.exec(article.text.slice(lineStart))![0] + '  ';
      const body = skeleton && `\n${keyIndent}"${skeleton.key}": ${skeleton.value.split('\n').join(`\n${keyIndent}`)},`;
      report({
        messageId: 'nothing',
        data: {
          control: String(problem.because.value),
          needs,
          verb: problem.keys[0] === 'content' ? 'read' : 'pick',
        },
        span: at,
        suggestions: body
          ? [
              {
                title: `Add "${skeleton.key}" to fill in`,
                edits: [{ start: span.start + 1, end: span.start + 1, text: body }],
              },
            ]
          : undefined,
      });
    }
  },
};
