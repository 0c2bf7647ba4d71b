/** The article's outline and folding ranges as plain data over offsets; the extension maps them to VS Code types. */
import type { Node } from 'jsonc-parser';
import type { Article } from '../parse/article';
import { formModel } from './form-language';
import { pairMarkers } from '../parse/body';
import { trimmedValue } from '../parse/properties';
import type { Span } from '../text/span';

export type OutlineKind = 'block' | 'attribute' | 'heading' | 'marker' | 'json' | 'json-item';

export interface OutlineItem {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole extent of the item. */
  range: Span;
  /** What to select when the item is picked (a name or a heading's text). */
  selection: Span;
  children: OutlineItem[];
}

export function outline(article: Article): OutlineItem[] {
  const items: OutlineItem[] = [];
  const { block, body, text } = article;
  if (block) {
    items.push({
      name: 'properties',
      detail: article.selfHelpType ?? '',
      kind: 'block',
      range: { start: block.start, end: block.end },
      selection: block.open,
      children: block.attributes.map((a) => ({
        name: a.name,
        detail: trimmedValue(a),
        kind: 'attribute' as const,
        range: { start: a.start, end: a.end },
        selection: { start: a.nameStart, end: a.nameEnd },
        children: [],
      })),
    });
  }
  const bodyEnd = article.body.end;
  // Each heading's section runs to the next heading of the same or a higher level.
  const sections: { level: number; item: OutlineItem }[] = [];
  const roots: OutlineItem[] = [];
  for (const heading of body.headings) {
    const item: OutlineItem = {
      name: heading.text || heading.raw.trim() || '(empty heading)',
      detail: `H${heading.level}`,
      kind: 'heading',
      range: { start: heading.start, end: bodyEnd },
      selection: heading.content,
      children: [],
    };
    while (sections.length && sections[sections.length - 1].level >= heading.level)
      sections.pop()!.item.range.end = lastContentEnd(text, heading.start);
    (sections.length ? sections[sections.length - 1].item.children : roots).push(item);
    sections.push({ level: heading.level, item });
  }
  for (const open of sections) open.item.range.end = lastContentEnd(text, bodyEnd);
  for (const markerBlock of pairMarkers(body.markers).blocks) {
    const item: OutlineItem = {
      name: markerBlock.name,
      detail: 'marker',
      kind: 'marker',
      range: { start: markerBlock.open.start, end: markerBlock.close!.end },
      selection: markerBlock.open,
      children: [],
    };
    const section = deepestContaining(roots, item.range.start);
    if (section) section.children.push(item);
    else roots.push(item);
  }
  for (const root of roots) sortChildren(root);
  items.push(...roots.sort((a, b) => a.range.start - b.range.start));
  if (article.json) {
    const json = article.json;
    items.push({
      name: 'JSON',
      detail: article.selfHelpType ?? '',
      kind: 'json',
      range: { start: json.open.start, end: json.close?.end ?? text.length },
      selection: json.open,
      children: jsonItems(article),
    });
  }
  return items;
}

/** The keys that name a card of a JSON payload, in the order they are tried. */
const CARD_NAMES = ['title', 'shortDescription', 'displayName', 'displayLabel', 'name', 'description', 'id'];

/**
 * Under the JSON section: a form's elements by id and label; the cards of the other payloads (support topics, common
 * problems, tools, actions: the objects of each top-level list) by their title.
 */
function jsonItems(article: Article): OutlineItem[] {
  const form = formModel(article);
  if (form.elements.length)
    return form.elements.map((e) => ({
      name: e.id,
      detail: [e.label, e.controlType].filter(Boolean).join(' · '),
      kind: 'json-item' as const,
      range: e.span,
      selection: e.idSpan,
      children: [],
    }));
  const json = article.json!;
  const base = json.content.start;
  const tree = json.tree();
  const span = (node: Node): Span => ({ start: base + node.offset, end: base + node.offset + node.length });
  return (tree?.type === 'object' ? (tree.children ?? []) : []).flatMap((property) => {
    const list = property.children?.[1];
    if (list?.type !== 'array') return [];
    return (list.children ?? []).flatMap((card) => {
      if (card.type !== 'object') return [];
      const named = CARD_NAMES.map(
        (key) => card.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1],
      ).find((value) => value?.type === 'string' && String(value.value).trim());
      return [
        {
          name: named ? String(named.value) : `${property.children![0].value}[${list.children!.indexOf(card)}]`,
          detail: String(property.children![0].value),
          kind: 'json-item' as const,
          range: span(card),
          selection: named ? span(named) : span(card),
          children: [],
        },
      ];
    });
  });
}

function lastContentEnd(text: string, before: number): number {
  let end = before;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function deepestContaining(items: OutlineItem[], offset: number): OutlineItem | undefined {
  for (const item of items) {
    if (item.kind === 'heading' && item.range.start <= offset && offset <= item.range.end)
      return deepestContaining(item.children, offset) ?? item;
  }
  return undefined;
}

function sortChildren(item: OutlineItem): void {
  item.children.sort((a, b) => a.range.start - b.range.start);
  item.children.forEach(sortChildren);
}

export interface FoldingRange {
  /** 0-based lines. */
  startLine: number;
  endLine: number;
}

/** Folding for the properties block, the marker blocks and the JSON section. */
export function foldingRanges(article: Article): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const line = (offset: number) => article.lines.positionAt(offset).line;
  const add = (start: number, end: number) => {
    const [a, b] = [line(start), line(end)];
    if (b > a) ranges.push({ startLine: a, endLine: b });
  };
  if (article.block) add(article.block.start, article.block.end);
  for (const markerBlock of pairMarkers(article.body.markers).blocks)
    add(markerBlock.open.start, markerBlock.close!.end);
  if (article.json) add(article.json.open.start, article.json.close?.end ?? article.text.length);
  return ranges;
}
