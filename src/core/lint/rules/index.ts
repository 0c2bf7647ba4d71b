/** Every rule, in id order. The documentation in docs/rules.md is generated from this table. */
import type { NetworkRule, ProjectRule, Rule } from '../rule';
import { propertiesBlock } from './properties-block';
import { contentBeforeBlock } from './content-before-block';
import { commentBeforeBlock } from './comment-before-block';
import { attributeSyntax } from './attribute-syntax';
import { invalidUtf8 } from './invalid-utf8';
import { duplicateAttribute } from './duplicate-attribute';
import { misspelledAttribute } from './misspelled-attribute';
import { unknownAttribute } from './unknown-attribute';
import { attributeCase } from './attribute-case';
import { singleQuotes } from './single-quotes';
import { newlineInValue } from './newline-in-value';
import { requiredAttribute } from './required-attribute';
import { selfHelpType } from './self-help-type';
import { cloudEnvironments } from './cloud-environments';
import { idList } from './id-list';
import { descriptionMissing } from './description-missing';
import { pageTitleStyle } from './page-title-style';
import { singleValue } from './single-value';
import { placeholderValue } from './placeholder-value';
import { cloudsContradict } from './clouds-contradict';
import { typeAttributes } from './type-attributes';
import { displayOrderFormat } from './display-order-format';
import { h1Missing } from './h1-missing';
import { headingSpace } from './heading-space';
import { multipleH1 } from './multiple-h1';
import { h1First } from './h1-first';
import { recommendedHeading } from './recommended-heading';
import { boldH2 } from './bold-h2';
import { issueDescriptionBalance } from './issue-description-balance';
import { issueDescriptionCount } from './issue-description-count';
import { issueDescriptionContent } from './issue-description-content';
import { tokenBalance } from './token-balance';
import { tokenType } from './token-type';
import { markerBalance } from './marker-balance';
import { includeDirective } from './include-directive';
import { listDepth } from './list-depth';
import { listBlankLine } from './list-blank-line';
import { noTable } from './no-table';
import { noAlert } from './no-alert';
import { codeFenceLanguage } from './code-fence-language';
import { indentedArticle } from './indented-article';
import { linkLocale } from './link-locale';
import { akaMs } from './aka-ms';
import { reviewLink } from './review-link';
import { internalLink } from './internal-link';
import { linkPlaceholder } from './link-placeholder';
import { linkScheme } from './link-scheme';
import { bladeLink } from './blade-link';
import { relativeLink } from './relative-link';
import { anchorLink } from './anchor-link';
import { imageAlt } from './image-alt';
import { bladeLinkType } from './blade-link-type';
import { jsonSection } from './json-section';
import { controlType } from './control-type';
import { jsonKeys } from './json-keys';
import { problemDescription } from './problem-description';
import { visibility } from './visibility';
import { stringBoolean } from './string-boolean';
import { headingOrder } from './heading-order';
import { linkText } from './link-text';
import { docsLink } from './docs-link';
import { controlOptions } from './control-options';
import { jsonValues } from './json-values';
import { fileName } from './file-name';
import { spelling } from './spelling';
import { repeatedWord } from './repeated-word';
import { productNames } from './product-names';
import { retiredService } from './retired-service';
import { duplicateArticleId } from './duplicate-article-id';
import { duplicateDisplayOrder } from './duplicate-display-order';
import { duplicateFileName } from './duplicate-file-name';
import { linkDead } from './link-dead';
import { linkFragment } from './link-fragment';
import { linkRedirect } from './link-redirect';
import { linkUnreachable } from './link-unreachable';
import { linkSignIn } from './link-sign-in';

export const RULES: readonly Rule[] = [
  propertiesBlock,
  contentBeforeBlock,
  commentBeforeBlock,
  attributeSyntax,
  invalidUtf8,
  duplicateAttribute,
  misspelledAttribute,
  unknownAttribute,
  attributeCase,
  singleQuotes,
  newlineInValue,
  requiredAttribute,
  selfHelpType,
  cloudEnvironments,
  idList,
  descriptionMissing,
  pageTitleStyle,
  singleValue,
  placeholderValue,
  cloudsContradict,
  typeAttributes,
  displayOrderFormat,
  h1Missing,
  headingSpace,
  multipleH1,
  h1First,
  headingOrder,
  recommendedHeading,
  boldH2,
  issueDescriptionBalance,
  issueDescriptionCount,
  issueDescriptionContent,
  tokenBalance,
  tokenType,
  markerBalance,
  includeDirective,
  listDepth,
  listBlankLine,
  noTable,
  noAlert,
  codeFenceLanguage,
  indentedArticle,
  linkLocale,
  akaMs,
  reviewLink,
  linkPlaceholder,
  linkScheme,
  bladeLink,
  relativeLink,
  anchorLink,
  imageAlt,
  linkText,
  docsLink,
  bladeLinkType,
  internalLink,
  jsonSection,
  controlType,
  jsonKeys,
  problemDescription,
  visibility,
  stringBoolean,
  controlOptions,
  jsonValues,
  fileName,
  spelling,
  repeatedWord,
  productNames,
  retiredService,
];

export const PROJECT_RULES: readonly ProjectRule[] = [duplicateArticleId, duplicateDisplayOrder, duplicateFileName];

/** The rules `selfhelp links` checks over the network (src/core/links). */
export const NETWORK_RULES: readonly NetworkRule[] = [
  linkDead,
  linkFragment,
  linkRedirect,
  linkUnreachable,
  linkSignIn,
];

/** Every rule, over one article, over many and over the network, in the documentation's order. */
export const ALL_RULES: readonly (Rule | ProjectRule | NetworkRule)[] = [...RULES, ...PROJECT_RULES, ...NETWORK_RULES];

/** Each rule by its id (`SH101`). */
export const RULES_BY_ID: ReadonlyMap<string, Rule | ProjectRule | NetworkRule> = new Map(
  ALL_RULES.map((r) => [r.id, r]),
);
