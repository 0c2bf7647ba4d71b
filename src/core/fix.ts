/** Applies fixes as text edits: a fix whose span overlaps one taken before is dropped whole. */
import { parseArticle, type SourceInfo } from './article';
import type { ResolvedConfig } from './config';
import { lintArticle } from './lint';
import type { Finding, TextEdit } from './rule';

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
    .filter((f) => f.fix?.edits.length && f.fix.edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length))
    .map((finding) => ({ finding, cover: coverOf(finding.fix!.edits) }))
    .sort((a, b) => a.cover.start - b.cover.start || a.cover.end - b.cover.end);
  const accepted: typeof candidates = [];
  for (const candidate of candidates) {
    const previous = accepted[accepted.length - 1];
    if (previous && (collides(previous.cover, candidate.cover) || candidate.cover.start < previous.cover.end)) continue;
    accepted.push(candidate);
  }
  return { text: applyEdits(text, accepted.flatMap((c) => c.finding.fix!.edits)), fixed: accepted.map((c) => c.finding) };
}

/** The text with edits that do not overlap applied (offsets into the original text). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let position = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    pieces.push(text.slice(position, edit.start), edit.text);
    position = edit.end;
  }
  pieces.push(text.slice(position));
  return pieces.join('');
}

/** At most this many passes: each pass applies what the one before left fixable (a fix may make another clear). */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  /** The edits of each pass, each in offsets of the text that pass started from. */
  passes: TextEdit[][];
}

/**
 * Applies every fix, then checks the result and fixes again until nothing fixable is left, as `--fix` and "Fix All"
 * do. `findingsOf` is the check (the caller's rules and configuration).
 */
export function fixText(text: string, findingsOf: (text: string) => readonly Finding[]): FixOutcome {
  const passes: TextEdit[][] = [];
  let fixed = 0;
  let current = text;
  let findings = findingsOf(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const outcome = applyFixes(current, findings);
    if (!outcome.fixed.length || outcome.text === current) break;
    passes.push(outcome.fixed.flatMap((f) => f.fix!.edits));
    fixed += outcome.fixed.length;
    current = outcome.text;
    findings = findingsOf(current);
  }
  return { text: current, fixed, passes };
}

/** One edit from `before` to `after`: the span between their common start and common end. */
export function differenceEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/**
 * Every fix of an article, as `--fix` and "Fix All" apply them; nothing when the file cannot be fixed safely: a block
 * that is not closed (its end is a guess) or bytes that were not UTF-8 (the text is a guess).
 */
export function fixArticle(text: string, source: SourceInfo, config: ResolvedConfig, findings?: readonly Finding[]): FixOutcome {
  const article = parseArticle(text, source);
  const block = article.block;
  if (source.invalidUtf8 || !block?.close || block.problems.some((p) => p.kind === 'missing-close')) return { text, fixed: 0, passes: [] };
  return fixText(text, (current) => (current === text && findings ? findings : lintArticle(current === text ? article : parseArticle(current, source), config).findings));
}
