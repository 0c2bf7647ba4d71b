import type { Rule } from '../rule';
import { blockOpenSpan, isJsonType } from './helpers';

const MAX_REPORTED = 10;

export const jsonSection: Rule = {
  id: 'SH401',
  slug: 'json-section',
  description: 'JSON article types carry one strict-JSON document between two `---` lines, with nothing after it.',
  severity: 'error',
  fixable: true,
  docs: { bad: '# Slow VM\n---\n{ "title": "Slow VM", }\n---', good: '# Slow VM\n---\n{ "title": "Slow VM" }\n---' },
  check(article, report) {
    const json = article.json;
    if (!json) {
      if (isJsonType(article)) report({ message: `${article.type!.name} articles need a JSON section between two "---" lines.`, span: article.block?.close ?? blockOpenSpan(article) });
      return;
    }
    if (!json.close) report({ message: 'The JSON section is not closed by a "---" line.', span: json.open });
    for (const error of json.strictErrors.slice(0, MAX_REPORTED)) {
      const fix = error.trailingComma && { title: 'Remove the trailing comma', edits: [{ ...error.trailingComma, text: '' }] };
      report({ message: `Not strict JSON: ${error.message}.`, span: error, fix });
    }
    if (json.close) {
      const rest = article.text.slice(json.close.end);
      const offset = rest.search(/\S/);
      if (offset >= 0) report({ message: 'Nothing may follow the JSON section\'s closing "---".', span: { start: json.close.end + offset, end: article.lines.lineEnd(article.lines.positionAt(json.close.end + offset).line) } });
    }
  },
};
