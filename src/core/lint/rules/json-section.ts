import type { Rule } from '../rule';
import { blockOpenSpan, isJsonType } from '../rule-helpers';

const MAX_REPORTED = 10;

export const jsonSection: Rule = {
  id: 'SH401',
  slug: 'json-section',
  description: 'JSON article types carry one strict-JSON document between two `---` lines, with nothing after it.',
  severity: 'error',
  messages: {
    missing: '{{type}} articles need a JSON section between two "---" lines.',
    notClosed: 'The JSON section is not closed by a "---" line; add one after the JSON.',
    trailingComma: 'Not strict JSON: a trailing comma.',
    bareKey: 'Not strict JSON: the key {{key}} needs double quotes ("{{key}}").',
    notStrict: 'Not strict JSON: {{cause}}',
    textAfter: 'Nothing may follow the JSON section\'s closing "---"; move it above the JSON section or remove it.',
  },
  fixable: true,
  docs: {
    bad: '# Slow VM\n---\n{ "title": "Slow VM", }\n---',
    good: '# Slow VM\n---\n{ "title": "Slow VM" }\n---',
    notes:
      'The portal reads the section leniently, but a tool must write strict JSON. The fixes remove a trailing comma and ' +
      'put a name written without quotes (`visibility: "…"`) in quotes, each where it stands, when the section has no ' +
      'other fault; any other fault stops the reader, so only the first is reported, found past those two.',
  },
  check(article, report) {
    const json = article.json;
    if (!json) {
      if (isJsonType(article))
        report({
          messageId: 'missing',
          data: { type: article.type!.name },
          span: article.block?.close ?? blockOpenSpan(article),
        });
      return;
    }
    if (!json.close) report({ messageId: 'notClosed', span: json.open });
    // A trailing comma or a name without quotes leaves the rest readable, so each is its own finding; any other error
    // throws the reader off, and what it reports after that is mostly echo: only the first such error is the cause.
    let causeReported = false;
    // Beside any other fault the structure is broken, and which comma or name is wrong is not clear: no fix then.
    const readable = json.strictErrors.every((error) => error.trailingComma || error.bareKey);
    for (const error of json.strictErrors.slice(0, MAX_REPORTED)) {
      if (error.trailingComma) {
        report({
          messageId: 'trailingComma',
          span: error,
          fix: readable
            ? { title: 'Remove the trailing comma', edits: [{ ...error.trailingComma, text: '' }] }
            : undefined,
        });
      } else if (error.bareKey) {
        const key = article.text.slice(error.bareKey.start, error.bareKey.end);
        report({
          messageId: 'bareKey',
          data: { key },
          span: error,
          fix: readable
            ? { title: `Quote the key ${key}`, edits: [{ ...error.bareKey, text: `"${key}"` }] }
            : undefined,
        });
      } else if (!causeReported) {
        causeReported = true;
        report({ messageId: 'notStrict', data: { cause: jsonCause(article.text, error) }, span: error });
      }
    }
    if (json.close) {
      const rest = article.text.slice(json.close.end);
      const offset = rest.search(/\S/);
      if (offset >= 0)
        report({
          messageId: 'textAfter',
          span: {
            start: json.close.end + offset,
            end: article.lines.lineEnd(article.lines.positionAt(json.close.end + offset).line),
          },
        });
    }
  },
};

/** The error in words an author acts on; a string broken across lines is by far the most common cause. */
function jsonCause(text: string, error: { start: number; message: string }): string {
  const lineStart = text.lastIndexOf('\n', error.start - 1) + 1;
  const before = text.slice(lineStart, error.start);
  const quotes = (before.replace(/\\./g, '').match(/"/g) ?? []).length;
  if (
    error.message === 'Unexpected end of string' ||
    (quotes % 2 === 1 && /^\r?\n?$/.test(text.slice(error.start, error.start + 1)))
  ) {
    return 'a string value breaks across lines; keep it on one line (write \\n where a line break is meant).';
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for.
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\t]/.exec(
    text.slice(error.start, text.indexOf('\n', error.start) >>> 0),
  );
  const character = control ? control[0].charCodeAt(0) : -1;
  if (error.message === 'Invalid character' && control) {
    return `a ${character === 9 ? 'tab' : 'control character'} inside a string; replace it with a space${character === 9 ? ' (or write \\t)' : ''}.`;
  }
  return `${error.message.charAt(0).toLowerCase()}${error.message.slice(1)} here (what follows is not read).`;
}
