/** Whether edits added a finding: the promise of every fix, kept by --fix and by the linter for the rules that ask. */
import type { Finding, TextEdit } from './rule';
import { mapOffsetBack } from '../text/edits';

/**
 * Whether the findings after the edits include one the text before did not have: a finding of the same rule and
 * message id whose span, mapped back through the edits, meets the span of one before is the same finding (moved, or
 * with a count in its message changed). A finding of the same rule at the same place with another message id is new:
 * "a heading in the issue description" made "bold text in the issue description" is not the same finding.
 */
export function addsFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  edits: readonly TextEdit[],
): boolean {
  const byRule = new Map<string, Finding[]>();
  for (const finding of before) {
    const same = byRule.get(finding.rule);
    if (same) same.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  return after.some((finding) => {
    const start = mapOffsetBack(edits, finding.start, 'start');
    const end = mapOffsetBack(edits, finding.end, 'end');
    return !(byRule.get(finding.rule) ?? []).some(
      (known) => known.start <= end && start <= known.end && known.messageId === finding.messageId,
    );
  });
}
