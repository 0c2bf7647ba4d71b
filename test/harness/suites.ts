/**
 * The integration suites and the folder each opens (none: an empty window), shared by our harness (`npm test`) and
 * the standard @vscode/test-electron route (`npm run test:desktop`): both run the same test index,
 * out/test/integration/index.js, with SELFHELP_SUITE naming the suite.
 */
export const SUITES: { suite: string; workspace?: string }[] = [
  { suite: 'articles', workspace: 'test/fixtures/workspace' },
  { suite: 'plain', workspace: 'test/fixtures/plain-workspace' },
  { suite: 'flat', workspace: 'test/fixtures/flat-workspace' },
  { suite: 'single' },
];

export const TEST_INDEX = 'out/test/integration/index.js';

/**
 * Suites only our harness runs (in both hosts): they ask the browser around VS Code for what a suite cannot do inside
 * it (an axe-core audit of the preview, keys pressed), which @vscode/test-electron's route does not offer.
 */
export const HARNESS_SUITES: { suite: string; workspace: string }[] = [
  { suite: 'preview-page', workspace: 'test/fixtures/workspace' },
];
