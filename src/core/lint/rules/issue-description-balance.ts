import type { Article } from '../../parse/article';
import type { Rule } from '../rule';
import { eol } from '../rule-helpers';
import { issueDescriptions } from '../../parse/issue-descriptions';


export const issueDescriptionBalance: Rule = {
  id: 'SH207',
  slug: 'issue-description-balance',
  description: 'Every `<!--issueDescription-->` is closed by `<!--/issueDescription-->`, and every closing marker has an opening one.',
  severity: 'error',
  fixable: true,
  docs: { bad: '<!--issueDescription-->\nWe found an issue.', good: '<!--issueDescription-->\nWe found an issue.\n<!--/issueDescription-->' },
  check(article, report) {
    for (const marker of issueDescriptions(article).unpaired) {
      if (marker.closing) {
        report({ message: 'This <!--/issueDescription--> has no opening marker: the text before it is not shown as the issue description.', span: marker });
        continue;
      }
      const end = paragraphEnd(article, marker.end);
      report({
        message: 'This <!--issueDescription--> is never closed by <!--/issueDescription-->: the rest of the article, the steps included, would be taken as the issue description. Close it after the description.',
        span: marker,
        fix: end === undefined ? undefined : { title: 'Close the issue description after its paragraph', edits: [{ start: end, end, text: `${eol(article)}<!--/issueDescription-->` }] },
      });
    }
  },
};

/**
 * The end of the paragraph that follows an opening marker, where its closing marker belongs; undefined when that is
 * not clear (no text, another marker inside, or the paragraph runs to the end of the article).
 */
function paragraphEnd(article: Article, from: number): number | undefined {
  const { lines, text } = article;
  const bodyEnd = article.json ? article.json.open.start : text.length;
  let line = lines.positionAt(from).line;
  let sawText = text.slice(from, lines.lineEnd(line)).trim() !== '';
  for (line++; line < lines.lineCount && lines.offsetAt(line) < bodyEnd; line++) {
    const lineText = lines.lineText(line);
    if (!lineText.trim()) {
      if (sawText) return lines.lineEnd(line - 1);
      continue;
    }
    if (/<!--\s*\/?\s*issueDescription/i.test(lineText) || /^\s{0,3}#/.test(lineText)) return sawText ? lines.lineEnd(line - 1) : undefined;
    sawText = true;
  }
  return undefined;
}
