/**
 * `visibility` expressions of problem-scoping forms (FORMAT §4.1): `clause ((&& | ||) clause)*`, a clause being
 * `elementId == value` or `!=`, with optional parentheses. Values are unquoted option values and may hold spaces.
 * Read left to right in one pass; `&&` binds tighter than `||`. Never throws: what cannot be read shows the element.
 */

/** A clause `id == value` (or `!=`) with its parts' offsets in the expression. */
export interface VisibilityClause {
  id: string;
  equals: boolean;
  value: string;
  idStart: number;
  idEnd: number;
  /** Where `==` or `!=` starts. */
  operatorStart: number;
  valueStart: number;
  valueEnd: number;
}

type Token = { kind: '(' | ')' | '&&' | '||' } | ({ kind: 'clause' } & VisibilityClause);

/** The values a form element holds now (none when unanswered). */
export type Answers = (elementId: string) => readonly string[];

const leadingBlanks = (text: string) => text.length - text.trimStart().length;

function tokens(expression: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  let offset = 0;
  for (const part of expression.split(/(&&|\|\|)/)) {
    const partStart = offset;
    offset += part.length;
    if (part === '&&' || part === '||') {
      out.push({ kind: part });
      continue;
    }
    let at = partStart + leadingBlanks(part);
    let text = part.trim();
    while (text.startsWith('(')) {
      out.push({ kind: '(' });
      depth++;
      at += 1 + leadingBlanks(text.slice(1));
      text = text.slice(1).trim();
    }
    const operator = text.search(/==|!=/);
    if (operator < 0) continue;
    const afterOperator = text.slice(operator + 2);
    let value = afterOperator.trim();
    const valueStart = at + operator + 2 + leadingBlanks(afterOperator);
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
    const id = text.slice(0, operator).trim();
    out.push({
      kind: 'clause',
      id,
      equals: text.slice(operator, operator + 2) === '==',
      value,
      idStart: at,
      idEnd: at + id.length,
      operatorStart: at + operator,
      valueStart,
      valueEnd: valueStart + value.length,
    });
    for (let i = 0; i < closing; i++) out.push({ kind: ')' });
  }
  return out;
}

/**
 * The clauses of an expression (`a == x && (b != y || c == z)` → a/x, b/y, c/z) with their offsets, for checks of ids
 * and values and for the form's language in the editor.
 */
export function visibilityClauses(expression: string): VisibilityClause[] {
  return tokens(expression).flatMap(({ kind, ...clause }) => (kind === 'clause' ? [clause as VisibilityClause] : []));
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
