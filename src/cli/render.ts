/** `selfhelp render`: articles as customers see them, as standalone HTML pages (the preview's renderer). */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  decodeBytes,
  escapeHtml,
  lintArticle,
  parseArticle,
  PREVIEW_CSS,
  previewMarks,
  renderArticle,
  renderPage,
} from '../core';
import type { RenderOptions } from './args';
import { collectFiles, InputError } from './files';
import type { Io } from './io';

const nonce = () => randomBytes(16).toString('base64');

function pageOf(file: string, display: string): { html: string; title: string; type: string } | undefined {
  const article = parseArticle(decodeBytes(fs.readFileSync(file)).text, { path: display });
  if (!article.block) return undefined;
  const rendered = renderArticle(article, previewMarks(lintArticle(article).findings));
  return { html: renderPage(rendered, { nonce: nonce() }), title: rendered.title, type: article.type?.name ?? '' };
}

export function render(options: RenderOptions, io: Io): number {
  const input = path.resolve(io.cwd, options.input);
  if (!options.all) {
    let page: ReturnType<typeof pageOf>;
    try {
      page = pageOf(input, path.basename(input));
    } catch (error) {
      io.stderr(
        `selfhelp: cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
      );
      return 2;
    }
    const html =
      page?.html ??
      renderPage(
        {
          presentation: 'solution',
          title: path.basename(input),
          tokens: [],
          html: '<p class="not-rendered">This file does not open with a &lt;properties … /&gt; block: it is not an article.</p>',
        },
        { nonce: nonce() },
      );
    return write(options.output, html, io);
  }
  let files: string[];
  try {
    if (!fs.statSync(input).isDirectory()) throw new InputError(`${options.input} is not a folder.`);
    files = collectFiles([input], io.cwd);
  } catch (error) {
    io.stderr(
      `selfhelp: ${error instanceof InputError ? error.message : `cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`}\n`,
    );
    return 2;
  }
  const outputFolder = path.resolve(io.cwd, options.output!);
  const written: { page: string; title: string; type: string }[] = [];
  for (const file of files) {
    const relative = path.relative(input, file).split(path.sep).join('/');
    let page: ReturnType<typeof pageOf>;
    try {
      page = pageOf(file, relative);
    } catch (error) {
      io.stderr(
        `selfhelp: cannot read ${relative}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
      );
      return 2;
    }
    if (!page) continue;
    const target = relative.replace(/\.md$/i, '') + '.html';
    if (write(path.join(outputFolder, target), page.html, io) !== 0) return 2;
    written.push({ page: target, title: page.title, type: page.type });
  }
  const index = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-INDEX'">
<title>Articles of ${escapeHtml(path.basename(input))}</title><style nonce="INDEX">${PREVIEW_CSS}</style></head>
<body class="standalone"><main class="article"><h1>${written.length} articles of ${escapeHtml(path.basename(input))}</h1><ul>
${written.map((w) => `<li><a href="${escapeHtml(encodeURI(w.page))}">${escapeHtml(w.title)}</a> <code>${escapeHtml(w.type)}</code></li>`).join('\n')}
</ul></main></body></html>
`.replace(/INDEX/g, nonce());
  const code = write(path.join(outputFolder, 'index.html'), index, io);
  if (code === 0) io.stderr(`selfhelp: ${written.length} pages and index.html written to ${options.output}\n`);
  return code;
}

/** Writes the page to the file (its folders made), or to standard output without one. */
function write(output: string | undefined, html: string, io: Io): number {
  if (!output) {
    io.stdout(html);
    return 0;
  }
  const target = path.resolve(io.cwd, output);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, html);
  } catch (error) {
    io.stderr(
      `selfhelp: cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return 2;
  }
  return 0;
}
