/**
 * `visibility` expressions of problem-scoping forms (FORMAT §4.1): `clause ((&& | ||) clause)*`, a clause being
 * `elementId == value` or `!=`, with optional parentheses. Values are unquoted option values and may hold spaces.
 * Read left to right in one pass; `&&` binds tighter than `||`. Never throws: what cannot be read shows the element.
 */

type Token = { kind: '(' | ')' | '&&' | '||' } | { kind: 'clause'; id: string; equals: boolean; value: string };

/** The values a form element holds now (none when unanswered). */
export type Answers = (elementId: string) => readonly string[];

function tokens(expression: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const part of expression.split(/(&&|\|\|)/)) {
    if (part === '&&' || part === '||') {
      out.push({ kind: part });
      continue;
    }
    let text = part.trim();
    while (text.startsWith('(')) {
      out.push({ kind: '(' });
      depth++;
      text = text.slice(1).trim();
    }
    const operator = text.search(/==|!=/);
    if (operator < 0) continue;
    let value = text.slice(operator + 2).trim();
    // Closing parentheses the value does not open itself (`West US (2)` keeps its own) belong to the grammar.
    let closing = 0;
    let unopened = value.split(')').length - value.split('(').length;
    while (unopened > 0 && value.endsWith(')')) {
      value = value.slice(0, -1).trimEnd();
      unopened--;
      if (depth > 0) {
        depth--;
        closing++;
      }
    }
    out.push({
      kind: 'clause',
      id: text.slice(0, operator).trim(),
      equals: text.slice(operator, operator + 2) === '==',
      value,
    });
    for (let i = 0; i < closing; i++) out.push({ kind: ')' });
  }
  return out;
}

/** The clauses of an expression (`a == x && (b != y || c == z)` → a/x, b/y, c/z), for checks of ids and values. */
export function visibilityClauses(expression: string): { id: string; value: string }[] {
  return tokens(expression).flatMap((t) => (t.kind === 'clause' ? [{ id: t.id, value: t.value }] : []));
}

/** Whether an element with this `visibility` shows, given the answers so far. */
export function isVisible(expression: string | null | undefined, answers: Answers): boolean {
  const trimmed = (expression ?? '').trim().toLowerCase();
  if (!trimmed || trimmed === 'null' || trimmed === 'true') return true;
  const list = tokens(expression!);
  let p = 0;
  const clause = (): boolean => {
    const token = list[p++];
    if (!token) return true;
    if (token.kind === '(') {
      const value = or();
      if (list[p]?.kind === ')') p++;
      return value;
    }
    if (token.kind !== 'clause') return true;
    const held = answers(token.id).map((v) => v.toLowerCase());
    const matches = held.includes(token.value.toLowerCase());
    return token.equals ? matches : !matches;
  };
  const and = (): boolean => {
    let value = clause();
    while (list[p]?.kind === '&&') {
      p++;
      value = clause() && value;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (list[p]?.kind === '||') {
      p++;
      value = and() || value;
    }
    return value;
  };
  return list.length ? or() : true;
}
