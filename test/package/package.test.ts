/** The .vsix as `npm run package` builds it: only what the extension runs, a complete manifest, under 1 MB. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipEntries } from './zip';

const ROOT = path.resolve(__dirname, '../../..');
/** 1 MB for the extension, and 0.25 MB more for the MCP server it ships (dist/mcp.js, about 300 KB compressed). */
const MAX_BYTES = 1.25 * 1024 * 1024;

describe('the packaged .vsix', function () {
  this.timeout(300_000);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-vsix-')), 'selfhelp-authoring.vsix');
  let names: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest's JSON, read field by field
  let manifest: Record<string, any> = {};

  before(() => {
    const result = spawnSync('npm', ['run', 'package', '--', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    // The tests after this one run the development build (with source maps) again.
    spawnSync('node', ['esbuild.mjs', '--web-tests'], { cwd: ROOT, stdio: 'inherit' });
    assert.strictEqual(result.status, 0, result.stdout + result.stderr);
    names = zipEntries(out).map((e) => e.name);
    manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  });
  after(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));

  it(`stays under 1.25 MB (printed)`, () => {
    const size = fs.statSync(out).size;
    console.log(`    .vsix: ${(size / 1024).toFixed(1)} KB, ${names.length} entries`);
    assert.ok(size < MAX_BYTES, `${size} bytes`);
  });

  it('holds what the extension runs in both hosts and its MCP server, and no source, test, map, CLI or dependency', () => {
    for (const needed of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/web/extension.js',
      'extension/dist/spelling/en-us.words',
      'extension/dist/mcp.js',
      'extension/media/preview.js',
      'extension/media/icon.png',
      'extension/syntaxes/selfhelp.injection.tmLanguage.json',
      'extension/snippets/markdown.json',
      'extension/schemas/selfhelp-catalogue.schema.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
    ]) {
      assert.ok(names.includes(needed), `${needed} is in the package: ${names.join(', ')}`);
    }
    const unwanted = names.filter(
      (n) =>
        /^extension\/(src|test|out|node_modules|scripts|\.ci|\.github)\//.test(n) ||
        /\.(ts|map)$/.test(n) ||
        /dist\/cli\.js$/.test(n),
    );
    assert.deepStrictEqual(unwanted, []);
    assert.ok(
      !names.some((n) => /media\/.*(light|dark|panel|host).*\.png$/.test(n)),
      'README pictures stay out (the README links them from the repository)',
    );
  });

  it('has a manifest complete for the marketplace and Open VSX', () => {
    for (const field of [
      'name',
      'displayName',
      'description',
      'publisher',
      'version',
      'icon',
      'categories',
      'keywords',
      'repository',
      'bugs',
      'homepage',
      'license',
      'engines',
      'galleryBanner',
      'main',
      'browser',
    ]) {
      assert.ok(manifest[field], `package.json has ${field}`);
    }
    const types = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@types/vscode/package.json'), 'utf8'))
      .version as string;
    assert.strictEqual(
      manifest.engines.vscode,
      `^${types.split('.').slice(0, 2).join('.')}.0`,
      'engines.vscode matches @types/vscode',
    );
    assert.ok(!manifest.activationEvents.includes('*'), 'never activates on *');
    for (const command of manifest.contributes.commands)
      assert.strictEqual(command.category, 'Self-Help', command.command);
    const icon = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.deepStrictEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], 'a 128×128 PNG');
  });
});
