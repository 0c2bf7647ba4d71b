/** What a rule is, what it reports, and how a fix is expressed (as plain text edits over offsets). */
import type { Article } from '../parse/article';
import type { Edit } from '../text/edits';
import type { Span } from '../text/span';
import type { Speller } from '../spelling/speller';
import type { Position } from '../text/source-text';

export type Severity = 'error' | 'warning' | 'info';

/** A fix's edit: the text/ layer's one shape of an edit. */
export type TextEdit = Edit;

export interface Fix {
  /** What the fix does, as a quick-fix title. */
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  path: string;
  start: Position;
  end: Position;
  message: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Which of its rule's messages this is: what fix safety and the editor match a finding by, never its words. */
  messageId: string;
  /** An edit an author accepts without reading it: applied by `--fix` and "Fix All". */
  fix?: Fix;
  /** Edits that need the author's eye (a value to fill in): offered as quick fixes only, never applied in bulk. */
  suggestions?: Fix[];
  related?: RelatedLocation[];
}

/** The values a message's `{{placeholders}}` are filled with. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Report {
  /** Which of the rule's `messages`; its `{{placeholders}}` filled from `data` (ESLint's `messageId` and `data`). */
  messageId: string;
  data?: MessageData;
  span: Span;
  fix?: Fix;
  suggestions?: Fix[];
}

export interface RuleDocs {
  /** A short piece of article text that breaks the rule. */
  bad: string;
  /** The same piece written correctly. */
  good?: string;
  /** What more a user should know: how the rule decides, how to tell it otherwise. */
  notes?: string;
}

interface RuleMeta {
  /** Stable id, e.g. `SH104`. */
  id: string;
  /** Short name, usable instead of the id in configuration and inline comments. */
  slug: string;
  description: string;
  severity: Severity;
  /**
   * What the rule says, by id, with `{{placeholders}}` (ESLint's `meta.messages`): a finding is known by its rule,
   * message id and place, so a message may be reworded without breaking what matches findings.
   */
  messages: Readonly<Record<string, string>>;
  /** The rule offers a fix whenever the fix is clear. */
  fixable: boolean;
  /**
   * Its fix makes text read that was not (a misspelled name's value, a renamed key's value, a body out of its code
   * block), so what the other rules then find cannot be told from the rule alone: the linter checks the fixed text and
   * offers the fix only when it adds no finding.
   */
  fixRevealsText?: boolean;
  /** The rule offers a suggestion (a quick fix that leaves the author something to write) where no fix is clear. */
  suggests?: boolean;
  /** Its findings say the portal shows text otherwise than written: the preview marks them where they are. */
  marksPreview?: boolean;
  docs: RuleDocs;
}

/** What a rule may use besides the article: what its host loaded. */
export interface RuleContext {
  /** English, Azure's words and the team's; absent until the host loaded the word list (the rules over words wait). */
  speller?: Speller;
  /** The team's hosts customers cannot reach (`internalHosts` of `.selfhelp.json`), besides the built-in ones. */
  internalHosts?: readonly string[];
}

/** A rule over one article. */
export interface Rule extends RuleMeta {
  check(article: Article, report: (finding: Report) => void, context: RuleContext): void;
}

/** What a rule over many articles needs of each, with exact places (so a worker can send it as data). */
export interface ArticleFacts {
  path: string;
  /** The `<properties` opening, where findings about the whole file point. */
  blockOpen: { start: Position; end: Position };
  selfHelpType?: string;
  articleId?: FactValue;
  service?: string;
  resource?: string;
  displayOrder?: FactValue;
  /** Project rules turned off for this file by inline comments. */
  suppressed?: string[];
}

export interface FactValue {
  value: string;
  start: Position;
  end: Position;
}

export interface ProjectFinding {
  path: string;
  rule: string;
  severity: Severity;
  message: string;
  messageId: string;
  start: Position;
  end: Position;
  related: RelatedLocation[];
}

/** What a rule over many articles reports: a place in one article, its message by id, the related places. */
export interface ProjectReport {
  path: string;
  messageId: string;
  data?: MessageData;
  start: Position;
  end: Position;
  related: RelatedLocation[];
}

/** A rule over a set of articles; reports each place with its related places. */
export interface ProjectRule extends RuleMeta {
  checkProject(articles: readonly ArticleFacts[], report: (finding: ProjectReport) => void): void;
}

/**
 * A rule whose findings need the network: `selfhelp links` and the editor's Check Links follow each web link of an
 * article (src/core/links). Configured, documented and reported like every other rule; never part of `check`.
 */
export interface NetworkRule extends RuleMeta {
  network: true;
}
