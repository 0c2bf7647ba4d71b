/**
 * Hostile article content for the renderer's safety tests, and a checker of the HTML it gives: every tag and attribute
 * ours, every URL one a page may follow. Each attack sets `window.__pwned` when it runs, for the tests in Chromium.
 */
import { article } from './article';

export const HOSTILE_BODY = `# Hostile article

<script>window.__pwned = 'script'</script>
<img src=x onerror="window.__pwned='onerror'">
<svg onload="window.__pwned='svg'"><circle r="5"/></svg>
<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='math'">
<iframe src="javascript:window.__pwned='iframe'"></iframe>
<object data="javascript:window.__pwned='object'"></object>
<embed src="javascript:window.__pwned='embed'">
<base href="https://attacker.example/">
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'">
<link rel="stylesheet" href="https://attacker.example/x.css">
<style>body { background: url("javascript:window.__pwned='style'") }</style>
<form action="https://attacker.example/"><button formaction="javascript:window.__pwned='form'">Go</button><input name="q"></form>
<!-- an unclosed comment <script>window.__pwned='comment'</script>
--!><script>window.__pwned='bang'</script>

1. [javascript](javascript:window.__pwned='md-js')
2. [mixed case](JaVaScRiPt:window.__pwned='md-case')
3. [entity](&#106;avascript:window.__pwned='md-entity')
4. [vbscript](vbscript:msgbox)
5. [data](data:text/html,<script>window.__pwned='md-data'</script>)
6. ![image](javascript:window.__pwned='md-image')
7. ![svg](data:image/svg+xml,<svg onload="window.__pwned='md-svg'"/>)
8. <a href="javascript:window.__pwned='a-js'">anchor</a> <a href="java&#115;cript:window.__pwned='a-entity'">entity anchor</a> <a href=" javascript:window.__pwned='a-space'">spaced</a>
9. <a href="https://ok.example/" onclick="window.__pwned='a-onclick'">handler</a> <span title='x" onmouseover="window.__pwned=1'>title</span>
10. [blade](data-blade:Ext.Blade"onclick="window.__pwned='blade') and <b onmouseover="window.__pwned='b'">bold</b>
11. <!--$a" onmouseover="window.__pwned='token-name'-->default<!--/$a" onmouseover="window.__pwned='token-name'-->
12. <!--$b--><script>window.__pwned='token-default'</script><!--/$b--> and <!--$c-->unclosed <img src=x onerror="window.__pwned='unclosed'">
13. \`<script>window.__pwned='code'</script>\` and <details open ontoggle="window.__pwned='details'">x</details>

<div onmouseover="window.__pwned='div'"><p>block html</p></div>
`;

/** A diagnostics article with the hostile body, and quotes that try to break out of attribute values in the block. */
export const HOSTILE_DIAGNOSTICS = article(
  { infoBubbleText: 'BUBBLE', pageTitle: "</title><script>window.__pwned='title'</script>" },
  HOSTILE_BODY,
).replace(
  'infoBubbleText="BUBBLE"',
  `infoBubbleText='x"><img src=x onerror="window.__pwned=\\'bubble\\'"> <!--$t-->d<!--/$t-->'`,
);

const hostileForm = {
  $schema: 'SelfHelpContent',
  title: "<script>window.__pwned='form-title'</script>",
  fileAttachmentHint: '<img src=x onerror="window.__pwned=\'hint\'">',
  diagnosticCard: { title: '"><script>window.__pwned=1</script>', description: '<b onclick="x">d</b>' },
  formElements: [
    {
      id: 'a" onmouseover="window.__pwned=\'id\'',
      order: 1,
      controlType: 'dropdown',
      displayLabel: "<script>window.__pwned='label'</script>",
      watermarkText: '"><script>x</script>',
      infoBalloonText: '" onmouseover="x',
      dropdownOptions: [
        {
          value: "\"><script>window.__pwned='option'</script>",
          text: '<img src=x onerror="window.__pwned=\'option-text\'">',
        },
      ],
    },
    {
      id: 'b',
      order: 2,
      controlType: 'textbox',
      displayLabel: 'Shown',
      visibility: "a == \"><script>window.__pwned='visibility'</script>",
    },
    {
      id: 'c',
      order: 3,
      controlType: 'infoblock',
      content:
        '<img src=x onerror="window.__pwned=\'infoblock\'"><a href="javascript:window.__pwned=\'infoblock-link\'">link</a>',
    },
    { id: 'd', order: 4, controlType: "<script>window.__pwned='control'</script>", displayLabel: 'Unknown control' },
    {
      id: 'e',
      order: 5,
      controlType: 'radiobuttongroup',
      displayLabel: 'Radio',
      radioButtonOptions: [{ value: "' onclick='window.__pwned=1", text: 'r' }],
      hints: [{ text: "<script>window.__pwned='hint'</script>" }],
    },
  ],
};

