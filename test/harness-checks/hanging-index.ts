/** A test index that never settles: the harness must stop it at its timeout. */
export function run(): Promise<void> {
  return new Promise(() => undefined);
}
