/**
 * Views derived from an object (an article, a JSON value) computed once for it and forgotten with it: one WeakMap
 * behind one door, so every view of `parse/` is cached the same way and says so in its declaration.
 */
export interface Memoized<K extends object, V> {
  (key: K): V;
  /** The view when something already asked for it; undefined otherwise (nothing is computed). */
  peek(key: K): V | undefined;
}

export function memoized<K extends object, V>(compute: (key: K) => V): Memoized<K, V> {
  const views = new WeakMap<K, { value: V }>();
  const view = (key: K): V => {
    let found = views.get(key);
    if (!found) {
      found = { value: compute(key) };
      views.set(key, found);
    }
    return found.value;
  };
  return Object.assign(view, { peek: (key: K) => views.get(key)?.value });
}
