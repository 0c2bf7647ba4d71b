/**
 * `npm run bench:vscode`: the workspace index over 15,000 articles inside a real VS Code. The workspace is the corpus
 * beside this repository plus a second copy of part of it, so that it holds 15,000 articles; prints the numbers.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OUTPUT_MARKER } from '../integration/protocol';
import { runTests } from './runTests';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(process.env.SELFHELP_CORPUS ?? path.join(ROOT, '../shared/corpus'));
const TARGET = 15_000;

function markdownFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(path.join(folder, e.name)) : e.name.endsWith('.md') ? [path.join(folder, e.name)] : []));
}

async function main(): Promise<number> {
  if (!fs.existsSync(CORPUS)) {
    console.log(`bench: no corpus at ${CORPUS} (set SELFHELP_CORPUS)`);
    return 1;
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-bench-'));
  try {
    fs.cpSync(path.join(CORPUS, 'articles'), path.join(workspace, 'articles'), { recursive: true });
    const files = markdownFiles(path.join(workspace, 'articles'));
    for (const file of files.slice(0, Math.max(0, TARGET - files.length))) {
      const copy = path.join(workspace, 'articles-copy', path.relative(path.join(workspace, 'articles'), file));
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.copyFileSync(file, copy);
    }
    console.log(`bench: a workspace of ${markdownFiles(workspace).length} Markdown files`);
    const code = await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
      workspacePath: workspace,
      extensionEnvironment: { SELFHELP_SUITE: 'bench' },
      outputMarker: OUTPUT_MARKER,
      logFolder: path.join(ROOT, '.test-logs', 'bench'),
      timeoutMs: 15 * 60_000,
      log: (line) => {
        if (line.startsWith('index:') || line.includes('failing')) console.log(`bench: ${line}`);
      },
    });
    return code;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error) => {
  console.log(`bench: ${(error as Error)?.stack ?? error}`);
  process.exit(1);
});
