/**
 * What must hold for any text at all: the core never throws and answers in time (1 s + 2 s per MB), every finding's
 * range lies inside the text and findings come in order, the edits of a fix never overlap, the fixes keep their
 * promise (see fixSafety), and the preview's HTML carries nothing that runs or loads from the article.
 */
import { parseArticle, type Article } from '../../src/core/parse/article';
import { lintArticle, type LintResult } from '../../src/core/lint/lint';
import { context } from '../helpers/speller';
import { renderArticle } from '../../src/core/render/article';
import type { Fix } from '../../src/core/lint/rule';
import { fixSafetyProblems } from '../helpers/fix-safety';
import { unsafeParts } from '../helpers/hostile';

const PATH = 'articles/microsoft.compute/fuzzed.md';

/** The core under test; the control test hands in a broken one to show the properties see what breaks. */
export interface Core {
  lint(text: string): LintResult;
  renderHtml(article: Article): string;
}

// The rules over words run too: the speller the CLI and the editor load.
const spellingContext = context();

const realCore: Core = {
  lint: (text) => lintArticle(parseArticle(text, { path: PATH }), undefined, spellingContext),
  renderHtml: (article) => renderArticle(article).html,
};

/** The broken properties of one text, one line each (empty: all hold). Never throws: a throw is itself reported. */
export function propertyViolations(text: string, core: Core = realCore): string[] {
  try {
    return violations(text, core);
  } catch (error) {
    return [`threw: ${(error as Error)?.stack ?? error}`];
  }
}

function violations(text: string, core: Core): string[] {
  const problems: string[] = [];
  const budget = 1000 + (2000 * text.length) / 1_000_000;
  const started = performance.now();
  const result = core.lint(text);
  const took = performance.now() - started;
  if (took > budget) problems.push(`checked in ${took.toFixed(0)} ms, over the ${budget.toFixed(0)} ms budget`);
  problems.push(...result.internalErrors.map((e) => `rule threw: ${e}`));
  let previous = -1;
  for (const finding of result.findings) {
    if (!(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length))
      problems.push(`${finding.rule} range ${finding.start}-${finding.end} outside the text (${text.length})`);
    if (finding.start < previous) problems.push(`${finding.rule} at ${finding.start} out of order`);
    previous = finding.start;
    for (const fix of [finding.fix, ...(finding.suggestions ?? [])])
      if (fix) problems.push(...editProblems(finding.rule, fix, text.length));
  }
  if (!result.article.block) return problems;
  problems.push(...fixSafetyProblems(text, { path: PATH }));
  const unsafe = unsafeParts(core.renderHtml(result.article));
  if (unsafe.length) problems.push(`the preview's HTML carries ${unsafe.slice(0, 3).join(', ')}`);
  return problems;
}

function editProblems(rule: string, fix: Fix, length: number): string[] {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const problems: string[] = [];
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i];
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= length))
      problems.push(`${rule} fix edit ${edit.start}-${edit.end} outside the text`);
    if (i > 0 && edit.start < edits[i - 1].end) problems.push(`${rule} fix "${fix.title}" has overlapping edits`);
  }
  return problems;
}
