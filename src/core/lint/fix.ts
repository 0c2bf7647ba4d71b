/** Applies fixes as text edits: a fix whose span overlaps one taken before is dropped whole. */
import { parseArticle, type Article, type SourceInfo } from '../parse/article';
import type { ResolvedConfig } from './config';
import { lintArticle } from './lint';
import type { Finding, TextEdit } from './rule';
import { applyEdits, mapOffsetBack } from '../text/edits';
import { addsFindings } from './added-findings';

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
 * Every fix of an article, as `--fix` and "Fix All" apply them. The rules offer none where the text is a guess (bytes
 * that were not UTF-8, a block never closed).
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
  return fixText(article.text, articleCheck(article.text, article, article.source, config, findings), only);
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
