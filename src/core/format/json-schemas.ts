/**
 * The JSON schemas of the JSON article types (`schemas/`, which the editor's JSON service also serves) and a reader of
 * the part of JSON Schema they use: `type`, `enum`, `required`, `properties`, `items`, and `allOf` of `if`/`then`
 * (what each control needs). Keys are matched in any case, as the consumer does; so are enum values.
 */
import advisorSchema from '../../../schemas/selfhelp-advisor-recommendation.schema.json';
import diagnoseAndSolveSchema from '../../../schemas/selfhelp-diagnose-and-solve.schema.json';
import formSchema from '../../../schemas/selfhelp-form.schema.json';
import supportTopicSchema from '../../../schemas/selfhelp-support-topic-description.schema.json';
import { memoized } from '../text/memo';

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

/** Every key the schemas name, in its canonical spelling (`$schema` aside): the keys a JSON section may hold. */
export const SCHEMA_KEYS: readonly string[] = (() => {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { properties } = node as Schema;
    if (properties) for (const key of Object.keys(properties)) if (!key.startsWith('$')) keys.add(key);
    Object.values(node).forEach(visit);
  };
  Object.values(JSON_SCHEMAS).forEach(visit);
  return [...keys];
})();

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

/** A boolean written as the string "true" or "false" fits too: the consumer reads it so (string-boolean asks for the
 * literal where it matters). */
const fits = (value: unknown, type: string) => {
  const actual = typeOf(value);
  return (
    actual === type ||
    (type === 'number' && actual === 'integer') ||
    (type === 'boolean' && actual === 'string' && /^(true|false)$/i.test(value as string))
  );
};

/** The key of an object that matches `key` in any case (most are written as the schema writes them). */
function keyOf(object: Record<string, unknown>, key: string): string | undefined {
  if (key in object) return key;
  const lower = key.toLowerCase();
  for (const actual in object) if (actual.toLowerCase() === lower) return actual;
  return undefined;
}

/**
 * A schema's properties by their key, as written and in lower case (most keys are found as written, without a
 * lower-case copy made), made once a schema.
 */
const propertiesOf = memoized(
  (schema: Schema): ReadonlyMap<string, Schema> =>
    new Map(
      Object.entries(schema.properties ?? {}).flatMap(([key, s]) => [
        [key, s] as const,
        [key.toLowerCase(), s] as const,
      ]),
    ),
);

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

/** Whether a value meets an `if` schema (`properties` with `const`, and `required`), keys in any case. */
function meets(value: Record<string, unknown>, condition: Schema): boolean {
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

interface Trail {
  parent?: Trail;
  key: string | number;
}

function pathOf(trail: Trail | undefined): JsonPath {
  const path: JsonPath = [];
  for (let t = trail; t; t = t.parent) path.unshift(t.key);
  return path;
}

/** Every problem of a value against its schema, depth first; bounded by the value's own size. */
export function schemaProblems(value: unknown, schema: Schema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // Each value's way from the root as a link to its parent's: a path is spelled out only for a problem.
  const stack: { value: Record<string, unknown> | unknown[]; schema: Schema; trail?: Trail }[] = [];
  /** A value's type and enum, checked where it is met; only lists and objects with more to check are stacked. */
  const visit = (current: unknown, own: Schema, parent: Trail | undefined, key?: string | number) => {
    // The way here is made only for a problem or a value with more to check (most values are leaves that pass).
    const trail = () => (key === undefined ? parent : { parent, key });
    // Published payloads write null for a value they leave out (1,694 strings, 798 lists and objects): the consumer
    // reads it as absent.
    if (current === null) return;
    if (
      own.type !== undefined &&
      !(Array.isArray(own.type) ? own.type.some((t) => fits(current, t)) : fits(current, own.type))
    ) {
      problems.push({ kind: 'type', path: pathOf(trail()), expected: Array.isArray(own.type) ? own.type : [own.type] });
      return;
    }
    if (own.enum && !own.enum.some((allowed) => sameValue(current, allowed))) {
      problems.push({ kind: 'enum', path: pathOf(trail()), allowed: own.enum });
      return;
    }
    if (typeof current === 'object' && (own.items || own.properties || own.required || own.allOf))
      stack.push({ value: current as Record<string, unknown> | unknown[], schema: own, trail: trail() });
  };
  visit(value, schema, undefined);
  while (stack.length) {
    const { value: current, schema: own, trail } = stack.pop()!;
    if (Array.isArray(current)) {
      if (own.items) for (let i = current.length - 1; i >= 0; i--) visit(current[i], own.items, trail, i);
      continue;
    }
    for (const key of own.required ?? [])
      if (keyOf(current, key) === undefined) problems.push({ kind: 'required', path: pathOf(trail), key });
    for (const rule of own.allOf ?? []) {
      if (!rule.if || !rule.then || !meets(current, rule.if)) continue;
      const because = Object.entries(rule.if.properties ?? {}).map(([key, s]) => ({ key, value: s.const }))[0];
      const alternatives = rule.then.anyOf?.map((s) => s.required ?? []) ?? [rule.then.required ?? []];
      if (!alternatives.some((needed) => needed.every((key) => present(current, key))))
        problems.push({ kind: 'one-of-required', path: pathOf(trail), keys: alternatives.flat(), because });
    }
    // The value's own keys, each looked up in the schema's in lower case: an object is read once, whatever its schema.
    if (!own.properties) continue;
    const properties = propertiesOf(own);
    for (const key in current) {
      const schemaOfKey = properties.get(key) ?? properties.get(key.toLowerCase());
      if (schemaOfKey) visit(current[key], schemaOfKey, trail, key);
    }
  }
  return problems;
}
