/** Walking the tolerant JSON tree with the consumer's case-insensitive keys; offsets made absolute. */
import type { Node } from 'jsonc-parser';
import type { Article } from '../article';
import type { Span } from '../properties';

export function property(object: Node | undefined, key: string): Node | undefined {
  if (object?.type !== 'object') return undefined;
  const lower = key.toLowerCase();
  const found = object.children?.find((p) => String(p.children?.[0]?.value).toLowerCase() === lower);
  return found?.children?.[1];
}

/** The property nodes (key + value) of an object. */
export function properties(object: Node | undefined): Node[] {
  return object?.type === 'object' ? (object.children ?? []) : [];
}

export function items(array: Node | undefined): Node[] {
  return array?.type === 'array' ? (array.children ?? []) : [];
}

export function absolute(article: Article, node: Node): Span {
  const base = article.json!.content.start;
  return { start: base + node.offset, end: base + node.offset + node.length };
}

/** The form elements of a scoping-questions document, or none. */
export function formElements(article: Article): Node[] {
  return items(property(article.json?.tree, 'formElements'));
}

/** Every object in the document, depth first, with the key it sits under (for arrays, the array's key). */
export function* objectsWithKey(node: Node | undefined, key = ''): Generator<{ node: Node; key: string }> {
  const stack: { node: Node; key: string }[] = node ? [{ node, key }] : [];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.node.type === 'object') {
      yield current;
      for (const p of properties(current.node)) if (p.children?.[1]) stack.push({ node: p.children[1], key: String(p.children[0].value) });
    } else if (current.node.type === 'array') {
      for (const child of current.node.children ?? []) stack.push({ node: child, key: current.key });
    }
  }
}
