/** Runs the rules over one article, and the project rules over many; applies configuration and inline comments. */
import { parseArticle, parseArticleHead, type Article, type ArticleHead, type SourceInfo } from '../parse/article';
import { resolveConfig, type ResolvedConfig } from './config';
import { formatMessage } from './messages';
import { InlineConfig } from './inline-config';
import { trimmedValue, type Attribute } from '../parse/properties';
import type { ArticleFacts, FactValue, Finding, ProjectFinding, Report, Rule, RuleContext, Severity } from './rule';
import { PROJECT_RULES, RULES, RULES_BY_ID } from './rules';
import { detached, type LineIndex } from '../text/source-text';
import { applyEdits } from '../text/edits';
import { addsFindings } from './added-findings';

export interface LintResult {
  article: Article;
  findings: Finding[];
  /** What the project rules need of this article; absent when it is not an article. */
  facts?: ArticleFacts;
  /** Rules that threw (a bug in the rule): reported, never thrown. */
  internalErrors: string[];
}

const defaultConfig = resolveConfig(undefined);

export function lintText(
  text: string,
  source: SourceInfo = {},
  config: ResolvedConfig = defaultConfig,
  context: RuleContext = {},
): LintResult {
  return lintArticle(parseArticle(text, source), config, context);
}

/**
 * Runs the rules (all of them unless told which: a test's own rule) over one article. `provingFixes` is off for the
 * check of a fix's own result, so the proof does not recurse.
 */
