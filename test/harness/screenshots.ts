/**
 * `npm run screenshots`: the README's pictures, taken from the real VS Code the tests use, so they are renewed after a
 * change. Each scene is a suite that sets the stage and asks for the picture (see test/integration/screenshot*).
 */
import * as path from 'path';
import { OUTPUT_MARKER } from '../integration/protocol';
import { runTests } from './run-tests';

const ROOT = path.resolve(__dirname, '../../..');

interface Scene {
  file: string;
  suite: string;
  theme: string;
  host?: 'node' | 'web';
  article?: string;
  /** The scene of the screenshot-ui suite. */
  scene?: string;
}

const SCENES: Scene[] = [
  { file: 'media/problems-panel.png', suite: 'screenshot', theme: 'Default Light Modern' },
  {
    file: 'media/preview-diagnostics-light.png',
    suite: 'screenshot-preview',
    theme: 'Default Light Modern',
    article: 'articles/microsoft.compute/vm-clean.md',
  },
  {
    file: 'media/preview-form-dark.png',
    suite: 'screenshot-preview',
    theme: 'Default Dark Modern',
    article: 'articles/microsoft.compute/vm-scoping.md',
  },
  { file: 'media/quick-fix-dark.png', suite: 'screenshot-ui', theme: 'Default Dark Modern', scene: 'quickfix' },
  { file: 'media/completions-light.png', suite: 'screenshot-ui', theme: 'Default Light Modern', scene: 'completions' },
  { file: 'media/form-completion-dark.png', suite: 'screenshot-ui', theme: 'Default Dark Modern', scene: 'form' },
  { file: 'media/catalogue-pick-dark.png', suite: 'screenshot-ui', theme: 'Default Dark Modern', scene: 'catalogue' },
  { file: 'media/articles-view-light.png', suite: 'screenshot-ui', theme: 'Default Light Modern', scene: 'articles' },
  {
    file: 'media/spelling-quick-fix-light.png',
    suite: 'screenshot-ui',
    theme: 'Default Light Modern',
    scene: 'spelling',
  },
  {
    file: 'media/web-host-preview.png',
    suite: 'screenshot-preview',
    theme: 'Default Light Modern',
    host: 'web',
    article: 'articles/microsoft.compute/vm-faults.md',
  },
];

async function main(): Promise<number> {
  let failed = 0;
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  for (const scene of SCENES) {
    if (only && !scene.file.includes(only)) continue;
    const host = scene.host ?? 'node';
    const code = await runTests({
      host,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath:
        host === 'web'
          ? path.join(ROOT, 'out/web-tests', `${scene.suite}.js`)
          : path.join(ROOT, 'out/test/integration/index.js'),
      workspacePath: path.join(ROOT, 'test/fixtures/workspace'),
      extensionEnvironment: {
        SELFHELP_SUITE: scene.suite,
        SELFHELP_SCENE_ARTICLE: scene.article ?? '',
        SELFHELP_SCENE: scene.scene ?? '',
      },
      settings: { 'workbench.colorTheme': scene.theme },
      logFolder: path.join(ROOT, '.test-logs', `screenshot-${path.basename(scene.file, '.png')}`),
      outputMarker: OUTPUT_MARKER,
      screenshotPath: path.join(ROOT, scene.file),
      log: () => undefined,
    });
    console.log(`${code === 0 ? 'screenshot' : 'FAILED'}: ${scene.file}`);
    if (code !== 0) failed++;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(`screenshots: ${(error as Error)?.stack ?? error}`);
    process.exit(1);
  },
);
