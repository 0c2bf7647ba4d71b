import * as assert from 'assert';
import { parseConfig, resolveConfig, type ConfigProblem } from '../../src/core/lint/config';
import { applyFixes } from '../../src/core/lint/fix';
import { lintProject, lintText } from '../../src/core/lint/lint';
import type { Finding } from '../../src/core/lint/rule';
import { article } from '../helpers/article';

const rules = (text: string, config = resolveConfig(undefined)) =>
  lintText(text, { path: 'a/b.md' }, config).findings.map((f) => f.rule);

describe('configuration', () => {
  it('turns rules off and changes severities by id or slug', () => {
    const text = article({ description: '' }).replace('articleId=', 'articleid=');
    assert.deepStrictEqual(rules(text).sort(), ['SH109', 'SH116']);
    const config = resolveConfig({ rules: { SH109: 'off', 'description-missing': 'error' } });
    const findings = lintText(text, {}, config).findings;
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, f.severity]),
      [['SH116', 'error']],
    );
  });

  it('reports unknown rules and bad settings instead of ignoring them', () => {
    const problems: ConfigProblem[] = [];
    resolveConfig({ rules: { SH999: 'off', SH109: 'loud' as never } }, problems);
    assert.strictEqual(problems.length, 2);
    const parseProblems: ConfigProblem[] = [];
    parseConfig('{ not json', parseProblems);
    parseConfig('[]', parseProblems);
    assert.strictEqual(parseProblems.length, 2);
    const listProblems: ConfigProblem[] = [];
    const config = parseConfig(
      '{ "words": "contoso", "internalHosts": [1], "rules": { "SH109": "off" } }',
      listProblems,
    );
    assert.deepStrictEqual(
      listProblems.map((p) => p.message.split(':')[0]),
      [
        '"words" must be a list of words.',
        '"internalHosts" must be a list of hosts ("*.contoso-corp.net", "dev.azure.com/contoso/").',
      ].map((m) => m.split(':')[0]),
    );
    assert.deepStrictEqual(config, { rules: { SH109: 'off' } }, 'the rest of the file still counts');
    assert.deepStrictEqual(parseConfig('{ "internalHosts": ["*.contoso-corp.net", " "] }', []), {
      rules: undefined,
      internalHosts: ['*.contoso-corp.net'],
    });
  });
});

describe('inline comments', () => {
  const body = (middle: string) => `# T\n\n${middle}\n`;
  const alert = '> [!NOTE]\n> text';

  it('selfhelp-disable … selfhelp-enable covers the lines between', () => {
    const text = article(
      {},
      body(`<!-- selfhelp-disable no-alert -->\n${alert}\n<!-- selfhelp-enable no-alert -->\n\n${alert}`),
    );
    const findings = lintText(text, {}).findings.filter((f) => f.rule === 'SH217');
    assert.strictEqual(findings.length, 1);
    assert.ok(text.slice(0, findings[0].start).includes('selfhelp-enable'));
  });

  it('selfhelp-disable-next-line and a bare disable for all rules', () => {
    assert.ok(!rules(article({}, body(`<!-- selfhelp-disable-next-line SH217 -->\n${alert}`))).includes('SH217'));
    assert.ok(rules(article({}, body(`<!-- selfhelp-disable-next-line SH218 -->\n${alert}`))).includes('SH217'));
    assert.deepStrictEqual(rules('<!-- selfhelp-disable -->\n' + article({ description: '' })), []);
  });

  it('turns project rules off for the file that asks', () => {
    const a = lintText(article(), { path: 'a.md' }).facts!;
    const b = lintText('<!-- selfhelp-disable duplicate-article-id -->\n' + article(), { path: 'b.md' }).facts!;
    assert.deepStrictEqual(
      lintProject([a, b])
        .filter((f) => f.rule === 'SH502')
        .map((f) => f.path),
      ['a.md'],
    );
  });
});

describe('project rules', () => {
  it('a duplicate articleId, in any case, is reported in both files with the other as related', () => {
    const a = lintText(article(), { path: 'x/a.md' }).facts!;
    const b = lintText(article({ articleId: 'VM-DOES-NOT-START-0001' }), { path: 'y/b.md' }).facts!;
    const c = lintText(article({ articleId: 'other' }), { path: 'y/c.md' }).facts!;
    const findings = lintProject([a, b, c]).filter((f) => f.rule === 'SH502');
    assert.deepStrictEqual(
      findings.map((f) => [f.path, f.related.map((r) => r.path)]),
      [
        ['x/a.md', ['y/b.md']],
        ['y/b.md', ['x/a.md']],
      ],
    );
    assert.deepStrictEqual(findings[0].start, { line: 9, character: 12 });
  });

  it('duplicate displayOrder within one service and resource, and reused file names', () => {
    const facts = [
      lintText(article({ displayOrder: '3' }), { path: 'x/a.md' }).facts!,
      lintText(article({ displayOrder: '3', articleId: 'b' }), { path: 'y/a.md' }).facts!,
      lintText(article({ displayOrder: '3', articleId: 'c', resource: 'disks' }), { path: 'z/c.md' }).facts!,
    ];
    const findings = lintProject(facts);
    assert.deepStrictEqual(
      findings.filter((f) => f.rule === 'SH503').map((f) => f.path),
      ['x/a.md', 'y/a.md'],
    );
    assert.deepStrictEqual(
      findings.filter((f) => f.rule === 'SH504').map((f) => f.path),
      ['x/a.md', 'y/a.md'],
    );
  });
});

describe('applyFixes', () => {
  const finding = (start: number, end: number, text: string): Finding => ({
    rule: 'SH000',
    severity: 'warning',
    messageId: 'test',
    message: '',
    start,
    end,
    fix: { title: '', edits: [{ start, end, text }] },
  });

  it('applies every fix that does not overlap another, in one pass', () => {
    assert.strictEqual(
      applyFixes('abcdef', [finding(4, 5, 'E'), finding(0, 1, 'A'), finding(2, 2, '-')]).text,
      'Ab-cdEf',
    );
  });

  it('drops a fix that overlaps one already taken, and reports which were applied', () => {
    const result = applyFixes('abcdef', [
      finding(1, 3, 'X'),
      finding(2, 4, 'Y'),
      finding(5, 5, '!'),
      finding(5, 5, '?'),
    ]);
    assert.strictEqual(result.text, 'aXde!f');
    assert.strictEqual(result.fixed.length, 2);
  });
});
