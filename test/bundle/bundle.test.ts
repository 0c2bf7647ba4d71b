/** The two extension bundles: the web worker one (VS Code for the Web) must hold no Node, the manifest names both. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const read = (relative: string) => fs.readFileSync(path.join(ROOT, relative), 'utf8');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((e) => {
    const relative = `${folder}/${e.name}`;
    return e.isDirectory() ? sourceFiles(relative) : e.name.endsWith('.ts') ? [relative] : [];
  });
}

describe('the extension bundles', () => {
  const manifest = JSON.parse(read('package.json')) as { main: string; browser: string; activationEvents: string[] };

  it('the manifest names a Node entry and a web worker entry, and activates on any Markdown file', () => {
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.ok(!manifest.activationEvents.includes('*'), 'never activated on start-up for nothing');
  });

  it('the web worker bundle requires nothing but vscode', () => {
    const bundle = read(manifest.browser);
    // esbuild writes its requires with double quotes (a library's comment may show one with single quotes).
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    assert.deepStrictEqual([...required], ['vscode']);
    assert.ok(bundle.length > 100_000, 'the bundle holds the core');
  });

  it('no code of the extension or the core imports a Node built-in (only the CLI may)', () => {
    const nodeImport =
      /from ['"](node:)?(fs|path|os|child_process|worker_threads|crypto|util|url|stream|buffer|zlib|readline|events|net|http|https)(\/promises)?['"]/;
    const offenders = sourceFiles('src').filter((f) => !f.startsWith('src/cli/') && nodeImport.test(read(f)));
    assert.deepStrictEqual(offenders, []);
  });
});
