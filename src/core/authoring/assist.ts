/**
 * Hovers and completions as plain data over offsets, for the extension to map to VS Code's types. They answer on any
 * text, a broken block included, or return nothing.
 */
import type { Article } from '../parse/article';
import type { Attribute } from '../parse/properties';
import type { Span } from '../text/span';
import { listItems, trimmedValue } from '../parse/properties';
import { parseBladeTarget } from '../parse/blade-target';
import { replacementTokens } from '../parse/replacement-tokens';
import {
  attributeInfo,
  ATTRIBUTES,
  CLOUDS,
  MISSPELLED_ATTRIBUTES,
  TYPES,
  needOf,
  type ValueKind,
} from '../format/schema';
import published from '../format/published-facts.json';
import { escapeSnippetText } from './snippets';

/** Values seen elsewhere: the bundled facts of the published corpus, and the workspace's own articles. */
export interface Known {
  services: Map<string, Set<string>>;
  scenarios: Set<string>;
  ownershipIds: Set<string>;
  resourceTags: Set<string>;
  tokens: Map<string, string[]>;
  blades: Map<string, Set<string>>;
}

export function bundledKnown(): Known {
  const known: Known = {
    services: new Map(),
    scenarios: new Set(),
    ownershipIds: new Set(),
    resourceTags: new Set(),
    tokens: new Map(),
    blades: new Map(),
  };
  for (const s of published.services) known.services.set(s.service, new Set(s.resources));
  for (const s of published.scenarios) known.scenarios.add(s.name);
  for (const e of published.bladeExtensions) known.blades.set(e, new Set());
  return known;
}

const KIND_TEXT: Record<ValueKind, string> = {
  text: 'one line of text',
  list: 'a comma-separated list',
  single: 'a single value',
  integer: 'a whole number',
  idList: 'comma-separated numeric ids or GUIDs',
  cloudList: `comma-separated clouds: ${CLOUDS.join(', ')}`,
  boolean: '`true` or `false`',
  type: `one of ${TYPES.map((t) => `\`${t.name}\``).join(', ')}`,
  articleId: 'a GUID or a slug, unique across the repository',
};

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

export interface Hover {
  markdown: string;
  span: Span;
}

export function hoverAt(article: Article, offset: number, known?: Known): Hover | undefined {
  const attribute = article.block?.attributes.find((a) => within({ start: a.nameStart, end: a.nameEnd }, offset));
  if (attribute) return attributeHover(article, attribute);
  const token = replacementTokens(article).tokens.find((t) =>
    within({ start: t.open.start, end: t.close?.end ?? t.open.end }, offset),
  );
  if (token)
    return tokenHover(article, token.name, { start: token.open.start, end: token.close?.end ?? token.open.end }, known);
  const link = article.body.links.find((l) => within(l.targetSpan, offset));
  const blade = link && parseBladeTarget(link.target);
  if (link && blade) {
    const pairs: string[] = [];
    for (let i = 0; i + 1 < blade.parameters.length; i += 2)
      pairs.push(`- \`${blade.parameters[i]}\` = \`${blade.parameters[i + 1]}\``);
    const lines = [
      `**Portal blade link**`,
      '',
      `Extension: \`${blade.extension}\``,
      '',
      `Blade: \`${blade.blade}\``,
      '',
    ];
    lines.push(pairs.length ? `Parameters:\n${pairs.join('\n')}` : 'No parameters.');
    if (!blade.valid) lines.push('', '⚠ Malformed: expected `Extension.Blade` followed by name/value pairs.');
    return { markdown: lines.join('\n'), span: link.targetSpan };
  }
  return undefined;
}

