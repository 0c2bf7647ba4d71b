/**
 * The preview page's script (bundled into media/preview.js, loaded by nonce). It shows what the extension sends,
 * keeps scroll in step with the editor, applies sample values and form visibility rules, and turns clicks into
 * messages: a link opens only through VS Code, a blade link never navigates. It never runs article content: the
 * HTML it receives was built by our renderer, and the page's policy allows no other script.
 */
import { isVisible } from '../core';
import type { FromPage, PageState, TokenInfo, ToPage } from '../preview/protocol';

interface VsCodeApi {
  postMessage(message: FromPage): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content')!;
let version = -1;
let uri = vscode.getState()?.uri ?? '';
let samples: Record<string, string> = {};
/** The default HTML of each token's spans, to restore when a sample value is cleared. */
const defaults = new WeakMap<Element, string>();

// ---- scroll in step with the editor ----
/** Set while the page scrolls because the editor did: that scroll is not sent back. */
let scrollFromEditor = 0;

function lineElements(): HTMLElement[] {
  return Array.from(content.querySelectorAll<HTMLElement>('[data-line]'));
}

function scrollToLine(line: number): void {
  let target: HTMLElement | undefined;
  for (const element of lineElements()) {
    if (Number(element.dataset.line) > line) break;
    target = element;
  }
  scrollFromEditor = Date.now();
  window.scrollTo({ top: target ? target.getBoundingClientRect().top + window.scrollY - 8 : 0 });
}

/** The line of the innermost block at the top of the view: the last, in document order, that starts above it. */
function topLine(): number | undefined {
  let line: number | undefined;
  for (const element of lineElements()) {
    const top = element.getBoundingClientRect().top;
    if (top > 12) return line ?? Number(element.dataset.line);
    line = Number(element.dataset.line);
  }
  return line;
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  const byEditor = Date.now() - scrollFromEditor < 250;
  clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    const line = topLine();
    if (line === undefined) return;
    vscode.setState({ uri, line });
    // The extension moves the editor only for the reader's own scrolling, never back for its own.
    vscode.postMessage({ type: 'scrolled', line, byEditor });
  }, 50);
});

// ---- clicks: links through VS Code only ----
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const finding = target?.closest<HTMLElement>('.finding');
  if (finding) {
    event.preventDefault();
    vscode.postMessage({ type: 'showSource', line: Number(finding.dataset.sourceLine) || 0 });
    return;
  }
  const link = target?.closest('a');
  if (!link) return;
  // Nothing in the page navigates by itself.
  event.preventDefault();
  if (link.classList.contains('web-link'))
    vscode.postMessage({ type: 'openLink', href: link.getAttribute('href') ?? '' });
});
document.addEventListener('dblclick', (event) => {
  const element = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-line]') : null;
  if (element) vscode.postMessage({ type: 'showSource', line: Number(element.dataset.line) });
});
// A form in the preview is for trying the questions, never for sending them.
document.addEventListener('submit', (event) => event.preventDefault());

// ---- sample values for the replacement tokens ----
function applySamples(): void {
  for (const span of Array.from(content.querySelectorAll<HTMLElement>('.token[data-token]'))) {
    if (!defaults.has(span)) defaults.set(span, span.innerHTML);
    const value = samples[span.dataset.token ?? ''];
    if (value) {
      span.textContent = value;
      span.classList.add('sample');
    } else {
      span.innerHTML = defaults.get(span) ?? '';
      span.classList.remove('sample');
    }
  }
}

let samplesTimer: number | undefined;
function samplePanel(tokens: TokenInfo[]): void {
  document.getElementById('samples')?.remove();
  if (!tokens.length) return;
  const panel = document.createElement('section');
  panel.id = 'samples';
  panel.className = 'samples';
  const heading = document.createElement('p');
  heading.textContent =
    'Sample values for the replacement tokens (as a diagnostic would fill them in; remembered for this scenario):';
  panel.append(heading);
  for (const token of tokens) {
    const label = document.createElement('label');
    const name = document.createElement('code');
    name.textContent = `$${token.name}`;
    const input = document.createElement('input');
    input.type = 'text';
    input.placeholder = token.defaultText || '(empty default)';
    input.value = samples[token.name] ?? '';
    input.addEventListener('input', () => {
      if (input.value) samples[token.name] = input.value;
      else delete samples[token.name];
      applySamples();
      clearTimeout(samplesTimer);
      samplesTimer = window.setTimeout(() => vscode.postMessage({ type: 'samples', values: samples }), 300);
    });
    label.append(name, input);
    panel.append(label);
  }
  content.after(panel);
}

// ---- problem-scoping forms: visibility rules as the author answers ----
function answersOf(id: string): string[] {
  const element = content.querySelector(`.form-element[data-element-id="${CSS.escape(id)}"]`);
  if (!element || element.classList.contains('hidden-by-rule')) return [];
  const select = element.querySelector('select');
  if (select)
    return Array.from(select.selectedOptions)
      .map((o) => o.value)
      .filter(Boolean);
  const checked = element.querySelector<HTMLInputElement>('input[type=radio]:checked');
  if (checked) return [checked.value];
  const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>('input:not([type=radio]), textarea');
  return field?.value ? [field.value] : [];
}

function applyVisibility(): void {
  // Elements depend on earlier ones: in order, each decided with the answers visible so far.
  for (const element of Array.from(content.querySelectorAll<HTMLElement>('.form-element[data-visibility]'))) {
    element.classList.toggle('hidden-by-rule', !isVisible(element.dataset.visibility, answersOf));
  }
}
content.addEventListener('change', applyVisibility);
content.addEventListener('input', applyVisibility);

// ---- messages from the extension ----
window.addEventListener('message', (event: MessageEvent<ToPage>) => {
  const message = event.data;
  if (message.type === 'scrollTo') {
    scrollToLine(message.line);
    return;
  }
  if (message.type !== 'update') return;
  // Renders arrive in order of document versions; an older one than shown is dropped.
  if (message.uri === uri && message.version < version) return;
  const sameArticle = message.uri === uri;
  const line = sameArticle ? topLine() : message.line;
  version = message.version;
  uri = message.uri;
  samples = { ...message.samples };
  content.innerHTML = message.html;
  applySamples();
  applyVisibility();
  samplePanel(message.tokens);
  if (line !== undefined) scrollToLine(line);
  vscode.setState({ uri, line });
  vscode.postMessage({ type: 'rendered', version, text: content.textContent ?? '' });
});

vscode.postMessage({ type: 'ready' });
