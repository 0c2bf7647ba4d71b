/** What the format knows about attributes and article types (FORMAT §2.3–2.5), as data. */
import { findInAnyCase } from '../text/any-case';

export type ValueKind =
  'text' | 'list' | 'single' | 'integer' | 'idList' | 'cloudList' | 'boolean' | 'type' | 'articleId';

export interface AttributeInfo {
  /** Canonical spelling, as in the templates. */
  name: string;
  meaning: string;
  kind: ValueKind;
  /** Legacy attributes are accepted but not offered to authors. */
  legacy?: boolean;
}

export const ATTRIBUTES: readonly AttributeInfo[] = [
  {
    name: 'pageTitle',
    kind: 'text',
    meaning:
      'Title of the issue or solution; the question-set title for scoping questions. One sentence, no periods or commas.',
  },
  { name: 'description', kind: 'text', meaning: 'Free description of the article; not shown to customers.' },
  {
    name: 'infoBubbleText',
    kind: 'text',
    meaning: 'Short teaser shown with a diagnostic insight ("… See details on the right").',
  },
  {
    name: 'service',
    kind: 'single',
    meaning: 'Resource-provider namespace the article belongs to, normally `microsoft.<rp>`.',
  },
  { name: 'resource', kind: 'single', meaning: 'Resource type within the service (a short type name).' },
  { name: 'authors', kind: 'list', meaning: 'GitHub account(s) of the writer, comma-separated.' },
  { name: 'ms.author', kind: 'list', meaning: 'Microsoft alias of the writer or owner.' },
  { name: 'authoralias', kind: 'list', meaning: 'Legacy variant of `ms.author`.', legacy: true },
  {
    name: 'displayOrder',
    kind: 'integer',
    meaning: 'Position in the troubleshoot-blade accordion: a positive integer, unique per service and resource.',
  },
  {
    name: 'articleId',
    kind: 'articleId',
    meaning: 'Unique key of the article (a GUID or a slug), unique across the repository, case-insensitively.',
  },
  {
    name: 'selfHelpType',
    kind: 'type',
    meaning: 'Content kind; decides which other fields and which body shape apply.',
  },
  {
    name: 'supportTopicIds',
    kind: 'idList',
    meaning: 'Support topics (8-digit ids or GUIDs, comma-separated) for which the content is offered.',
  },
  {
    name: 'productPesIds',
    kind: 'idList',
    meaning: 'Product ids (5-digit numbers or product GUIDs, comma-separated) the content applies to.',
  },
  {
    name: 'resourceTags',
    kind: 'list',
    meaning: 'Restricts the article to resource flavours (e.g. `windows`, `linux`), comma-separated.',
  },
  {
    name: 'cloudEnvironments',
    kind: 'cloudList',
    meaning: 'Clouds where the article is published: public, fairfax, mooncake, blackforest, usnat, ussec.',
  },
  { name: 'disableclouds', kind: 'cloudList', meaning: 'Clouds where an otherwise enabled article is suppressed.' },
  { name: 'ownershipId', kind: 'single', meaning: 'Owning team, `Org_Service[_Sub…]` (the ownership registry key).' },
  {
    name: 'diagnosticScenario',
    kind: 'single',
    meaning: 'Name of the diagnostic scenario or insight whose result this article renders.',
  },
  { name: 'schemaVersion', kind: 'integer', meaning: 'Version of the JSON payload schema; always "1".' },
  { name: 'clientIds', kind: 'list', meaning: 'Restricts the content to a consuming client (e.g. `partnercenter`).' },
  { name: 'articleTags', kind: 'list', meaning: 'Free tags, comma-separated.' },
  {
    name: 'resourceRequired',
    kind: 'boolean',
    meaning: 'Apollo: the solution needs a selected resource (`true` or `false`).',
  },
  { name: 'category', kind: 'text', meaning: 'Grouping label.' },
  { name: 'icmTeam', kind: 'text', meaning: 'IcM team that owns the support topics (support-topic descriptions).' },
  {
    name: 'icmService',
    kind: 'text',
    meaning: 'IcM service that owns the support topics (support-topic descriptions).',
  },
  { name: 'feedbackEmail', kind: 'text', meaning: 'Contact address for feedback (support-topic descriptions).' },
  { name: 'productFamilyId', kind: 'text', meaning: 'Services Hub product family (a GUID).' },
];

const byKey = new Map(ATTRIBUTES.map((a) => [a.name.toLowerCase(), a]));

export function attributeInfo(name: string): AttributeInfo | undefined {
  return byKey.get(name.toLowerCase());
}

/** Misspellings that silently drop data (FORMAT §2.3), folded to lower case → canonical name. */
export const MISSPELLED_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['supporttoicids', 'supportTopicIds'],
  ['infobubbletest', 'infoBubbleText'],
]);

export const CLOUDS = ['public', 'fairfax', 'mooncake', 'blackforest', 'usnat', 'ussec'] as const;

export type Need = 'required' | 'expected' | 'optional';