export const HOSTILE_FORM = article(
  {
    selfHelpType: 'problemScopingQuestions',
    schemaVersion: '1',
    infoBubbleText: undefined,
    diagnosticScenario: undefined,
  },
  `# Hostile form\n---\n${JSON.stringify(hostileForm, null, 2)}\n---\n`,
);

export const HOSTILE_CARDS = article(
  { selfHelpType: 'supportTopicDescription', infoBubbleText: undefined, diagnosticScenario: undefined },
  `# Hostile cards\n---\n${JSON.stringify({ shortDescription: "<script>window.__pwned='card'</script>", supportTopics: [{ '"><img src=x onerror=alert(1)>': 'k', id: '<svg onload=alert(1)>' }] })}\n---\n`,
);

/** A Solutions 2.0 article whose components carry the attacks in their fields. */
export const HOSTILE_SOLUTIONS = article(
  { selfHelpType: 'apollo', infoBubbleText: undefined, diagnosticScenario: undefined },
  `${HOSTILE_BODY}
:::Section <img src=x onerror="window.__pwned='section'">:::

<insight>
<symptomId>"><img src=x onerror="window.__pwned='symptom'"></symptomId>
<executionText><script>window.__pwned='insight'</script></executionText>
</insight>

    <videoGroup>
    <video><src>javascript:window.__pwned='video'</src><title><svg onload="window.__pwned='title'"></title></video>
    <video><src>https://x.example/v?"onmouseover="window.__pwned='src'</src><title>t</title></video>
    </videoGroup>

<metric><title>"><script>window.__pwned='metric'</script></title></metric>
`,
);

/** Tags the renderer writes itself; article HTML may only come out as one of the allowed inline tags among them. */
const OUR_TAGS = new Set(
  (
    'html head body main meta title style script article header section details summary div p span code pre strong em b i u s sub sup ' +
    'a img ul ol li blockquote br hr h1 h2 h3 h4 h5 h6 button form label select option input textarea dl dt dd table thead tbody tr th td'
  ).split(' '),
);
const OUR_ATTRIBUTES = new Set(
  (
    'class title href src alt width height type name value placeholder rows multiple role aria-hidden open autocomplete start ' +
    'lang charset http-equiv content id nonce for tabindex required aria-required aria-label aria-labelledby aria-describedby'
  ).split(' '),
);

/**
 * Problems of the rendered HTML: a tag, attribute or URL that is not ours, or a `<` that is not a tag. Empty when safe.
 */
export function unsafeParts(html: string, allowScript = false): string[] {
  const problems: string[] = [];
  const TAG =
    /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][A-Za-z0-9_:.-]*(?:="[^"<>]*")?)*)\s*\/?>|<!DOCTYPE html>/g;
  let rest = '';
  let last = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    rest += html.slice(last, match.index);
    last = TAG.lastIndex;
    if (match[0] === '<!DOCTYPE html>') continue;
    const tag = match[2].toLowerCase();
    if (match[1]) continue;
    if (!OUR_TAGS.has(tag) || (tag === 'script' && !allowScript)) problems.push(`tag <${tag}>`);
    for (const attribute of match[3].matchAll(/\s+([A-Za-z_:][A-Za-z0-9_:.-]*)(?:="([^"]*)")?/g)) {
      const name = attribute[1].toLowerCase();
      const value = (attribute[2] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
        .replace(/&quot;/g, '"');
      if (!OUR_ATTRIBUTES.has(name) && !name.startsWith('data-')) problems.push(`attribute ${name} on <${tag}>`);
      if (
        (name === 'href' || name === 'src') &&
        !/^(https?:|mailto:|data:image\/(png|gif|jpe?g|webp);)/i.test(value.trim())
      )
        problems.push(`${name}="${value}"`);
      if (name === 'http-equiv' && value.toLowerCase() !== 'content-security-policy')
        problems.push(`meta http-equiv="${value}"`);
    }
  }
  rest += html.slice(last);
  if (rest.includes('<'))
    problems.push(`a "<" outside a tag: …${rest.slice(Math.max(0, rest.indexOf('<') - 40), rest.indexOf('<') + 40)}…`);
  return problems;
}
