/**
 * What the `assert` package (and its `util`) read of Node's `process`, for the web test bundles only (esbuild
 * `inject`): a web worker has no `process`, and an assertion's failure message would otherwise throw instead.
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  stderr: undefined,
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args)),
};
