/**
 * The JSON schemas of the JSON article types (`schemas/`, which the editor's JSON service also serves) and a reader of
 * the part of JSON Schema they use: `type`, `enum`, `required`, `properties`, `items`, and `allOf` of `if`/`then`
 * (what each control needs). Keys are matched in any case, as the consumer does; so are enum values.
 */
import advisorSchema from '../../../schemas/selfhelp-advisor-recommendation.schema.json';
import diagnoseAndSolveSchema from '../../../schemas/selfhelp-diagnose-and-solve.schema.json';
import formSchema from '../../../schemas/selfhelp-form.schema.json';
import supportTopicSchema from '../../../schemas/selfhelp-support-topic-description.schema.json';

/** The subset of JSON Schema the schemas are written in. */
export interface Schema {
  $id?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: { if?: Schema; then?: Schema }[];
  anyOf?: Schema[];
}

/** Each JSON type's schema, by the type in lower case. */
export const JSON_SCHEMAS: Readonly<Record<string, Schema>> = {
  problemscopingquestions: formSchema,
  tsg_questions: formSchema,
  supporttopicdescription: supportTopicSchema,
  advisorrecommendationmetadata: advisorSchema,
  diagnoseandsolve: diagnoseAndSolveSchema,
};

export type JsonPath = (string | number)[];

/** What a value breaks of its schema, at the path of the value (or of the object missing a key). */
export type SchemaProblem =
  | { kind: 'type'; path: JsonPath; expected: string[] }
  | { kind: 'enum'; path: JsonPath; allowed: unknown[] }
  | { kind: 'required'; path: JsonPath; key: string }
  | { kind: 'one-of-required'; path: JsonPath; keys: string[]; because: { key: string; value: unknown } };

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

const fits = (value: unknown, type: string) => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

const isObject = (value: unknown): value is Record<string, unknown> => typeOf(value) === 'object';

/** The key of an object that matches `key` in any case. */
function keyOf(object: Record<string, unknown>, key: string): string | undefined {
  if (key in object) return key;
  const lower = key.toLowerCase();
  return Object.keys(object).find((k) => k.toLowerCase() === lower);
}

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

/** Whether a value meets an `if` schema (`properties` with `const`, and `required`), keys in any case. */
function meets(value: unknown, condition: Schema): boolean {
  if (!isObject(value)) return false;
  for (const key of condition.required ?? []) if (keyOf(value, key) === undefined) return false;
  for (const [key, schema] of Object.entries(condition.properties ?? {})) {
    const actual = keyOf(value, key);
    if (actual !== undefined && 'const' in schema && !sameValue(value[actual], schema.const)) return false;
  }
  return true;
}

/** A required key counts as there when it holds something: not null, not an empty list (of options, say). */
const present = (object: Record<string, unknown>, key: string) => {
  const actual = keyOf(object, key);
  if (actual === undefined) return false;
  const value = object[actual];
  return value !== null && !(Array.isArray(value) && value.length === 0);
};

/** Every problem of a value against its schema, depth first; bounded by the value's own size. */
export function schemaProblems(value: unknown, schema: Schema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const stack: { value: unknown; schema: Schema; path: JsonPath }[] = [{ value, schema, path: [] }];
  while (stack.length) {
    const { value: current, schema: own, path } = stack.pop()!;
    // Published payloads write null for a value they leave out (1,694 strings, 798 lists and objects): the consumer
    // reads it as absent.
    if (current === null) continue;
    const types = own.type === undefined ? [] : Array.isArray(own.type) ? own.type : [own.type];
    if (types.length && !types.some((t) => fits(current, t))) {
      problems.push({ kind: 'type', path, expected: types });
      continue;
    }
    if (own.enum && !own.enum.some((allowed) => sameValue(current, allowed))) {
      problems.push({ kind: 'enum', path, allowed: own.enum });
      continue;
    }
    if (Array.isArray(current) && own.items)
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], schema: own.items, path: [...path, i] });
    if (!isObject(current)) continue;
    for (const key of own.required ?? [])
      if (keyOf(current, key) === undefined) problems.push({ kind: 'required', path, key });
    for (const rule of own.allOf ?? []) {
      if (!rule.if || !rule.then || !meets(current, rule.if)) continue;
      const because = Object.entries(rule.if.properties ?? {}).map(([key, s]) => ({ key, value: s.const }))[0];
      const alternatives = rule.then.anyOf?.map((s) => s.required ?? []) ?? [rule.then.required ?? []];
      if (!alternatives.some((keys) => keys.every((key) => present(current, key))))
        problems.push({ kind: 'one-of-required', path, keys: alternatives.flat(), because });
    }
    for (const [key, schemaOfKey] of Object.entries(own.properties ?? {})) {
      const actual = keyOf(current, key);
      if (actual !== undefined) stack.push({ value: current[actual], schema: schemaOfKey, path: [...path, actual] });
    }
  }
  return problems;
}
