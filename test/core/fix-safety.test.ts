import * as assert from 'assert';
import { resolveConfig } from '../../src/core/lint/config';
import { applyEdits, differenceEdit, fixArticle } from '../../src/core/lint/fix';
import { lintText } from '../../src/core/lint/lint';
import { article, withBody } from '../helpers/article';
import { ruleFaults } from '../helpers/rule-cases';
import { fixSafetyProblems, problemsOfOutcome } from '../helpers/fix-safety';

const PATH = { path: 'articles/microsoft.compute/vm-does-not-start.md' };
const config = resolveConfig(undefined);
const findingsOf = (text: string, rule: string) => lintText(text, PATH).findings.filter((f) => f.rule === rule);

describe('fixes never make an article worse', () => {
  describe("every rule's invalid cases, with LF and with CRLF line endings", () => {
    for (const testCase of ruleFaults()) {
      it(`${testCase.rule}: ${testCase.name}`, () => {
        const source = { ...testCase.source, path: testCase.path ?? PATH.path };
        assert.deepStrictEqual(fixSafetyProblems(testCase.text, source), [], 'LF');
        assert.deepStrictEqual(fixSafetyProblems(testCase.text.replace(/\n/g, '\r\n'), source), [], 'CRLF');
      });
    }
  });

  it('the checks see a fix that makes an article worse (a control: they are not blind)', () => {
    const text = article();
    const title = '# Virtual machine does not start';
    const at = text.indexOf(title);
    const removeTitle = { start: at, end: at + 2, text: '## ' };
    const worse = text.slice(0, at) + '## ' + text.slice(at + 2);
    const problems = problemsOfOutcome(text, PATH, { text: worse, fixed: 1, passes: [[removeTitle]], findings: [] });
    assert.ok(
      problems.some((p) => p.startsWith('new SH201')),
      problems.join('\n'),
    );
    const bareLf = problemsOfOutcome(text.replace(/\n/g, '\r\n'), PATH, {
      text: '',
      fixed: 1,
      passes: [[{ start: 0, end: 0, text: 'a\nb' }]],
      findings: [],
    });
    assert.ok(
      bareLf.some((p) => p.includes('bare LF')),
      bareLf.join('\n'),
    );
  });

  it('the only H1 written as "# Recommended Steps" gets no fix: it would leave the article without a title', () => {
    const text = withBody('# Virtual machine does not start', '# Recommended Steps');
    const [finding] = findingsOf(text, 'SH205').filter((f) =>
      text.slice(f.start, f.end).startsWith('# Recommended Steps'),
    );
    assert.ok(finding, 'SH205 still reports it');
    assert.strictEqual(finding.fix, undefined);
    assert.deepStrictEqual(fixSafetyProblems(text, PATH), []);
  });

  it('an H1 "# Recommended Steps" beside the real title is fixed', () => {
    const text = withBody('## **Recommended Steps**', '# Recommended Steps');
    const [finding] = findingsOf(text, 'SH205');
    assert.ok(finding?.fix);
  });

  it('"#Text" gets no space when the article has an H1 already (it would become a second H1)', () => {
    const text = withBody('1. Restart', '#Collection create\n\n1. Restart');
    const [finding] = findingsOf(text, 'SH202');
    assert.ok(finding, 'still reported');
    assert.strictEqual(finding.fix, undefined);
  });

  it('"##Heading" inside an issueDescription block gets no space (the block holds plain text)', () => {
    const text = withBody('stopped at', '\n##Mitigation\nstopped at');
    const [finding] = findingsOf(text, 'SH202');
    assert.ok(finding, 'still reported');
    assert.strictEqual(finding.fix, undefined);
  });

  it('"##Recommended steps" is written as the canonical heading in one step', () => {
    const text = withBody('## **Recommended Steps**', '##Recommended steps');
    const [finding] = findingsOf(text, 'SH202');
    assert.strictEqual(finding.fix?.title, 'Change to ## **Recommended Steps**');
    const outcome = fixArticle(text, PATH, config);
    assert.ok(outcome.text.includes('\n## **Recommended Steps**\n'));
    assert.strictEqual(outcome.passes.length, 1);
  });

  it('a missing attribute is a suggestion, not a fix: its value is for the author to write', () => {
    for (const [rule, name, text] of [
      ['SH112', 'ownershipId', article({ ownershipId: undefined })],
      ['SH116', 'description', article({ description: undefined })],
      ['SH113', 'selfHelpType', article({ selfHelpType: undefined })],
      ['SH114', 'cloudEnvironments', article({ cloudEnvironments: undefined })],
    ]) {
      const [finding] = findingsOf(text, rule);
      assert.ok(finding, `${rule} reported`);
      assert.strictEqual(finding.fix, undefined, rule);
      assert.deepStrictEqual(
        finding.suggestions?.map((s) => s.title),
        [`Add ${name}=""`],
        rule,
      );
      assert.strictEqual(fixArticle(text, PATH, config).text.includes(`${name}=""`), false, `${rule}: --fix leaves it`);
    }
  });

  it('an aka.ms link written without its scheme is reported as the short link it is (so prefixing https:// adds nothing new)', () => {
    const text = withBody(
      'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error',
      'aka.ms/vmboot',
    );
    assert.strictEqual(findingsOf(text, 'SH302').length, 1);
    assert.strictEqual(findingsOf(text, 'SH307').length, 1);
    assert.deepStrictEqual(fixSafetyProblems(text, PATH), []);
  });

  it('fixes that overlap are applied over several passes, so one --fix leaves nothing fixable', () => {
    // Joining the lines of the title (SH111) and removing its final period (SH117) edit the same value.
    const text = article({ pageTitle: 'Virtual machine does not start.\nRestart it if needed.' });
    const outcome = fixArticle(text, PATH, config);
    assert.ok(outcome.passes.length >= 2, `passes: ${outcome.passes.length}`);
    assert.ok(
      outcome.text.includes('pageTitle="Virtual machine does not start. Restart it if needed"'),
      outcome.text.slice(0, 200),
    );
    assert.deepStrictEqual(
      lintText(outcome.text, PATH).findings.filter((f) => f.fix),
      [],
    );
    assert.deepStrictEqual(fixSafetyProblems(text, PATH), []);
  });

  it('a block never closed gets no fix (its end is a guess), only the suggestion that closes it; nor do bytes that were not UTF-8', () => {
    const stopsAtBody = article().replace('articleId=', 'articleid=').replace('\n/>', '');
    const findings = lintText(stopsAtBody, PATH).findings;
    assert.deepStrictEqual(
      findings.filter((f) => f.fix),
      [],
      'no fix while the block is open',
    );
    assert.strictEqual(fixArticle(stopsAtBody, PATH, config).fixed, 0);
    const closing = findings.find((f) => f.rule === 'SH101')?.suggestions?.[0];
    assert.ok(closing, 'the closing is suggested');
    const closed = applyEdits(stopsAtBody, closing.edits);
    assert.strictEqual(fixArticle(closed, PATH, config).text, article(), 'closed, then --fix renames articleid');
    const endsInside = '<properties\n\tarticleid="vm-1"\n\tpageTitle="Slow VM"\n';
    assert.strictEqual(findingsOf(endsInside, 'SH101')[0]?.suggestions, undefined, 'no place to close it is clear');
    const lower = article().replace('articleId=', 'articleid=');
    assert.ok(fixArticle(lower, PATH, config).fixed > 0, 'the same fault in a closed block is fixed');
    assert.deepStrictEqual(
      lintText(lower, { ...PATH, invalidUtf8: true, invalidUtf8Offset: 3 }).findings.filter((f) => f.fix),
      [],
      'nothing offered in a text decoded with replacement characters',
    );
  });

  it('an unclosed issueDescription is the finding (not what it swallows), closed after its paragraph', () => {
    const text = withBody('<!--/issueDescription-->\n', '');
    assert.deepStrictEqual(
      lintText(text, PATH).findings.map((f) => f.rule),
      ['SH207'],
    );
    assert.strictEqual(fixArticle(text, PATH, config).text, article());
  });

  describe('issueDescription markers written the wrong way round (the root cause of blocks "never closed" that --fix left)', () => {
    const OPEN = '<!--issueDescription-->';
    const CLOSE = '<!--/issueDescription-->';
    const swap = (first: string, second: string) =>
      article().replace(OPEN, '\0first').replace(CLOSE, second).replace('\0first', first);

    for (const [name, first, second] of [
      ['a closing marker written as a second opener', OPEN, OPEN],
      ['an opening marker written as a closer', CLOSE, CLOSE],
      ["the two markers in each other's place", CLOSE, OPEN],
    ]) {
      it(`${name}: each marker written as what it plainly means, reported fixable and fixed`, () => {
        const text = swap(first, second);
        const findings = findingsOf(text, 'SH207');
        assert.ok(findings.length >= 1 && findings.every((f) => f.fix), findings.map((f) => f.message).join('\n'));
        assert.strictEqual(fixArticle(text, PATH, config).text, article());
        assert.deepStrictEqual(fixSafetyProblems(text, PATH), []);
      });
    }

    it('no fix where which marker is the stray is for the author: a heading between, or a block closed beside it', () => {
      const headingBetween = article()
        .replace(CLOSE, '')
        .replace('## **Recommended Steps**', `## **Recommended Steps**\n\n${OPEN}`);
      assert.ok(findingsOf(headingBetween, 'SH207').every((f) => !f.fix));
      const besideBlock = article().replace(
        '# Virtual machine does not start',
        `# Virtual machine does not start\n\n${OPEN}\nA stray opener.\n`,
      );
      assert.deepStrictEqual(
        findingsOf(besideBlock, 'SH207').map((f) => f.fix),
        [undefined],
        'closing it would make two blocks',
      );
    });

    it('a Recommended heading inside the block is no fixable heading (made bold, it would be bold text in the issue description)', () => {
      const text = article().replace(`${OPEN}\n`, `${OPEN}\n## Recommended steps\n`);
      assert.deepStrictEqual(
        findingsOf(text, 'SH205').map((f) => f.fix),
        [undefined],
      );
      assert.deepStrictEqual(fixSafetyProblems(text, PATH), []);
    });
  });

  it('the safety check compares findings by rule and message: the same rule with another message at the same place is new', () => {
    const text = article().replace('<!--issueDescription-->\n', '<!--issueDescription-->\n### A heading\n');
    const at = text.indexOf('### A heading');
    const bolded = text.slice(0, at) + '**A heading**' + text.slice(at + '### A heading'.length);
    const problems = problemsOfOutcome(text, PATH, {
      text: bolded,
      fixed: 1,
      passes: [[{ start: at, end: at + '### A heading'.length, text: '**A heading**' }]],
      findings: [],
    });
    assert.ok(
      problems.some((p) => /^new SH209 .*bold/.test(p)),
      problems.join('\n'),
    );
  });

  it('an indented article is one finding that names the cause (not "no H1"), fixed by removing the indentation', () => {
    const text = article().replace(/^(?=.)/gm, '    ');
    const findings = lintText(text, PATH).findings;
    assert.deepStrictEqual(
      findings.map((f) => f.rule),
      ['SH219'],
    );
    assert.match(
      findings[0].message,
      /indented by 4 spaces: Markdown shows the whole article as one block of raw text/,
    );
    assert.strictEqual(fixArticle(text, PATH, config).text, article());
    const listContinuation = withBody('2. Open', '2. Open\n\n    More about it.\n3. Open');
    assert.deepStrictEqual(findingsOf(listContinuation, 'SH219'), [], 'indented lines inside a body are no finding');
  });

  it('differenceEdit spans only what changed', () => {
    assert.deepStrictEqual(differenceEdit('abcdef', 'abXYef'), { start: 2, end: 4, text: 'XY' });
    assert.deepStrictEqual(differenceEdit('aaa', 'aaaa'), { start: 3, end: 3, text: 'a' });
    assert.strictEqual(differenceEdit('same', 'same'), undefined);
  });
});
