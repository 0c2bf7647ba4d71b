/**
 * Walking the JSON payload's value with the consumer's case-insensitive keys. Places are found through the
 * positioned tree only when a rule reports, so valid documents never build it.
 */
import { findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { Article } from './article';
import type { Span } from '../text/span';
import { memoized } from '../text/memo';
import { findInAnyCase } from '../text/any-case';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The actual key and value of a property looked up case-insensitively. */
export function property(object: unknown, key: string): [string, unknown] | undefined {
  if (!isObject(object)) return undefined;
  if (key in object) return [key, object[key]];
  const actual = findInAnyCase(Object.keys(object), key);
  return actual === undefined ? undefined : [actual, object[actual]];
}

export const valueOf = (object: unknown, key: string): unknown => property(object, key)?.[1];

/** The form elements of a scoping-questions document, each with its path. */
export function formElements(article: Article): { element: JsonObject; path: JSONPath }[] {
  const found = property(article.json?.value, 'formElements');
  if (!found || !Array.isArray(found[1])) return [];
  return found[1].flatMap((element, index) => (isObject(element) ? [{ element, path: [found[0], index] }] : []));
}

interface Trail {
  parent?: Trail;
  key: string | number;
}

/** An object of the document and the way to it from the root. */
export interface JsonObjectAt {
  object: JsonObject;
  trail?: Trail;
}

/** The path to an object, built only for the objects a rule reports on (most documents have none). */
export function pathTo({ trail }: JsonObjectAt): JSONPath {
  const path: JSONPath = [];
  for (let t = trail; t; t = t.parent) path.unshift(t.key);
  return path;
}

const objectsOf = memoized((value: object): readonly JsonObjectAt[] => findObjects(value));

/** Every object in the document, depth first; found once a document, whichever rules ask. */
export function objects(value: unknown): readonly JsonObjectAt[] {
  return typeof value === 'object' && value !== null ? objectsOf(value) : [];
}

function findObjects(value: object): JsonObjectAt[] {
  const found: JsonObjectAt[] = [];
  const stack: { value: unknown; trail?: Trail }[] = [{ value }];
  while (stack.length) {
    const { value: current, trail } = stack.pop()!;
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        const item = current[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, trail: { parent: trail, key: i } });
      }
    } else if (isObject(current)) {
      found.push({ object: current, trail });
      for (const key in current) {
        const child = current[key];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, trail: { parent: trail, key } });
      }
    }
  }
  return found;
}

/** The value at a path of the payload (keys as written there); undefined when the path leads nowhere. */
export function valueAt(value: unknown, path: JSONPath): unknown {
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/** The source span of the value (or of the key) at a path; the section's start when it cannot be placed. */
export function spanAt(article: Article, path: JSONPath, part: 'value' | 'key' = 'value'): Span {
  const json = article.json!;
  const tree = json.tree();
  const node = tree && findNodeAtLocation(tree, path);
  const target = part === 'key' ? node?.parent?.children?.[0] : node;
  if (!target) return json.open;
  return { start: json.content.start + target.offset, end: json.content.start + target.offset + target.length };
}
