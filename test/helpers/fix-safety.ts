/**
 * The promise every fix makes, checked on one text as `--fix` and "Fix All" apply them: no finding that was not there
 * before (same rule and message, same place once the edits are mapped back), no fix left on offer (a finding reported
 * fixable is one `--fix` takes away), a second run changes nothing, and the text outside the edits, line endings
 * included, stays as it was.
 */
import { parseArticle, type SourceInfo } from '../../src/core/parse/article';
import { resolveConfig } from '../../src/core/lint/config';
import { fixArticle, mapOffsetBack, type FixOutcome } from '../../src/core/lint/fix';
import { lintArticle } from '../../src/core/lint/lint';
import type { TextEdit } from '../../src/core/lint/rule';

const config = resolveConfig(undefined);

/** What went wrong, one line each; empty when the fixes kept their promise. */
export function fixSafetyProblems(text: string, source: SourceInfo = {}): string[] {
  return checkFixes(text, source).problems;
}

/** How many fixes --fix applies to the text, and what went wrong. */
export function checkFixes(text: string, source: SourceInfo = {}): { fixed: number; problems: string[] } {
  const before = lintArticle(parseArticle(text, source), config);
  if (!before.article.block) return { fixed: 0, problems: [] };
  if (!before.findings.some((f) => f.fix)) return { fixed: 0, problems: [] };
  const outcome = fixArticle(text, source, config, before.findings);
  return { fixed: outcome.fixed, problems: problemsOfOutcome(text, source, outcome) };
}

/** The same checks for any outcome, also one made by hand (which shows the checks are not blind). */
export function problemsOfOutcome(text: string, source: SourceInfo, outcome: FixOutcome): string[] {
  const before = lintArticle(parseArticle(text, source), config);
  const problems: string[] = [];
  let current = text;
  for (const edits of outcome.passes) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    problems.push(...lineEndingProblems(current, sorted), ...outsideEditsChanged(current, sorted));
    current = applySorted(current, sorted);
  }
  if (current !== outcome.text) problems.push('the passes do not add up to the fixed text');

  const after = lintArticle(parseArticle(outcome.text, source), config);
  const lines = before.article.lines;
  const same = (a: { rule: string; messageId: string }, b: { rule: string; messageId: string }) =>
    a.rule === b.rule && a.messageId === b.messageId;
  for (const finding of after.findings) {
    // Mapped back to the original text through every pass, it must meet a finding of its rule and message id there.
    const { start: from, end: to } = mapSpanBack(outcome.passes, finding.start, finding.end);
    const first = lines.positionAt(from).line;
    if (!before.findings.some((known) => same(known, finding) && known.start <= to && from <= known.end)) {
      problems.push(`new ${finding.rule} on line ${first + 1} after the fixes: ${finding.message}`);
    }
    // Fixable means --fix applies it: a fix still offered is one --fix refused (it would add a finding) or could not
    // reach; the rule must not offer it.
    if (finding.fix)
      problems.push(`${finding.rule} on line ${first + 1} is still fixable after --fix: ${finding.message}`);
  }
  const again = fixArticle(outcome.text, source, config, after.findings);
  if (again.text !== outcome.text) problems.push('a second --fix changes the text again');
  return problems;
}

function applySorted(text: string, edits: TextEdit[]): string {
  let out = '';
  let position = 0;
  for (const edit of edits) {
    out += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return out + text.slice(position);
}

/** A fix in a file with CRLF line endings writes CRLF, and one with LF endings writes LF. */
function lineEndingProblems(text: string, edits: TextEdit[]): string[] {
  const crlf = text.includes('\r\n');
  return edits.flatMap((edit) => {
    const bareLf = /(^|[^\r])\n/.test(edit.text);
    const hasCrlf = edit.text.includes('\r\n');
    if (crlf && bareLf) return [`an edit at ${edit.start} writes a bare LF into a file with CRLF line endings`];
    if (!crlf && hasCrlf) return [`an edit at ${edit.start} writes CRLF into a file with LF line endings`];
    return [];
  });
}

/** The pieces between edits come out unchanged and in order. */
function outsideEditsChanged(text: string, edits: TextEdit[]): string[] {
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].start < edits[i - 1].end) return [`edits at ${edits[i - 1].start} and ${edits[i].start} overlap`];
  }
  return edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length)
    ? []
    : ['an edit lies outside the text'];
}

/** A span of the fixed text mapped back to the original through every pass; inside a replacement it widens to it. */
function mapSpanBack(passes: readonly TextEdit[][], start: number, end: number): { start: number; end: number } {
  let span = { start, end };
  for (let p = passes.length - 1; p >= 0; p--) {
    const edits = [...passes[p]].sort((a, b) => a.start - b.start);
    span = { start: mapOffsetBack(edits, span.start, 'start'), end: mapOffsetBack(edits, span.end, 'end') };
  }
  return span;
}