export interface TypeInfo {
  /** Canonical spelling of the `selfHelpType` value. */
  name: string;
  meaning: string;
  body: 'markdown' | 'json' | 'markers';
  /** Attributes beyond the ones every type needs (or fewer: an override), and how strongly this type needs them. */
  needs: Readonly<Record<string, Need>>;
  /** Insight-driven types render replacement tokens and issueDescription blocks. */
  insight?: boolean;
  /** Resource-bound types may link to portal blades. */
  resourceBound?: boolean;
}

export const TYPES: readonly TypeInfo[] = [
  {
    name: 'generic',
    body: 'markdown',
    meaning: 'Common solution offered during case submission for support topics.',
    needs: { supportTopicIds: 'required', productPesIds: 'required', service: 'expected', resource: 'expected' },
  },
  {
    name: 'resource',
    body: 'markdown',
    resourceBound: true,
    meaning: 'Troubleshoot-blade article bound to a resource; may open blades.',
    needs: { service: 'required', resource: 'required', displayOrder: 'expected' },
  },
  {
    name: 'diagnostics',
    body: 'markdown',
    insight: true,
    resourceBound: true,
    meaning: 'Rendered when a diagnostic insight fires.',
    needs: { infoBubbleText: 'required', diagnosticScenario: 'expected', service: 'expected', resource: 'expected' },
  },
  {
    name: 'rca',
    body: 'markdown',
    insight: true,
    resourceBound: true,
    meaning: 'Root-cause statement produced by a diagnostic.',
    needs: { service: 'required', resource: 'required', infoBubbleText: 'expected', diagnosticScenario: 'expected' },
  },
  {
    name: 'servicehealthinsights',
    body: 'markdown',
    insight: true,
    resourceBound: true,
    meaning: 'Resource-health annotation.',
    needs: {
      service: 'required',
      resource: 'required',
      infoBubbleText: 'required',
      diagnosticScenario: 'required',
      articleTags: 'required',
    },
  },
  {
    name: 'TSG_Content',
    body: 'markdown',
    resourceBound: true,
    meaning: 'A step of a guided troubleshooter.',
    needs: { service: 'expected', resource: 'expected' },
  },
  {
    name: 'TSG_Description',
    body: 'markdown',
    resourceBound: true,
    meaning: 'Troubleshooter landing text.',
    needs: { service: 'required', resource: 'required' },
  },
  {
    name: 'TSG_Questions',
    body: 'json',
    meaning: 'Troubleshooter questions (JSON form elements).',
    needs: { productPesIds: 'required', schemaVersion: 'required' },
  },
  {
    name: 'problemScopingQuestions',
    body: 'json',
    meaning: 'Form shown during case submission (JSON).',
    needs: { supportTopicIds: 'required', productPesIds: 'required', schemaVersion: 'required' },
  },
  {
    name: 'supportTopicDescription',
    body: 'json',
    meaning: "Descriptions of a product's support topics (JSON).",
    needs: { productPesIds: 'required' },
  },
  {
    name: 'advisorRecommendationMetadata',
    body: 'json',
    meaning: 'Azure Advisor recommendation metadata (JSON).',
    needs: {},
  },
  {
    name: 'diagnoseandsolve',
    body: 'json',
    resourceBound: true,
    meaning: 'Menu of common problems and tools (JSON).',
    needs: { service: 'required', resource: 'required', productPesIds: 'required' },
  },
  {
    name: 'apollo',
    body: 'markdown',
    resourceBound: true,
    meaning: 'Solutions 2.0 article with XML-like components.',
    needs: { supportTopicIds: 'expected', productPesIds: 'required' },
  },
  {
    name: 'tools',
    body: 'markdown',
    resourceBound: true,
    meaning: 'List of blade shortcuts.',
    needs: { service: 'required', resource: 'required', resourceTags: 'expected' },
  },
  {
    name: 'PartnerCenterQuickStart',
    body: 'markers',
    meaning: 'Partner Center quick start (label markers).',
    // Its title comes from Partner Center, not from the article.
    needs: { pageTitle: 'optional' },
  },
];

const typeByKey = new Map(TYPES.map((t) => [t.name.toLowerCase(), t]));

/** The selfHelpType values, as the templates write them. */
export const TYPE_NAMES: readonly string[] = TYPES.map((type) => type.name);

export function typeInfo(selfHelpType: string | undefined): TypeInfo | undefined {
  return selfHelpType === undefined ? undefined : typeByKey.get(selfHelpType.trim().toLowerCase());
}

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What every article needs, whatever its type, unless the type says otherwise (FORMAT §2.5: filled in ≥ 99.9 %). */
export const EVERY_TYPE_NEEDS: readonly string[] = [
  'articleId',
  'selfHelpType',
  'cloudEnvironments',
  'pageTitle',
  'ownershipId',
];

const EVERY_TYPE_NEEDS_KEYS = new Set(EVERY_TYPE_NEEDS.map((name) => name.toLowerCase()));

/**
 * How strongly an article of a type needs an attribute (any case): the one answer for the rules, completions, hovers
 * and new articles. Undefined where neither the type nor every type asks for it.
 */
export function needOf(type: Pick<TypeInfo, 'needs'> | undefined, name: string): Need | undefined {
  const own = type && findInAnyCase(Object.keys(type.needs), name);
  if (own) return type.needs[own];
  return EVERY_TYPE_NEEDS_KEYS.has(name.toLowerCase()) ? 'required' : undefined;
}