export function lintArticle(
  article: Article,
  config: ResolvedConfig = defaultConfig,
  context: RuleContext = {},
  rules: readonly Rule[] = RULES,
  provingFixes = true,
): LintResult {
  const findings: Finding[] = [];
  const internalErrors: string[] = [];
  if (!article.block) return { article, findings, internalErrors };
  const inline = InlineConfig.read(article.text, article.lines);
  // A fix is offered only where --fix applies it: not in a text decoded with replacement characters, nor while the
  // block is not closed (its end, and so where the body starts, is a guess).
  const fixesOffered = !article.source.invalidUtf8 && !isOpenBlock(article);
  // One report function for all the rules of this article: the rule in hand is a variable, not a new closure.
  let rule = rules[0];
  let severity: Severity = 'error';
  // The contract, checked where findings are reported (as ESLint does): a fix only from a rule declared fixable, a
  // suggestion only from one declared to suggest. A breach is the rule's bug: an internal error, its edits dropped.
  const breach = (what: string) => {
    const error = `${rule.id} ${rule.slug}: ${what}`;
    if (!internalErrors.includes(error)) internalErrors.push(error);
  };
  const report = ({ messageId, data, span, fix, suggestions }: Report) => {
    if (!inline.isEmpty && inline.isDisabled(rule.id, article.lines.positionAt(span.start).line)) return;
    if (fix && !rule.fixable) breach('reported a fix, but the rule is not declared fixable');
    if (suggestions?.length && !rule.suggests) breach('reported a suggestion, but the rule is not declared to suggest');
    const finding: Finding = {
      rule: rule.id,
      severity,
      message: detached(formatMessage(rule.messages, messageId, data, breach)),
      messageId,
      start: span.start,
      end: Math.max(span.start, span.end),
      fix: rule.fixable && fixesOffered ? fix : undefined,
    };
    if (suggestions?.length && rule.suggests) finding.suggestions = suggestions;
    findings.push(finding);
  };
  for (rule of rules) {
    const setting = config.get(rule.id);
    if (!setting) continue;
    severity = setting;
    try {
      rule.check(article, report, context);
    } catch (error) {
      internalErrors.push(`${rule.id} ${rule.slug}: ${(error as Error)?.stack ?? error}`);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  if (provingFixes) withdrawRevealingFixes(article, findings, config, context, rules);
  return { article, findings, facts: articleFacts(article, inline), internalErrors };
}

/** Published articles have at most a handful of such fixes; a check each is affordable up to this many. */
const MAX_FIX_PROOFS = 16;

const REVEALING_RULES = new Set(RULES.filter((rule) => rule.fixRevealsText).map((rule) => rule.id));

/**
 * The fixes of the rules whose fix makes text read that was not: each applied alone and the text checked again; a fix
 * that would add a finding is withdrawn (the finding stays, for the author). Rare: a check of its own for each.
 */
function withdrawRevealingFixes(
  article: Article,
  findings: Finding[],
  config: ResolvedConfig,
  context: RuleContext,
  rules: readonly Rule[],
): void {
  let proofs = 0;
  for (const finding of findings) {
    if (!finding.fix || !REVEALING_RULES.has(finding.rule)) continue;
    // Past a few, a check each would make a hostile article quadratic: the rest are not offered.
    if (++proofs > MAX_FIX_PROOFS) {
      finding.fix = undefined;
      continue;
    }
    const edits = [...finding.fix.edits].sort((a, b) => a.start - b.start);
    const fixed = parseArticle(applyEdits(article.text, edits), article.source);
    const after = lintArticle(fixed, config, context, rules, false).findings;
    if (addsFindings(findings, after, edits)) finding.fix = undefined;
  }
}

/** Whether the properties block is never closed by "/>": where it ends is a guess. */
export function isOpenBlock(article: Article): boolean {
  return !!article.block && (!article.block.close || article.block.problems.some((p) => p.kind === 'missing-close'));
}

function factValue(lines: LineIndex, attribute: Attribute | undefined): FactValue | undefined {
  if (!attribute) return undefined;
  const value = trimmedValue(attribute);
  if (!value) return undefined;
  return {
    value: detached(value),
    start: lines.positionAt(attribute.valueStart),
    end: lines.positionAt(attribute.valueEnd),
  };
}

/** What the project rules need of an article (undefined without a block or a path). */
export function articleFacts(
  article: ArticleHead,
  inline = InlineConfig.read(article.text, article.lines),
): ArticleFacts | undefined {
  const { block, lines } = article;
  if (!block || !article.source.path) return undefined;
  const articleId = factValue(lines, article.attributes.get('articleid'));
  const displayOrder = factValue(lines, article.attributes.get('displayorder'));
  const blockOpen = { start: lines.positionAt(block.open.start), end: lines.positionAt(block.open.end) };
  const anchorLine: Record<string, number> = {
    SH502: articleId?.start.line ?? -1,
    SH503: displayOrder?.start.line ?? -1,
    SH504: blockOpen.start.line,
  };
  const suppressed = inline.isEmpty
    ? []
    : PROJECT_RULES.filter((r) => inline.isDisabled(r.id, anchorLine[r.id] ?? blockOpen.start.line)).map((r) => r.id);
  const service = article.attributes.get('service');
  const resource = article.attributes.get('resource');
  return {
    path: article.source.path,
    blockOpen,
    selfHelpType: article.selfHelpType === undefined ? undefined : detached(article.selfHelpType),
    articleId,
    displayOrder,
    service: service ? detached(trimmedValue(service)) || undefined : undefined,
    resource: resource ? detached(trimmedValue(resource)) || undefined : undefined,
    suppressed,
  };
}

/**
 * An article's facts without its body parsed or a rule run: what an article the check does not report on gives the
 * rules over many articles, the same facts a full check gives.
 */
export function factsOfText(text: string, source: SourceInfo): ArticleFacts | undefined {
  return articleFacts(parseArticleHead(text, source));
}

/** Runs the rules that compare articles with each other. */
export function lintProject(
  articles: readonly ArticleFacts[],
  config: ResolvedConfig = defaultConfig,
): ProjectFinding[] {
  const findings: ProjectFinding[] = [];
  for (const rule of PROJECT_RULES) {
    const severity = config.get(rule.id);
    if (!severity) continue;
    // A file that turns the rule off still counts as the other side of a duplicate; only its own finding goes.
    const suppressed = new Set(articles.filter((a) => a.suppressed?.includes(rule.id)).map((a) => a.path));
    rule.checkProject(articles, (finding) => {
      // Its fields named one by one: a spread is the costliest step when a rule reports thousands of duplicates.
      if (!suppressed.has(finding.path))
        findings.push({
          path: finding.path,
          message: formatMessage(rule.messages, finding.messageId, finding.data, () => undefined),
          messageId: finding.messageId,
          start: finding.start,
          end: finding.end,
          related: finding.related,
          rule: rule.id,
          severity,
        });
    });
  }
  return findings;
}

/** The findings the preview marks where they are (those of the rules that say the portal shows text otherwise). */
export function previewMarks(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => RULES_BY_ID.get(finding.rule)?.marksPreview);
}
