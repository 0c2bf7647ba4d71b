/**
 * The test index of VS Code's web worker extension host (VS Code for the Web): esbuild bundles it with one suite's
 * files (esbuild.mjs --web-tests), after mocha's browser build, which defines `describe` and `it` once set up here.
 */
import 'mocha/mocha.js';
import { runMocha, say } from './protocol';

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
(Mocha as unknown as typeof import('mocha')).reporters.Base.consoleLog = say;

export function run(): Promise<void> {
  return runMocha(mocha as unknown as import('mocha'));
}