function attributeHover(article: Article, attribute: Attribute): Hover {
  const span = { start: attribute.nameStart, end: attribute.nameEnd };
  const typo = MISSPELLED_ATTRIBUTES.get(attribute.key);
  if (typo)
    return { markdown: `**${attribute.name}** is a misspelling of \`${typo}\`: the portal ignores its value.`, span };
  const info = attributeInfo(attribute.name);
  if (!info) return { markdown: `**${attribute.name}**: not an attribute the portal reads.`, span };
  const need = needOf(article.type, info.name);
  const typeName = article.type?.name;
  const needText = need === 'required' ? 'required' : need === 'expected' ? 'usually filled' : 'optional';
  const lines = [
    `**${info.name}**${info.legacy ? ' (legacy)' : ''}`,
    '',
    info.meaning,
    '',
    `Value: ${KIND_TEXT[info.kind]}.`,
  ];
  if (typeName) lines.push('', `For \`${typeName}\` articles: ${needText}.`);
  return { markdown: lines.join('\n'), span };
}

function tokenHover(article: Article, name: string, span: Span, known?: Known): Hover {
  const { tokens } = replacementTokens(article);
  const here = tokens.filter((t) => t.name === name);
  const first = here[0];
  const defaultText = first?.close ? article.text.slice(first.open.end, first.close.start).trim() : '';
  const elsewhere = (known?.tokens.get(name) ?? []).filter((p) => p !== article.source.path);
  const lines = [
    `**Replacement token** \`${name}\``,
    '',
    `Default text: ${defaultText ? `"${defaultText}"` : '(empty)'}`,
    '',
    `Used ${here.length} time${here.length === 1 ? '' : 's'} in this article.`,
  ];
  if (elsewhere.length)
    lines.push(
      '',
      `Also in: ${elsewhere.slice(0, 5).join(', ')}${elsewhere.length > 5 ? ` and ${elsewhere.length - 5} more` : ''}`,
    );
  return { markdown: lines.join('\n'), span };
}

export type CompletionKind = 'attribute' | 'value' | 'token' | 'blade';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** Snippet syntax (`$1`, `${1:x}`). */
  insert: string;
  detail?: string;
  documentation?: string;
  /** What the completion replaces. */
  replace: Span;
  sortText: string;
}

/** A fresh GUID for `articleId`. */
export type NewGuid = () => string;

export function completionsAt(
  article: Article,
  offset: number,
  newGuid: NewGuid,
  known: Known = bundledKnown(),
): Completion[] {
  const block = article.block;
  if (block && offset > block.open.end && (!block.close || offset <= block.close.start))
    return blockCompletions(article, offset, newGuid, known);
  return bodyCompletions(article, offset, known);
}

function blockCompletions(article: Article, offset: number, newGuid: NewGuid, known: Known): Completion[] {
  const attributes = article.block!.attributes;
  const inValue = attributes.find((a) => a.quote && a.valueStart <= offset && offset <= a.valueEnd);
  if (inValue) return valueCompletions(article, inValue, offset, newGuid, known);
  const onName = attributes.find((a) => a.nameStart <= offset && offset <= a.nameEnd);
  if (attributes.some((a) => a.start < offset && offset < a.end && a !== onName)) return [];
  const replace = onName ? { start: onName.nameStart, end: onName.nameEnd } : { start: offset, end: offset };
  const present = new Set(attributes.filter((a) => a !== onName).map((a) => a.key));
  const rank: Record<string, number> = { required: 0, expected: 1, optional: 2 };
  return ATTRIBUTES.filter((a) => !a.legacy && !present.has(a.name.toLowerCase())).map((a) => {
    const need = needOf(article.type, a.name) ?? 'optional';
    return {
      label: a.name,
      kind: 'attribute' as const,
      insert: onName ? a.name : `${a.name}="$1"`,
      detail:
        need === 'optional'
          ? 'optional'
          : `${need} for ${article.type?.name ?? 'every'} article${article.type ? 's' : ''}`,
      documentation: a.meaning,
      replace,
      sortText: `${rank[need]}${a.name.toLowerCase()}`,
    };
  });
}

