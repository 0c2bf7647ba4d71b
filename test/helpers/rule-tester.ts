/**
 * One rule held to exact results, as ESLint's RuleTester does: valid texts report nothing; each invalid text reports
 * exactly these findings (message, 1-based line and column, end), its fixes applied together give exactly `output`,
 * and each suggestion applied alone gives exactly its text. Only the rule under test runs.
 */
import * as assert from 'assert';
import { applyFixes } from '../../src/core/lint/fix';
import { factsOfText, lintProject, lintText } from '../../src/core/lint/lint';
import type { Finding, ProjectRule, Rule } from '../../src/core/lint/rule';
import type { SourceInfo } from '../../src/core/parse/article';
import type { LineIndex } from '../../src/core/text/source-text';
import { context } from './speller';

const DEFAULT_PATH = 'articles/microsoft.compute/vm-does-not-start.md';

export interface ValidCase {
  name: string;
  text: string;
  path?: string;
  /** How the bytes were read (the file was not UTF-8, say). */
  source?: Omit<SourceInfo, 'path'>;
}

export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after every fix of the rule is applied (required for a fixable rule; absent: no finding has a fix). */
  output?: string;
  /** The text after each suggestion, in the order the findings and their suggestions come. */
  suggestions?: { title: string; output: string }[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Registered rules and their cases, for the meta-test. */
export const TESTED = new Map<string, RuleCases>();

export function run(
  rule: Rule,
  { text, path = DEFAULT_PATH, source }: ValidCase,
): { findings: Finding[]; lines: LineIndex } {
  const result = lintText(text, { ...source, path }, new Map([[rule.id, rule.severity]]), context());
  assert.deepStrictEqual(result.internalErrors, [], 'the rule keeps its contract');
  return { findings: result.findings.filter((f) => f.rule === rule.id), lines: result.article.lines };
}

/**
 * An invalid case's findings held exactly: each message and place, the text after the fixes (none offered without
 * `output`), the text after each suggestion.
 */
export function assertExactFindings(findings: readonly Finding[], lines: LineIndex, invalid: InvalidCase): void {
  const place = (offset: number): [number, number] => {
    const p = lines.positionAt(offset);
    return [p.line + 1, p.character + 1];
  };
  assert.deepStrictEqual(
    findings.map((f) => {
      const [line, column] = place(f.start);
      const [endLine, endColumn] = place(f.end);
      return { message: f.message, line, column, endLine, endColumn };
    }),
    invalid.errors,
  );
  const fixable = findings.filter((f) => f.fix);
  if (invalid.output === undefined)
    assert.deepStrictEqual(
      fixable.map((f) => f.message),
      [],
      'no fix offered',
    );
  else assert.strictEqual(applyFixes(invalid.text, fixable).text, invalid.output);
  const suggestions = findings.flatMap((f) => (f.suggestions ?? []).map((s) => ({ finding: f, suggestion: s })));
  assert.deepStrictEqual(
    suggestions.map(({ finding, suggestion }) => ({
      title: suggestion.title,
      output: applyFixes(invalid.text, [{ ...finding, fix: suggestion }]).text,
    })),
    invalid.suggestions ?? [],
  );
}

export function ruleTester(rule: Rule, cases: RuleCases): void {
  TESTED.set(rule.id, cases);
  describe(`${rule.id} ${rule.slug}`, () => {
    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, () => {
        const { findings } = run(rule, valid);
        assert.deepStrictEqual(
          findings.map((f) => f.message),
          [],
        );
      });
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, () => {
        const { findings, lines } = run(rule, invalid);
        assertExactFindings(findings, lines, invalid);
      });
    }
  });
}

/** Where `search` first occurs in `text`, as an expected finding's 1-based line, column, end line and end column. */
export function spanOf(text: string, search: string): Omit<ExpectedFinding, 'message'> {
  const offset = text.indexOf(search);
  assert.ok(offset >= 0, `the text holds "${search}"`);
  const place = (at: number) => {
    const lines = text.slice(0, at).split('\n');
    return [lines.length, lines[lines.length - 1].length + 1];
  };
  const [line, column] = place(offset);
  const [endLine, endColumn] = place(offset + search.length);
  return { line, column, endLine, endColumn };
}

/** The text with one place, found once only, written otherwise: an output read as the change it makes. */
export function replaced(text: string, search: string, replacement: string): string {
  assert.strictEqual(text.split(search).length, 2, `"${search}" occurs once`);
  return text.replace(search, () => replacement);
}

export interface ProjectCase {
  name: string;
  articles: { path: string; text: string }[];
}

export interface ProjectInvalidCase extends ProjectCase {
  errors: (ExpectedFinding & { path: string; related: string[] })[];
}

/** A rule over many articles, held the same way: each article read for its facts, the findings exact. */
export function projectRuleTester(
  rule: ProjectRule,
  cases: { valid: ProjectCase[]; invalid: ProjectInvalidCase[] },
): void {
  TESTED.set(rule.id, {
    valid: cases.valid.map((c) => ({ name: c.name, text: '' })),
    invalid: cases.invalid.map((c) => ({ name: c.name, text: '', errors: c.errors })),
  });
  const findingsOf = (c: ProjectCase) => {
    const facts = c.articles.flatMap((a) => factsOfText(a.text, { path: a.path }) ?? []);
    return lintProject(facts, new Map([[rule.id, rule.severity]])).map((f) => ({
      path: f.path,
      message: f.message,
      line: f.start.line + 1,
      column: f.start.character + 1,
      endLine: f.end.line + 1,
      endColumn: f.end.character + 1,
      related: f.related.map((r) => `${r.path}:${r.start.line + 1}:${r.start.character + 1} ${r.message}`),
    }));
  };
  describe(`${rule.id} ${rule.slug}`, () => {
    for (const valid of cases.valid) it(`valid: ${valid.name}`, () => assert.deepStrictEqual(findingsOf(valid), []));
    for (const invalid of cases.invalid)
      it(`invalid: ${invalid.name}`, () => assert.deepStrictEqual(findingsOf(invalid), invalid.errors));
  });
}
