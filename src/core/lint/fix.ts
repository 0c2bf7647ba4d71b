/** Applies fixes as text edits: a fix whose span overlaps one taken before is dropped whole. */
import { parseArticle, type Article, type SourceInfo } from '../parse/article';
import type { ResolvedConfig } from './config';
import { lintArticle } from './lint';
import type { Finding, TextEdit } from './rule';
import { applyEdits, mapOffsetBack } from '../text/edits';

export { applyEdits, mapOffsetBack };

interface Cover {
  start: number;
  end: number;
}

function coverOf(edits: readonly TextEdit[]): Cover {
  return { start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)) };
}

/** Two covers collide when they share text, or when both touch the same point (two insertions at one place). */
function collides(a: Cover, b: Cover): boolean {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start || a.end === b.end;
}

export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: Finding[] } {
  const candidates = findings
    .filter(
      (f) => f.fix?.edits.length && f.fix.edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length),
    )
    .map((finding) => ({ finding, cover: coverOf(finding.fix!.edits) }))
    .sort((a, b) => a.cover.start - b.cover.start || a.cover.end - b.cover.end);
  const accepted: typeof candidates = [];
  for (const candidate of candidates) {
    const previous = accepted[accepted.length - 1];
    if (previous && (collides(previous.cover, candidate.cover) || candidate.cover.start < previous.cover.end)) continue;
    accepted.push(candidate);
  }
  return {
    text: applyEdits(
      text,
      accepted.flatMap((c) => c.finding.fix!.edits),
    ),
    fixed: accepted.map((c) => c.finding),
  };
}

/** At most this many passes: each pass applies what the one before left fixable (a fix may make another clear). */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  /** The edits of each pass, each in offsets of the text that pass started from. */
  passes: TextEdit[][];
  /** The findings of the fixed text (those of the text as it was when nothing was fixed). */
  findings: readonly Finding[];
}

type Check = (text: string) => readonly Finding[];

/**
 * Applies every fix, then checks the result and fixes again until nothing fixable is left, as `--fix` and "Fix All"
 * do. `findingsOf` is the check (the caller's rules and configuration). A fix that would add a finding the text did
 * not have (alone or beside the others) is left out: it stays a finding for the author.
 */
export function fixText(text: string, findingsOf: Check, only?: (finding: Finding) => boolean): FixOutcome {
  const passes: TextEdit[][] = [];
  let fixed = 0;
  let current = text;
  let findings = findingsOf(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const safe = safeFixesOfPass(current, findings, findingsOf, only);
    if (!safe.fixed.length) break;
    passes.push(safe.fixed.flatMap((f) => f.fix!.edits));
    fixed += safe.fixed.length;
    current = safe.text;
    findings = safe.findings;
  }
  return { text: current, fixed, passes, findings };
}

/**
 * The safe fixes of one pass. Of two overlapping fixes only one is a candidate at a time, so when a candidate is not
 * safe, the fixes it kept out get their turn.
 */
function safeFixesOfPass(
  text: string,
  findings: readonly Finding[],
  findingsOf: Check,
  only?: (finding: Finding) => boolean,
): SafeSet {
  const rejected = new Set<Finding>();
  for (;;) {
    const candidates = applyFixes(
      text,
      findings.filter((f) => !rejected.has(f) && (!only || only(f))),
    ).fixed;
    if (!candidates.length) return { text, fixed: [], findings };
    const safe = safeFixes(text, findings, candidates, findingsOf);
    if (safe.fixed.length) return safe;
    for (const candidate of candidates) rejected.add(candidate);
  }
}

/** Whether this one fix, applied alone, keeps the promise of a fix (adds no finding). */
export function isSafeFix(text: string, findings: readonly Finding[], finding: Finding, findingsOf: Check): boolean {
  return safeFixes(text, findings, [finding], findingsOf).fixed.length === 1;
}

interface SafeSet {
  text: string;
  fixed: Finding[];
  /** The findings of the fixed text. */
  findings: readonly Finding[];
}

/**
 * The candidates that together add no finding: all at once when they are safe (the usual case: one more check),
 * else each half on its own, down to the single fix that is not.
 */
function safeFixes(
  text: string,
  findings: readonly Finding[],
  candidates: readonly Finding[],
  findingsOf: Check,
): SafeSet {
  let accepted: SafeSet = { text, fixed: [], findings };
  const tryAdding = (more: readonly Finding[]): void => {
    if (!more.length) return;
    const fixed = [...accepted.fixed, ...more];
    const edits = fixed.flatMap((f) => f.fix!.edits).sort((a, b) => a.start - b.start);
    const fixedText = applyEdits(text, edits);
    const after = findingsOf(fixedText);
    if (!addsFindings(findings, after, edits)) {
      accepted = { text: fixedText, fixed, findings: after };
      return;
    }
    if (more.length === 1) return;
    const half = Math.ceil(more.length / 2);
    tryAdding(more.slice(0, half));
    tryAdding(more.slice(half));
  };
  tryAdding(candidates);
  return accepted;
}

/**
 * Whether the findings after the edits include one the text before did not have: a finding of the same rule and
 * message whose span, mapped back through the edits, meets the span of one before is the same finding (moved, or
 * with a count in its message changed). A finding of the same rule at the same place with another message is new:
 * "a heading in the issue description" made "bold text in the issue description" is not the same finding.
 */
