import type { Article } from '../../parse/article';
import type { Marker } from '../../parse/body';
import type { Fix, Rule, TextEdit } from '../rule';
import { eol } from '../rule-helpers';
import { isPlainDescription, issueDescriptions } from '../../parse/issue-descriptions';

export const issueDescriptionBalance: Rule = {
  id: 'SH207',
  slug: 'issue-description-balance',
  description:
    'Every `<!--issueDescription-->` is closed by `<!--/issueDescription-->`, and every closing marker has an opening one.',
  severity: 'error',
  messages: {
    noOpening:
      'This <!--/issueDescription--> has no opening marker: the text before it is not shown as the issue description.',
    neverClosed:
      'This <!--issueDescription--> is never closed by <!--/issueDescription-->: the rest of the article, the steps included, would be taken as the issue description. Close it after the description.',
  },
  fixable: true,
  docs: {
    bad: '<!--issueDescription-->\nWe found an issue.',
    good: '<!--issueDescription-->\nWe found an issue.\n<!--/issueDescription-->',
  },
  check(article, report) {
    const { unpaired, blocks } = issueDescriptions(article);
    const swapped = blocks.length === 0 ? swappedMarkerFix(article, unpaired) : undefined;
    for (const marker of unpaired) {
      if (marker.closing) {
        report({
          messageId: 'noOpening',
          span: marker,
          fix: swapped,
        });
        continue;
      }
      // Closing after the paragraph is clear only for the article's one marker: beside another, which one is the
      // stray is for the author (closing this one would make two blocks of an article that may have one).
      let end = unpaired.length === 1 && blocks.length === 0 ? paragraphEnd(article, marker.end) : undefined;
      // A paragraph with links or bold would become a block that breaks issue-description-content: for the author.
      if (end !== undefined && !isPlainDescription(article.text.slice(marker.end, end))) end = undefined;
      report({
        messageId: 'neverClosed',
        span: marker,
        fix:
          swapped ??
          (end === undefined
            ? undefined
            : {
                title: 'Close the issue description after its paragraph',
                edits: [{ start: end, end, text: `${eol(article)}${CLOSE}` }],
              }),
      });
    }
  },
};

/**
 * The article's only two markers, written the wrong way round: an opener twice (the second meant to close), a closer
 * twice (the first meant to open), or a closer before an opener. Each is written as what it plainly means, when the
 * text between is a description (some plain text, no heading).
 */
function swappedMarkerFix(article: Article, markers: readonly Marker[]): Fix | undefined {
  if (markers.length !== 2) return undefined;
  const [first, second] = markers;
  // An opener then a closer pair up: they are never both unpaired.
  if (!first.closing && second.closing) return undefined;
  const between = article.text.slice(first.end, second.start);
  if (
    !between.trim() ||
    !isPlainDescription(between) ||
    article.body.headings.some((h) => h.start >= first.end && h.start < second.start)
  )
    return undefined;
  const edits: TextEdit[] = [];
  if (first.closing) edits.push({ start: first.start, end: first.end, text: OPEN });
  if (!second.closing) edits.push({ start: second.start, end: second.end, text: CLOSE });
  return { title: 'Write the markers as opening and closing', edits };
}

const OPEN = '<!--issueDescription-->';
const CLOSE = '<!--/issueDescription-->';

/**
 * The end of the paragraph that follows an opening marker, where its closing marker belongs; undefined when that is
 * not clear (no text, another marker inside, or the paragraph runs to the end of the article).
 */
function paragraphEnd(article: Article, from: number): number | undefined {
  const { lines, text } = article;
  const bodyEnd = article.body.end;
  let line = lines.positionAt(from).line;
  let sawText = text.slice(from, lines.lineEnd(line)).trim() !== '';
  for (line++; line < lines.lineCount && lines.offsetAt(line) < bodyEnd; line++) {
    const lineText = lines.lineText(line);
    if (!lineText.trim()) {
      if (sawText) return lines.lineEnd(line - 1);
      continue;
    }
    if (/<!--\s*\/?\s*issueDescription/i.test(lineText) || /^\s{0,3}#/.test(lineText))
      return sawText ? lines.lineEnd(line - 1) : undefined;
    sawText = true;
  }
  return undefined;
}
