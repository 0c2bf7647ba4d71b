import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { lintArticle, previewMarks } from '../../src/core/lint/lint';
import { renderArticle } from '../../src/core/render/article';
import { renderPage } from '../../src/core/render/page';
import { article, VALID_BODY } from '../helpers/article';

/** Rendered as the preview renders it: with the marks of the rules that say the portal shows text otherwise. */
const render = (text: string) => {
  const parsed = parseArticle(text);
  return renderArticle(parsed, previewMarks(lintArticle(parsed).findings));
};

/** Collapses whitespace between tags, for comparisons with expectations written by hand. */
const squash = (html: string) => html.replace(/>\s+</g, '><').trim();

/** What customers could read: the HTML without its tags. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('the renderer', () => {
  describe('a diagnostics article (an insight)', () => {
    const rendered = render(article());

    it('shows the info bubble first, then the details pane with the description and the recommended sections', () => {
      assert.strictEqual(rendered.presentation, 'insight');
      const html = squash(rendered.html);
      const bubble = html.indexOf('class="info-bubble"');
      const details = html.indexOf('class="details-pane"');
      assert.ok(bubble > 0 && details > bubble, html);
      assert.match(
        html,
        /<section class="info-bubble" data-line="3"[^>]*><span class="info-icon" aria-hidden="true">i<\/span><p>We found an issue with your virtual machine\. See details on the right<\/p><\/section>/,
      );
      assert.match(
        html,
        /<section class="issue-description" data-line="21"[^>]*><p data-line="22">We found that your virtual machine <span class="token" data-token="vmName"[^>]*>your VM<\/span> stopped at <span class="token" data-token="startTime"[^>]*>a recent time<\/span>\.<\/p><\/section>/,
      );
      assert.match(html, /<h2 data-line="25"><strong>Recommended Steps<\/strong><\/h2>/);
      assert.match(html, /<h2 data-line="30"><strong>Recommended Documents<\/strong><\/h2>/);
    });

    it('shows the H1 apart, marked as not shown to customers, and never the properties block or a marker comment', () => {
      const html = rendered.html;
      assert.match(
        html,
        /<p class="internal-title" data-line="19">Virtual machine does not start <span class="not-shown"/,
      );
      assert.doesNotMatch(html, /<h1/);
      assert.doesNotMatch(html, /<!--/);
      assert.doesNotMatch(visibleText(html), /pageTitle|infoBubbleText=|<properties|issueDescription|\$vmName/);
    });

    it('lists the tokens with their defaults and names the scenario', () => {
      assert.deepStrictEqual(rendered.tokens, [
        { name: 'vmName', defaultText: 'your VM' },
        { name: 'startTime', defaultText: 'a recent time' },
      ]);
      assert.strictEqual(rendered.scenario, 'VmDoesNotStart');
      assert.strictEqual(rendered.title, 'Virtual machine does not start');
    });

    it('makes a blade link a portal link that never navigates, and a web link one that opens on a click', () => {
      assert.match(
        rendered.html,
        /<a class="blade-link" data-blade="Microsoft_Azure_Compute\.BootDiagnosticsBlade\.id\.\$resourceId" title="Opens the portal blade Microsoft_Azure_Compute\.BootDiagnosticsBlade\.id\.\$resourceId">boot diagnostics<\/a>/,
      );
      assert.match(
        rendered.html,
        /<a href="https:\/\/learn\.microsoft\.com\/azure\/virtual-machines\/troubleshooting\/boot-error" class="web-link"/,
      );
    });
  });

  it('renders a line that opens with a replacement token as the paragraph the portal shows', () => {
    const html = render(article({}, '# T\n\n<!--$vm-->your VM<!--/$vm--> restarted.\n')).html;
    assert.match(html, /<p data-line="21"><span class="token" data-token="vm"[^>]*>your VM<\/span> restarted\.<\/p>/);
  });

  it('shows a table in a classic article as the text customers see, marked with the rule', () => {
    const html = render(article({}, `${VALID_BODY}\n| a | b |\n| - | - |\n| 1 | 2 |\n`)).html;
    assert.doesNotMatch(html, /<table/);
    assert.match(
      html,
      /<p class="not-rendered" data-line="\d+">\| a \| b \|<br>\| - \| - \|<br>\| 1 \| 2 \| <button type="button" class="finding" data-source-line="\d+" data-rule="SH216"/,
    );
  });

  it('marks an alert and a third level of list', () => {
    const html = render(
      article({}, `${VALID_BODY}\n> [!NOTE]\n> Restart first.\n\n- one\n  - two\n    - three\n`),
    ).html;
    assert.match(
      html,
      /<blockquote data-line="\d+">\n?<button type="button" class="finding" data-source-line="\d+" data-rule="SH217"/,
    );
    assert.match(html, /data-rule="SH214"/);
  });

  it('renders a generic article as a solution card, and a resource article as an accordion captioned by its H1', () => {
    const generic = render(
      article({ selfHelpType: 'generic' }, '# Reset a password\n\n## **Recommended Steps**\n\n1. Open the portal.\n'),
    );
    assert.strictEqual(generic.presentation, 'solution');
    assert.match(
      squash(generic.html),
      /<section class="solution-card"><p class="internal-title" data-line="19">Reset a password/,
    );
    const resource = render(article({ selfHelpType: 'resource' }, '# Restart loops\n\nSome text.\n'));
    assert.strictEqual(resource.presentation, 'accordion');
    assert.match(
      squash(resource.html),
      /<details class="accordion" open><summary data-line="19">Restart loops<\/summary><div class="accordion-body"><p data-line="21">Some text\.<\/p><\/div><\/details>/,
    );
  });

  describe('a Solutions 2.0 (Apollo) article', () => {
    const apollo = (body: string) =>
      render(article({ selfHelpType: 'apollo' }, `# Internal\n\n## The issue\n\n${body}`));

    it('shows each component as what the portal puts there, from its fields, escaped', () => {
      const html = squash(
        apollo(
          [
            ':::Section Check your VM:::',
            '',
            '<insight>',
            '  <symptomId>VmDown</symptomId> <!-- the diagnostic -->',
            '  <executionText>Checking <b>your</b> VM</executionText>',
            '  <noResultText>No problem found</noResultText>',
            '</insight>',
            '',
            '<metric><name>Percentage CPU</name><aggregationType>Avg</aggregationType><title>CPU</title></metric>',
            '',
            '    <videoGroup>',
            '      <video><src>https://www.youtube.com/watch?v=a1</src><title>Start "here"</title></video>',
            '      <video><src>javascript:alert(1)</src><title>Not a video</title></video>',
            '    </videoGroup>',
            '',
            '<AzureKB><client>portal</client></AzureKB>',
          ].join('\n'),
        ).html,
      );
      assert.match(html, /<h3 class="solutions-section" data-line="23">Check your VM<\/h3>/);
      assert.match(
        html,
        /<div class="solutions-component" data-line="25"><p class="component-kind">Diagnostic check<\/p><p>The portal runs the diagnostic[^<]*<span class="not-shown">symptoms: VmDown<\/span><\/p><p><span class="component-label">While it runs:<\/span> Checking &lt;b&gt;your&lt;\/b&gt; VM<\/p><p><span class="component-label">When it finds nothing:<\/span> No problem found<\/p><\/div>/,
      );
      assert.match(
        html,
        /<p class="component-kind">Chart: CPU<\/p><p>[^<]*<span class="not-shown">metric Percentage CPU, Avg over 1d/,
      );
      assert.match(
        html,
        /<p class="component-kind">Videos<\/p><ul><li><a href="https:\/\/www\.youtube\.com\/watch\?v=a1" class="web-link" title="[^"]*">Start &quot;here&quot;<\/a><\/li><li>Not a video <span class="not-rendered">\(javascript:alert\(1\): not a web address\)<\/span><\/li><\/ul>/,
      );
      assert.match(html, /<p class="component-kind">Results from the web<\/p>/);
      assert.doesNotMatch(html, /&lt;(insight|metric|video|azurekb)/i, 'no component is left as its raw tags');
      assert.doesNotMatch(html, /<b>your<\/b>|href="javascript/, 'a field is text, never markup or a link to script');
    });

    it('leaves a component without its closing tag, and the same tags in a classic article, as the text they are', () => {
      assert.match(apollo('<insight>\n<symptomId>A</symptomId>\n').html, /&lt;insight&gt;/);
      assert.match(
        render(article({ selfHelpType: 'generic' }, '# T\n\n<video><src>https://a.b/v</src></video>\n')).html,
        /&lt;video&gt;/,
      );
    });
  });

  it('renders a problem-scoping form: elements in order, by control type, required marks, watermarks and visibility rules', () => {
    const json = {
      $schema: 'SelfHelpContent',
      title: 'Slow VM',
      fileAttachmentHint: 'Attach logs',
      formElements: [
        {
          id: 'problem_description',
          order: 1000,
          controlType: 'multilinetextbox',
          displayLabel: 'Description',
          required: true,
          watermarkText: 'Tell us more',
        },
        {
          id: 'os',
          order: 1,
          controltype: 'DropDown',
          displayLabel: 'Operating system',
          required: true,
          dropdownOptions: [
            { value: 'win', text: 'Windows' },
            { value: 'dont_know_answer', text: "I don't know" },
          ],
        },
        { id: 'version', order: 2, controlType: 'textbox', displayLabel: 'Windows version', visibility: 'os == win' },
        { id: 'start', order: 3, controlType: 'datetimepicker', displayLabel: 'When did it start?' },
        { id: 'note', order: 4, controlType: 'infoblock', content: 'Read <b>this</b> first.' },
      ],
    };
    const rendered = render(
      article(
        { selfHelpType: 'problemScopingQuestions', schemaVersion: '1' },
        `# Slow VM\n---\n${JSON.stringify(json, null, 2)}\n---\n`,
      ),
    );
    assert.strictEqual(rendered.presentation, 'form');
    const html = squash(rendered.html);
    const order = ['"os"', '"version"', '"start"', '"note"', '"problem_description"'].map((id) =>
      html.indexOf(`data-element-id=${id}`),
    );
    assert.deepStrictEqual(
      [...order].sort((a, b) => a - b),
      order,
      'elements in their order',
    );
    assert.match(
      html,
      /<label class="element-label" id="selfhelp-label-1" for="selfhelp-control-1">Operating system<span class="required" title="Required" aria-hidden="true">\*<\/span><\/label><select class="answer" name="element-1" id="selfhelp-control-1" required aria-required="true"><option value="">Select an option<\/option><option value="win">Windows<\/option><option value="dont_know_answer">I don&#39;t know<\/option><\/select>/,
    );
    assert.match(
      html,
      /data-element-id="version" data-visibility="os == win" data-line="\d+"><p class="shown-when"[^>]*>Shown when os == win<\/p>/,
    );
    assert.match(
      html,
      /<label [^>]*for="selfhelp-control-3">When did it start\?<\/label><input class="answer" type="datetime-local" name="element-3" id="selfhelp-control-3">/,
    );
    assert.match(
      html,
      /<textarea class="answer" name="element-0" id="selfhelp-control-0" required aria-required="true" rows="4" placeholder="Tell us more"><\/textarea>/,
    );
    assert.match(html, /<div class="info-block">Read <b>this<\/b> first\.<\/div>/);
    assert.match(html, /<p class="attachment-hint">Attach logs<\/p>/);
  });

  it('renders the other JSON types as cards of their fields', () => {
    const json = {
      $schema: 'SelfHelpContent',
      shortDescription: 'Virtual machines',
      supportTopics: [{ id: 'a1', shortDescription: 'Cannot connect', category: 'Connectivity' }],
    };
    const rendered = render(
      article({ selfHelpType: 'supportTopicDescription' }, `# Topics\n---\n${JSON.stringify(json)}\n---\n`),
    );
    assert.strictEqual(rendered.presentation, 'cards');
    assert.match(
      squash(rendered.html),
      /<p class="card-title">Virtual machines<\/p><dl><dt>shortDescription<\/dt><dd>Virtual machines<\/dd><dt>supportTopics<\/dt><dd><div class="card-list"><div class="json-card"><p class="card-title">Cannot connect<\/p>/,
    );
  });

  it('a page has a strict policy with the nonce, inlined styles, and a script only in the webview', () => {
    const rendered = render(article());
    const standalone = renderPage(rendered, { nonce: 'abc123' });
    assert.match(
      standalone,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; img-src https: data:; form-action 'none'; base-uri 'none'">/,
    );
    assert.match(standalone, /<style nonce="abc123">/);
    assert.doesNotMatch(standalone, /<script/);
    const webview = renderPage(rendered, {
      nonce: 'n0',
      webview: { cspSource: 'https://x.vscode-cdn.net', scriptUri: 'https://x.vscode-cdn.net/media/preview.js' },
      state: { a: '"><script>' },
    });
    assert.match(webview, /script-src 'nonce-n0'/);
    assert.match(webview, /<script nonce="n0" src="https:\/\/x\.vscode-cdn\.net\/media\/preview\.js"><\/script>/);
    assert.match(webview, /data-state="\{&quot;a&quot;:&quot;\\&quot;&gt;&lt;script&gt;&quot;\}"/);
  });
});
