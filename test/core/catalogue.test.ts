import * as assert from 'assert';
import {
  bundledCatalogue,
  likelyOwnershipId,
  mergeCatalogue,
  parseCatalogueFile,
  rankCatalogue,
} from '../../src/core/catalogue/catalogue';

describe('the catalogue', () => {
  describe('team files', () => {
    it('reads a JSON array or an object with entries, tokens as a list or text', () => {
      const text = JSON.stringify([
        {
          diagnosticScenario: ' VmRestarted ',
          articleId: 'vm-restarted-0001',
          service: 'microsoft.compute',
          tokens: ['$vmName', 'time'],
          extra: 1,
        },
        { diagnosticScenario: 'VmStopped', tokens: 'vmName; reason' },
      ]);
      assert.deepStrictEqual(parseCatalogueFile(text, 'selfhelp-catalogue.json'), {
        entries: [
          {
            diagnosticScenario: 'VmRestarted',
            articleId: 'vm-restarted-0001',
            service: 'microsoft.compute',
            tokens: ['vmName', 'time'],
          },
          { diagnosticScenario: 'VmStopped', tokens: ['vmName', 'reason'] },
        ],
        problems: [],
      });
      assert.deepStrictEqual(parseCatalogueFile('{ "entries": [ { "diagnosticScenario": "A" } ] }', 'x.json').entries, [
        { diagnosticScenario: 'A' },
      ]);
    });

    it('names what is wrong in a broken file, where it is, and keeps what it can read', () => {
      const text = '[\n  { "diagnosticScenario": "A" },\n  { "title": "no scenario" }\n]';
      const { entries, problems } = parseCatalogueFile(text, 'c.json');
      assert.deepStrictEqual(entries, [{ diagnosticScenario: 'A' }]);
      assert.deepStrictEqual(problems, [
        {
          message: 'Entry 2 has no "diagnosticScenario" text.',
          start: text.indexOf('{ "title"'),
          end: text.indexOf('{ "title"') + 1,
        },
      ]);
      const broken = parseCatalogueFile('[ { "diagnosticScenario": "A", } ', 'c.json');
      assert.ok(
        broken.problems.length > 0 && broken.problems.every((p) => p.message.startsWith('Not valid JSON')),
        JSON.stringify(broken.problems),
      );
      assert.deepStrictEqual(
        parseCatalogueFile('"text"', 'c.json').problems.map((p) => p.message),
        ['A catalogue is an array of entries, or an object with an "entries" array.'],
      );
      assert.doesNotThrow(() => parseCatalogueFile('\u0000\uffff{{{[[[', 'c.json'));
    });

    it('reads CSV with a header row, quoted cells and CRLF', () => {
      const text =
        'diagnosticScenario,title,description\r\nVmRestarted,"Restarts, often","He said ""restart"""\r\n\r\n,No scenario,x\r\n';
      const { entries, problems } = parseCatalogueFile(text, 'team.csv');
      assert.deepStrictEqual(entries, [
        { diagnosticScenario: 'VmRestarted', title: 'Restarts, often', description: 'He said "restart"' },
      ]);
      assert.deepStrictEqual(
        problems.map((p) => [p.message, text.slice(p.start, p.start + 12)]),
        [['This row has no diagnosticScenario.', ',No scenario']],
      );
      assert.match(
        parseCatalogueFile('name,title\nA,B\n', 'x.csv').problems[0].message,
        /must include "diagnosticScenario" \(found: name, title\)/,
      );
    });
  });

  it('bundles the scenarios in public use, with their services and counts', () => {
    const bundled = bundledCatalogue();
    assert.ok(bundled.length > 900, String(bundled.length));
    const health = bundled.find((e) => e.diagnosticScenario === 'health_diagnostic')!;
    assert.strictEqual(health.articles, 460);
    assert.strictEqual(health.service, 'microsoft.network');
    assert.deepStrictEqual(health.sources, [{ source: 'bundled' }]);
  });

  it("merges the sources: one entry a scenario whatever its case, the team's words first, every source kept", () => {
    const merged = mergeCatalogue(
      [
        {
          file: 'selfhelp-catalogue.json',
          entries: [
            { diagnosticScenario: 'HEALTH_DIAGNOSTIC', title: 'Health of the resource' },
            { diagnosticScenario: 'TeamOnly' },
          ],
        },
      ],
      [
        { diagnosticScenario: 'health_diagnostic', service: 'microsoft.web' },
        { diagnosticScenario: 'LocalOnly', service: 'microsoft.web' },
      ],
    );
    const health = merged.find((e) => e.diagnosticScenario.toLowerCase() === 'health_diagnostic')!;
    assert.strictEqual(health.title, 'Health of the resource');
    assert.strictEqual(health.articles, 461);
    assert.deepStrictEqual(health.sources, [
      { source: 'team', file: 'selfhelp-catalogue.json' },
      { source: 'bundled' },
      { source: 'workspace' },
    ]);
    assert.deepStrictEqual(
      merged.find((e) => e.diagnosticScenario === 'LocalOnly'),
      { diagnosticScenario: 'LocalOnly', service: 'microsoft.web', articles: 1, sources: [{ source: 'workspace' }] },
    );
    assert.strictEqual(mergeCatalogue([], [], false).length, 0);
  });

  it("ranks the article's service and resource first, then the team's, then by use", () => {
    const entries = mergeCatalogue(
      [{ file: 't.json', entries: [{ diagnosticScenario: 'Team' }] }],
      [
        { diagnosticScenario: 'SameService', service: 'microsoft.web' },
        { diagnosticScenario: 'SameResource', service: 'Microsoft.Web', resource: 'sites' },
      ],
      false,
    );
    assert.deepStrictEqual(
      rankCatalogue(entries, { service: 'microsoft.web', resource: 'Sites' }).map((e) => e.diagnosticScenario),
      ['SameResource', 'SameService', 'Team'],
    );
  });

  it('knows the ownershipId most used for a service', () => {
    assert.strictEqual(likelyOwnershipId('Microsoft.DocumentDB'), 'AzureData_AzureCosmosDB');
    assert.strictEqual(likelyOwnershipId('no.such.service'), undefined);
    assert.strictEqual(likelyOwnershipId(undefined), undefined);
  });
});
