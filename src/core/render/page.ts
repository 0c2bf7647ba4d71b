/**
 * A whole HTML page around a rendered article, with a strict Content-Security-Policy: nothing loads but our own style
 * (by nonce) and, in VS Code, our own script (by nonce); images only from the web or inline raster data.
 */
import { escapeHtml } from './html';
import type { RenderedArticle } from './article';
import { PREVIEW_CSS } from './styles';

export interface PageOptions {
  /** A fresh random value for each page: only elements carrying it may style or script the page. */
  nonce: string;
  /** In VS Code's webview: its resource origin and the page script's URI. Absent: a standalone page, no script. */
  webview?: { cspSource: string; scriptUri: string };
  /** JSON the page's script reads at start (escaped into an attribute, never into a script). */
  state?: unknown;
}

export function contentSecurityPolicy(options: PageOptions): string {
  const source = options.webview ? ` ${options.webview.cspSource}` : '';
  const script = options.webview ? ` script-src 'nonce-${options.nonce}';` : '';
  return `default-src 'none'; style-src 'nonce-${options.nonce}'; img-src${source} https: data:;${script} form-action 'none'; base-uri 'none'`;
}

export function renderPage(rendered: RenderedArticle, options: PageOptions): string {
  const state =
    options.state === undefined
      ? ''
      : `\n<meta id="selfhelp-preview-state" data-state="${escapeHtml(JSON.stringify(options.state))}">`;
  const script = options.webview
    ? `\n<script nonce="${options.nonce}" src="${escapeHtml(options.webview.scriptUri)}"></script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(rendered.title)}</title>
<style nonce="${options.nonce}">${PREVIEW_CSS}</style>${state}
</head>
<body class="${options.webview ? 'webview' : 'standalone'}">
<main id="content">
${rendered.html}
</main>${script}
</body>
</html>
`;
}