function valueCompletions(
  article: Article,
  attribute: Attribute,
  offset: number,
  newGuid: NewGuid,
  known: Known,
): Completion[] {
  const key = attribute.key;
  const value = (values: Iterable<string>, replace: Span, detail?: string): Completion[] =>
    [...values].map((v, i) => ({
      label: v,
      kind: 'value' as const,
      insert: escapeSnippetText(v),
      detail,
      replace,
      sortText: String(i).padStart(5, '0'),
    }));
  const whole = { start: attribute.valueStart, end: attribute.valueEnd };
  if (key === 'selfhelptype')
    return value(
      TYPES.map((t) => t.name),
      whole,
      'article type',
    );
  if (key === 'articleid') return value([newGuid()], whole, 'a new GUID');
  if (key === 'cloudenvironments' || key === 'disableclouds' || key === 'resourcetags') {
    // Lists: complete the item under the cursor, offering what the list does not hold yet.
    const before = article.text.slice(attribute.valueStart, offset);
    const itemStart = attribute.valueStart + before.lastIndexOf(',') + 1;
    let start = itemStart;
    while (start < offset && /\s/.test(article.text[start])) start++;
    const after = article.text.indexOf(',', offset);
    const end = after >= 0 && after < attribute.valueEnd ? after : attribute.valueEnd;
    const taken = new Set(
      listItems(attribute)
        .filter((i) => !(i.start <= offset && offset <= i.end))
        .map((i) => i.text.toLowerCase()),
    );
    const pool = key === 'resourcetags' ? known.resourceTags : CLOUDS;
    return value(
      [...pool].filter((c) => !taken.has(c.toLowerCase())),
      { start, end },
      key === 'resourcetags' ? 'resource tag' : 'cloud',
    );
  }
  if (key === 'service') return value(known.services.keys(), whole, 'service');
  if (key === 'resource') {
    const service = article.attributes.get('service');
    const resources = service ? known.services.get(trimmedValue(service).toLowerCase()) : undefined;
    const all = resources ?? new Set([...known.services.values()].flatMap((r) => [...r]));
    return value(all, whole, service ? `resource of ${trimmedValue(service)}` : 'resource');
  }
  if (key === 'diagnosticscenario') return value(known.scenarios, whole, 'diagnostic scenario');
  if (key === 'ownershipid') return value(known.ownershipIds, whole, 'owning team');
  return [];
}

function bodyCompletions(article: Article, offset: number, known: Known): Completion[] {
  const lineStart = article.lines.offsetAt(article.lines.positionAt(offset).line);
  const before = article.text.slice(Math.max(lineStart, offset - 300), offset);
  const token = /<!--\/?\$([^>$]*)$/.exec(before);
  if (token) {
    const replace = { start: offset - token[1].length, end: offset };
    const names = new Set([...replacementTokens(article).tokens.map((t) => t.name), ...known.tokens.keys()]);
    const closing = before.endsWith('/$' + token[1]) || /<!--\/\$[^>$]*$/.test(before);
    return [...names].sort().map((name, i) => ({
      label: name,
      kind: 'token' as const,
      insert: closing ? `${name}-->` : `${name}-->\${1:default text}<!--/\\$${name}-->`,
      detail: 'replacement token',
      replace,
      sortText: String(i).padStart(5, '0'),
    }));
  }
  const blade = /data-blade:([A-Za-z0-9_]*)(?:\.([A-Za-z0-9_]*))?$/.exec(before);
  if (blade) {
    const extension = blade[1];
    if (blade[2] === undefined) {
      const replace = { start: offset - extension.length, end: offset };
      return [...known.blades.keys()].map((name, i) => ({
        label: name,
        kind: 'blade' as const,
        insert: name,
        detail: 'portal extension',
        replace,
        sortText: String(i).padStart(5, '0'),
      }));
    }
    const replace = { start: offset - blade[2].length, end: offset };
    const blades = [...known.blades.entries()]
      .filter(([e]) => e.toLowerCase() === extension.toLowerCase())
      .flatMap(([, b]) => [...b]);
    return blades.map((name, i) => ({
      label: name,
      kind: 'blade' as const,
      insert: name,
      detail: `blade of ${extension}`,
      replace,
      sortText: String(i).padStart(5, '0'),
    }));
  }
  return [];
}
