import * as assert from 'assert';
import { parseArticle } from '../../src/core/parse/article';
import { setAttribute } from '../../src/core/authoring/edit-attribute';
import { applyEdits } from '../../src/core/lint/fix';

const set = (text: string, name: string, value: string) => {
  const edits = setAttribute(parseArticle(text), name, value);
  return edits && applyEdits(text, edits);
};

describe('setting an attribute', () => {
  it('replaces just the value, keeping the quotes and the name as written', () => {
    assert.strictEqual(
      set('<properties\n\tdiagnosticscenario="Old"\n\tselfHelpType=\'diagnostics\'\n/>\n', 'diagnosticScenario', 'New'),
      '<properties\n\tdiagnosticscenario="New"\n\tselfHelpType=\'diagnostics\'\n/>\n',
    );
    assert.strictEqual(
      set("<properties\n  articleId='a'\n/>\n", 'articleId', "it's"),
      "<properties\n  articleId='it&#39;s'\n/>\n",
    );
  });

  it('adds a missing attribute where the template puts it, indented like its neighbours', () => {
    const text = '<properties\n    pageTitle="T"\n    articleId="a"\n    selfHelpType="diagnostics"\n/>\n# T\n';
    assert.strictEqual(
      set(text, 'diagnosticScenario', 'VmRestarted'),
      '<properties\n    pageTitle="T"\n    articleId="a"\n    selfHelpType="diagnostics"\n    diagnosticScenario="VmRestarted"\n/>\n# T\n',
    );
    assert.strictEqual(
      set(text, 'description', 'D'),
      '<properties\n    pageTitle="T"\n    description="D"\n    articleId="a"\n    selfHelpType="diagnostics"\n/>\n# T\n',
    );
    assert.strictEqual(
      set('<properties\n\tselfHelpType="generic"\n/>\n', 'pageTitle', 'First'),
      '<properties\n\tpageTitle="First"\n\tselfHelpType="generic"\n/>\n',
    );
  });

  it('keeps attributes written on one line on one line', () => {
    assert.strictEqual(
      set('<properties pageTitle="T" selfHelpType="generic" />\n', 'articleId', 'x'),
      '<properties pageTitle="T" articleId="x" selfHelpType="generic" />\n',
    );
  });

  it('gives an attribute without a value one, and an empty block its first attribute', () => {
    assert.strictEqual(
      set('<properties\n\tarticleId\n\tselfHelpType="generic"\n/>\n', 'articleId', 'x'),
      '<properties\n\tarticleId="x"\n\tselfHelpType="generic"\n/>\n',
    );
    assert.strictEqual(set('<properties\n/>\n', 'articleId', 'x'), '<properties\n\n\tarticleId="x"\n/>\n');
    assert.strictEqual(set('# No block\n', 'articleId', 'x'), undefined);
  });
});
