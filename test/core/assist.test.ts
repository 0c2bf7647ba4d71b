import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { bundledKnown, completionsAt, hoverAt } from '../../src/core/authoring/assist';
import { article } from '../helpers/article';

const guid = () => '11111111-2222-3333-4444-555555555555';
const at = (text: string, marker: string) => {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, marker);
  return offset;
};

describe('completions', () => {
  it('offers the missing attributes first, required ones before the rest, in canonical spelling', () => {
    const text = article({ ownershipId: undefined, infoBubbleText: undefined }).replace('\n/>', '\n\t\n/>');
    const offset = text.indexOf('\n/>');
    const items = completionsAt(parseArticle(text), offset, guid).sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepStrictEqual(
      items.slice(0, 2).map((i) => i.label),
      ['infoBubbleText', 'ownershipId'],
    );
    assert.ok(!items.some((i) => i.label === 'pageTitle'), 'present attributes are not offered again');
    assert.strictEqual(items[0].insert, 'infoBubbleText="$1"');
  });

  it('offers values: types, clouds not yet listed, a new GUID, services, resources of the service, scenarios', () => {
    const text = article({ cloudEnvironments: 'public, ' });
    const parsed = parseArticle(text);
    const labels = (marker: string, delta = 0) =>
      completionsAt(parsed, at(text, marker) + delta, guid).map((i) => i.label);
    assert.ok(labels('diagnostics"').includes('problemScopingQuestions'));
    const clouds = labels('public, "', 'public, '.length);
    assert.ok(!clouds.includes('public') && clouds.includes('mooncake'), clouds.join());
    assert.deepStrictEqual(labels('vm-does-not-start'), [guid()]);
    assert.ok(labels('microsoft.compute"').includes('microsoft.network'));
    assert.ok(labels('virtualmachines"').includes('virtualmachines'));
    assert.ok(labels('VmDoesNotStart').length > 100, 'scenarios from the bundled facts');
  });

  it('offers replacement-token names and blade extensions in the body', () => {
    const text = article().replace(
      '## **Recommended Documents**',
      'Name: <!--$v\n\nOpen [it](data-blade:Microsoft_Azure_\n\n## **Recommended Documents**',
    );
    const parsed = parseArticle(text);
    const tokens = completionsAt(parsed, at(text, '<!--$v\n') + '<!--$v'.length, guid);
    assert.ok(tokens.some((t) => t.label === 'vmName' && t.insert === 'vmName-->${1:default text}<!--/\\$vmName-->'));
    const blades = completionsAt(parsed, at(text, 'Microsoft_Azure_\n') + 'Microsoft_Azure_'.length, guid);
    assert.ok(blades.some((b) => b.label === 'Microsoft_Azure_Compute'));
  });

  it('answers on a broken block or stays silent, never throws', () => {
    for (const text of [
      '<properties',
      '<properties a="',
      '<properties\n\tpageTitle="x',
      '<properties a b c d="e',
      '',
    ]) {
      for (let offset = 0; offset <= text.length; offset++) {
        completionsAt(parseArticle(text), offset, guid);
        hoverAt(parseArticle(text), offset);
      }
    }
  });
});

describe('hovers', () => {
  it('on an attribute: its meaning, value format and whether this type needs it', () => {
    const text = article();
    const hover = hoverAt(parseArticle(text), at(text, 'infoBubbleText'));
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*infoBubbleText\*\*/);
    assert.match(hover.markdown, /For `diagnostics` articles: required\./);
    assert.strictEqual(text.slice(hover.span.start, hover.span.end), 'infoBubbleText');
  });

  it('on a replacement token: its name, default and uses; elsewhere from what is known', () => {
    const text = article();
    const known = bundledKnown();
    known.tokens.set('vmName', ['articles/a.md', 'articles/b.md']);
    const hover = hoverAt(parseArticle(text, { path: 'articles/a.md' }), at(text, '<!--$vmName-->') + 3, known)!;
    assert.match(hover.markdown, /`vmName`/);
    assert.match(hover.markdown, /Default text: "your VM"/);
    assert.match(hover.markdown, /Also in: articles\/b\.md/);
  });

  it('on a blade link: extension, blade and parameters', () => {
    const text = article();
    const hover = hoverAt(parseArticle(text), at(text, 'BootDiagnosticsBlade'))!;
    assert.match(hover.markdown, /Extension: `Microsoft_Azure_Compute`/);
    assert.match(hover.markdown, /Blade: `BootDiagnosticsBlade`/);
    assert.match(hover.markdown, /`id` = `\$resourceId`/);
  });
});
