/** Applies fixes as text edits: a fix whose span overlaps one taken before is dropped whole. */
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
