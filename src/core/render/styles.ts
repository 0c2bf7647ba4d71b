/**
 * The preview's look: the portal's (Segoe UI, its blue, its info bubble), in light, dark and high contrast. The
 * webview follows VS Code's theme through the classes VS Code puts on its body; the standalone page follows the
 * system's colour scheme.
 */
export const PREVIEW_CSS = `
:root {
  --page: #ffffff; --text: #323130; --muted: #605e5c; --line: #edebe9; --card: #ffffff; --link: #0078d4;
  --bubble: #eff6fc; --bubble-border: #0078d4; --token: #fff4ce; --token-border: #c19c00; --note: #fde7e9; --note-text: #a4262c;
  --meta: #f3f2f1; --focus: #0078d4;
}
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) {
  --page: #1b1a19; --text: #f3f2f1; --muted: #c8c6c4; --line: #3b3a39; --card: #252423; --link: #75b6e7;
  --bubble: #082338; --bubble-border: #2899f5; --token: #4a3c00; --token-border: #c19c00; --note: #442726; --note-text: #f1707b;
  --meta: #292827; --focus: #75b6e7;
}
body.vscode-high-contrast { --line: #6fc3df; --focus: #f38518; }
@media (prefers-color-scheme: dark) {
  body.standalone {
    --page: #1b1a19; --text: #f3f2f1; --muted: #c8c6c4; --line: #3b3a39; --card: #252423; --link: #75b6e7;
    --bubble: #082338; --bubble-border: #2899f5; --token: #4a3c00; --token-border: #c19c00; --note: #442726; --note-text: #f1707b;
    --meta: #292827; --focus: #75b6e7;
  }
}
body { margin: 0; padding: 16px 20px 48px; background: var(--page); color: var(--text);
  font: 14px/1.45 "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }
.article { max-width: 820px; margin: 0 auto; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
h1, h2, h3 { font-weight: 600; margin: 20px 0 8px; }
h1 { font-size: 20px; } h2 { font-size: 16px; } h3 { font-size: 14px; }
p { margin: 8px 0; }
code { font-family: Consolas, "Courier New", monospace; font-size: 13px; color: inherit; background: var(--meta); padding: 0 3px; border-radius: 2px; }
pre { background: var(--meta); padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere; border-radius: 2px; }
pre code { padding: 0; background: none; }
ul, ol { padding-left: 24px; }
img { max-width: 100%; }
.metadata { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; font-size: 12px; color: var(--muted);
  background: var(--meta); border-radius: 2px; padding: 6px 10px; margin-bottom: 16px; }
.metadata .where { font-weight: 600; }
.not-shown { font-size: 11px; color: var(--muted); border: 1px dashed var(--muted); border-radius: 8px; padding: 0 6px; white-space: nowrap; }
.internal-title { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.info-bubble { display: flex; gap: 10px; align-items: flex-start; background: var(--bubble); border-left: 4px solid var(--bubble-border);
  padding: 8px 12px; margin-bottom: 16px; }
.info-bubble p { margin: 0; }
.info-icon { flex: none; width: 18px; height: 18px; border-radius: 50%; background: var(--bubble-border); color: #fff; font-weight: 700;
  font-size: 12px; text-align: center; line-height: 18px; font-style: italic; }
.details-pane, .solution-card, .scoping-form, .json-card, .accordion { background: var(--card); border: 1px solid var(--line); border-radius: 2px; padding: 4px 20px 12px; }
.issue-description { border-left: 3px solid var(--line); padding-left: 12px; }
.token { background: var(--token); border-bottom: 1px dashed var(--token-border); border-radius: 2px; padding: 0 2px; }
.token.sample { border-bottom-style: solid; }
.blade-link::after { content: " \\2197"; font-size: 11px; }
.inert-link { color: var(--muted); text-decoration: underline dotted; cursor: help; }
.inert-image { color: var(--muted); border: 1px dashed var(--muted); padding: 0 4px; }
.missing, .not-rendered { color: var(--note-text); }
.not-rendered { white-space: pre-wrap; }
.finding { font: 11px/1.4 Consolas, monospace; color: var(--note-text); background: var(--note); border: 1px solid var(--note-text);
  border-radius: 8px; padding: 0 6px; margin-left: 6px; cursor: pointer; vertical-align: middle; }
.accordion summary { font-weight: 600; font-size: 15px; padding: 10px 0; cursor: pointer; }
.form-title { font-size: 16px; font-weight: 600; }
.form-element { margin: 14px 0; }
.form-element.hidden-by-rule { display: none; }
.element-label { display: block; font-weight: 600; margin-bottom: 4px; }
.required { color: var(--note-text); margin-left: 2px; }
.info-balloon { color: var(--link); cursor: help; font-weight: 400; }
.shown-when { font-size: 11px; color: var(--muted); margin: 0 0 2px; }
select, input, textarea { font: inherit; color: var(--text); background: var(--page); border: 1px solid var(--muted); border-radius: 2px;
  padding: 4px 6px; width: 100%; max-width: 480px; box-sizing: border-box; }
select[multiple] { min-height: 80px; }
.radio-group { display: flex; flex-direction: column; gap: 4px; }
.radio { font-weight: 400; }
.radio input { width: auto; }
.hints { font-size: 12px; color: var(--muted); }
.info-block { background: var(--bubble); border-left: 4px solid var(--bubble-border); padding: 8px 12px; }
.diagnostic-card { border: 1px solid var(--bubble-border); padding: 8px 12px; margin: 8px 0; }
.card-title { font-weight: 600; }
.json-card dl { display: grid; grid-template-columns: minmax(120px, max-content) 1fr; gap: 4px 12px; margin: 8px 0; }
.json-card dt { color: var(--muted); }
.json-card dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; }
.align-center { text-align: center; } .align-right { text-align: right; }
.card-list { display: flex; flex-direction: column; gap: 8px; }
.solutions-component { border: 1px solid var(--line); border-left: 4px solid var(--bubble-border); border-radius: 2px; padding: 4px 12px;
  margin: 8px 0; }
.component-kind { font-weight: 600; }
.component-label { color: var(--muted); }
.samples { margin: 24px auto 0; max-width: 820px; font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
.samples label { display: grid; grid-template-columns: minmax(120px, max-content) 1fr; gap: 8px; align-items: center; margin: 4px 0; }
.samples input { max-width: 320px; }
`;
