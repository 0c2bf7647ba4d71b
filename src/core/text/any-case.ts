/**
 * Names matched in any case, as the portal matches attribute names and JSON keys: the one way every layer looks one
 * up (a key written as it should be is found at once; only another casing costs a search).
 */

/** Whether two names are the same in any case. */
export function sameInAnyCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** The first of `names` that is `wanted` in any case. */
export function findInAnyCase(names: Iterable<string>, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  for (const name of names) if (name === wanted || name.toLowerCase() === lower) return name;
  return undefined;
}
