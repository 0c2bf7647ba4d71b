// Bundles the extension twice, for VS Code's Node host (`main`) and for its web worker host (`browser`: VS Code for the
// Web, no Node built-ins), and the CLI (with a shebang); `--production` minifies them for the .vsix. `--web-tests` also
// bundles each integration suite that runs in the web worker host (see test/integration/web.ts).
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'fs';
import { buildDictionary } from './scripts/dictionary.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const watch = process.argv.includes('--watch');
// --production (what the .vsix ships): minified, without source maps.
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // jsonc-parser's UMD build hides its modules from bundlers; its ESM build does not.
  mainFields: ['module', 'main'],
  define: { SELFHELP_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
};
const node = { ...common, platform: 'node', target: 'node18' };
// A web worker: no Node built-ins, so a stray `import 'fs'` fails the build instead of the extension.
const webWorker = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
};

const builds = [
  // The preview page's script: a web page, loaded by nonce from media/ (the panel's only resource root).
  {
    ...common,
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    entryPoints: ['src/webview/preview.ts'],
    outfile: 'media/preview.js',
    sourcemap: false,
  },
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...webWorker, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js' },
  { ...node, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The checker's reader thread, beside it: started without loading the checker (see src/cli/read-ahead.ts).
  { ...node, entryPoints: ['src/cli/read-ahead-thread.ts'], outfile: 'dist/read-ahead-thread.js' },
  // The GitHub Action's entry (action.yml); the release workflow commits it onto the action's tag.
  { ...node, entryPoints: ['src/cli/action-bin.ts'], outfile: 'dist/action.js' },
  // The MCP server alone, which the extension ships for VS Code's MCP support (the .vsix holds no other CLI part).
  { ...node, entryPoints: ['src/cli/mcp-bin.ts'], outfile: 'dist/mcp.js' },
];

/** The suites that run in both hosts (the benchmark's too); `bench` and `screenshot` stay in the Node host. */
const WEB_SUITES = [
  'articles',
  'plain',
  'flat',
  'single',
  'preview-page',
  'bench-open',
  'bench-plain',
  'screenshot-preview',
];

if (process.argv.includes('--web-tests')) {
  for (const suite of WEB_SUITES) {
    const folder = `test/integration/${suite}`;
    const tests = readdirSync(folder)
      .filter((f) => f.endsWith('.test.ts'))
      .sort();
    builds.push({
      ...webWorker,
      // Mocha's browser build first (it defines describe/it), then the suite's files in order.
      stdin: {
        contents: [
          `import '../web';`,
          ...tests.map((t) => `import './${t.replace(/\.ts$/, '')}';`),
          `export { run } from '../web';`,
        ].join('\n'),
        resolveDir: folder,
        sourcefile: `${suite}.web.ts`,
        loader: 'ts',
      },
      outfile: `out/web-tests/${suite}.js`,
      sourcemap: 'inline',
      inject: ['test/integration/web-process.ts'],
      define: { ...common.define, SELFHELP_TEST_HOST: '"web"' },
    });
  }
}

// The spelling rule's English word list, read from @cspell/dict-en_us (only when the package changed).
buildDictionary();

for (const options of builds) {
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
// Runnable as it is: the pre-commit hook runs dist/cli.js directly.
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
