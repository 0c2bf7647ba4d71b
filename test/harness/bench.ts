/**
 * `npm run bench:vscode`: the extension inside a real VS Code, measured; prints the numbers.
 * - index: the workspace index over 15,000 articles (the corpus beside this repository plus a copy of part of it);
 * - open: `activate` and the time from opening an article to its first diagnostics, from a cold extension, in the
 *   Node host and in the web worker host;
 * - plain: 50,000 plain Markdown files and no article: opening and typing with the extension and without it.
 * `--only open|plain|index` runs one of them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArticle } from '../../src/core/parse/article';
import { resolveConfig } from '../../src/core/lint/config';
import { lintArticle } from '../../src/core/lint/lint';
import { OUTPUT_MARKER } from '../integration/protocol';
import { emptyExtension, runTests, type RunOptions } from './run-tests';
import { markdownFiles } from '../helpers/files';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(process.env.SELFHELP_CORPUS ?? path.join(ROOT, '../shared/corpus'));
const INDEX_TARGET = 15_000;
const PLAIN_FILES = 50_000;
const OPENED_ARTICLES = 12;

/** Runs one suite of the bench in a workspace and prints its measured lines. */
function measure(
  suite: string,
  workspacePath: string,
  host: 'node' | 'web',
  extra: Partial<RunOptions> = {},
): Promise<number> {
  return runTests({
    host,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath:
      host === 'web'
        ? path.join(ROOT, 'out/web-tests', `${suite}.js`)
        : path.join(ROOT, 'out/test/integration/index.js'),
    workspacePath,
    extensionEnvironment: { SELFHELP_SUITE: suite },
    outputMarker: OUTPUT_MARKER,
    logFolder: path.join(ROOT, '.test-logs', `${suite}-${host}`),
    timeoutMs: 15 * 60_000,
    log: (line) => {
      if (/^(index|check-all|open|plain)\b/.test(line) || /failing|Error/.test(line)) console.log(`bench: ${line}`);
    },
    ...extra,
  });
}

/** The corpus's articles, plus copies of part of them, up to 15,000. */
function indexWorkspace(into: string): void {
  fs.cpSync(path.join(CORPUS, 'articles'), path.join(into, 'articles'), { recursive: true });
  const files = markdownFiles(path.join(into, 'articles'));
  for (const file of files.slice(0, Math.max(0, INDEX_TARGET - files.length))) {
    const copy = path.join(into, 'articles-copy', path.relative(path.join(into, 'articles'), file));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(file, copy);
  }
}

/** A flat folder of published articles that have findings (so their first diagnostics can be waited for). */
function openWorkspace(into: string): void {
  fs.mkdirSync(into, { recursive: true });
  let taken = 0;
  for (const file of markdownFiles(path.join(CORPUS, 'articles'))) {
    const text = fs.readFileSync(file, 'utf8');
    const article = parseArticle(text, { path: path.basename(file) });
    if (!article.block || !lintArticle(article, resolveConfig(undefined)).findings.length) continue;
    fs.writeFileSync(path.join(into, `article-${String(taken).padStart(2, '0')}.md`), text);
    if (++taken === OPENED_ARTICLES) return;
  }
}

/** 50,000 small plain Markdown files, a hundred folders of them. */
function plainWorkspace(into: string): void {
  for (let i = 0; i < PLAIN_FILES; i++) {
    const folder = path.join(into, 'notes', String(i % 100).padStart(2, '0'));
    if (i < 100) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, `note-${String(i).padStart(5, '0')}.md`),
      `# Note ${i}\n\nSome words, a [link](https://example.com/${i}) and a list:\n\n- one\n- two\n`,
    );
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(CORPUS)) {
    console.log(`bench: no corpus at ${CORPUS} (set SELFHELP_CORPUS)`);
    return 1;
  }
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-bench-'));
  let failed = 0;
  const parts: Record<string, () => Promise<void>> = {
    open: async () => {
      const opened = path.join(temp, 'open');
      openWorkspace(opened);
      // Each window starts cold once: three windows a host, as the first opening varies with what else starts.
      for (const host of ['node', 'web'] as const)
        for (let round = 0; round < 3; round++) failed += await measure('bench-open', opened, host);
    },
    plain: async () => {
      const plain = path.join(temp, 'plain');
      plainWorkspace(plain);
      console.log(`bench: a workspace of ${PLAIN_FILES} plain Markdown files`);
      failed += await measure('bench-plain', plain, 'node', {
        extensionDevelopmentPath: emptyExtension(path.join(temp, 'no-extension')),
      });
      for (const host of ['node', 'web'] as const) failed += await measure('bench-plain', plain, host);
      fs.rmSync(plain, { recursive: true, force: true });
    },
    index: async () => {
      const index = path.join(temp, 'index');
      indexWorkspace(index);
      console.log(`bench: a workspace of ${markdownFiles(index).length} Markdown files`);
      failed += await measure('bench', index, 'node');
    },
  };
  try {
    for (const [name, run] of Object.entries(parts)) if (!only || only === name) await run();
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(`bench: ${(error as Error)?.stack ?? error}`);
    process.exit(1);
  },
);