function addsFindings(before: readonly Finding[], after: readonly Finding[], edits: readonly TextEdit[]): boolean {
  const byRule = new Map<string, Finding[]>();
  for (const finding of before) {
    const same = byRule.get(finding.rule);
    if (same) same.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  return after.some((finding) => {
    const start = mapOffsetBack(edits, finding.start, 'start');
    const end = mapOffsetBack(edits, finding.end, 'end');
    const message = messageShape(finding.message);
    return !(byRule.get(finding.rule) ?? []).some(
      (known) => known.start <= end && start <= known.end && messageShape(known.message) === message,
    );
  });
}

/** A message without its numbers ("pageTitle is 211 characters long" is one message whatever the length). */
export function messageShape(message: string): string {
  return message.replace(/\d+/g, '#');
}

/** One edit from `before` to `after`: the span between their common start and common end. */
export function differenceEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/**
 * Every fix of an article, as `--fix` and "Fix All" apply them; nothing when the file cannot be fixed safely: a block
 * that is not closed (its end is a guess) or bytes that were not UTF-8 (the text is a guess).
 */
export function fixArticle(
  text: string,
  source: SourceInfo,
  config: ResolvedConfig,
  findings?: readonly Finding[],
  only?: (finding: Finding) => boolean,
): FixOutcome {
  return fixParsedArticle(parseArticle(text, source), config, findings, only);
}

/** The same for an article already parsed (and, with `findings`, already checked): it is not read again. */
export function fixParsedArticle(
  article: Article,
  config: ResolvedConfig,
  findings?: readonly Finding[],
  only?: (finding: Finding) => boolean,
): FixOutcome {
  const { text, source, block } = article;
  if (source.invalidUtf8 || !block)
    return { text, fixed: 0, passes: [], findings: findings ?? lintArticle(article, config).findings };
  const open = !block.close || block.problems.some((p) => p.kind === 'missing-close');
  if (!open) return fixText(text, articleCheck(text, article, source, config, findings), only);
  // An open block's end is a guess: only closing it is safe, then the rest is fixed against the closed block.
  const closing = fixText(
    text,
    articleCheck(text, article, source, config, findings),
    (f) => f.rule === 'SH101' && (!only || only(f)),
  );
  const closedArticle = parseArticle(closing.text, source);
  const closed = closedArticle.block;
  if (!closing.fixed || !closed?.close || closed.problems.some((p) => p.kind === 'missing-close')) return closing;
  const rest = fixParsedArticle(closedArticle, config, closing.findings, only);
  return {
    text: rest.text,
    fixed: closing.fixed + rest.fixed,
    passes: [...closing.passes, ...rest.passes],
    findings: rest.findings,
  };
}

/**
 * The findings `--fix` takes away: those with a fix of which, after every pass, no finding of the same rule and
 * message is left where they were. What the CLI reports as fixable, so that the word is kept exactly.
 */
export function fixableFindings(
  article: Article,
  config: ResolvedConfig,
  findings: readonly Finding[],
  only?: (finding: Finding) => boolean,
): Set<Finding> {
  const fixable = new Set<Finding>();
  if (!findings.some((f) => f.fix && (!only || only(f)))) return fixable;
  const outcome = fixParsedArticle(article, config, findings, only);
  if (!outcome.fixed) return fixable;
  const left = outcome.findings.map((finding) => ({
    finding,
    span: mapSpanBack(outcome.passes, finding.start, finding.end),
  }));
  for (const known of findings) {
    if (!known.fix || (only && !only(known))) continue;
    const shape = messageShape(known.message);
    const stays = left.some(
      ({ finding, span }) =>
        finding.rule === known.rule &&
        span.start <= known.end &&
        known.start <= span.end &&
        messageShape(finding.message) === shape,
    );
    if (!stays) fixable.add(known);
  }
  return fixable;
}

/** A span of the fixed text mapped back to the original through every pass; inside a replacement it widens to it. */
export function mapSpanBack(passes: readonly TextEdit[][], start: number, end: number): { start: number; end: number } {
  let span = { start, end };
  for (let p = passes.length - 1; p >= 0; p--) {
    const edits = [...passes[p]].sort((a, b) => a.start - b.start);
    span = { start: mapOffsetBack(edits, span.start, 'start'), end: mapOffsetBack(edits, span.end, 'end') };
  }
  return span;
}

/** Whether --fix would apply this one fix: alone it adds no finding. */
export function isSafeArticleFix(
  article: Article,
  config: ResolvedConfig,
  findings: readonly Finding[],
  finding: Finding,
): boolean {
  return isSafeFix(
    article.text,
    findings,
    finding,
    articleCheck(article.text, article, article.source, config, findings),
  );
}

/** The check of a text by the rules, reusing what is known of the text as it is. */
function articleCheck(
  text: string,
  article: Article,
  source: SourceInfo,
  config: ResolvedConfig,
  findings?: readonly Finding[],
): Check {
  return (current) =>
    current === text && findings
      ? findings
      : lintArticle(current === text ? article : parseArticle(current, source), config).findings;
}
