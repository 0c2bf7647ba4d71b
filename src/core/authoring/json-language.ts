/**
 * The JSON section served by vscode-json-languageservice (the library behind VS Code's own JSON support) with the
 * schema of the article's type (`schemas/`): completions of keys and values, hovers, folding, selection ranges and
 * formatting. The service reads the article with everything outside the section blanked out (line breaks kept), so
 * its positions are the article's own and nothing outside the section can be touched.
 */
import {
  getLanguageService,
  TextDocument,
  type CompletionList,
  type FoldingRange,
  type FormattingOptions,
  type Hover,
  type JSONDocument,
  type LanguageService,
  type Position,
  type Range,
  type SelectionRange,
  type TextEdit,
} from 'vscode-json-languageservice';
import type { Node } from 'jsonc-parser';
import { JSON_SCHEMAS, type Schema } from '../format/json-schemas';
import type { Article } from '../parse/article';
import { memoized } from '../text/memo';

/** The schema of an article's type (the one the rules check it against), when the type has one. */
const schemaOf = (article: Pick<Article, 'selfHelpType'>): Schema | undefined =>
  JSON_SCHEMAS[article.selfHelpType?.toLowerCase() ?? ''];

/** The schema's URI for an article's type (undefined for a type without a JSON schema). */
export function jsonSchemaUriOf(article: Pick<Article, 'selfHelpType'>): string | undefined {
  return schemaOf(article)?.$id;
}

/** One service a schema, made on first use (most sessions never open a JSON article). */
const serviceFor = memoized((schema: Schema): LanguageService => {
  // An article's own `"$schema": "SelfHelpContent"` names no schema the service could fetch: whatever it asks for is
  // the schema of the article's type (one service a schema).
  const text = JSON.stringify(schema);
  const service = getLanguageService({ schemaRequestService: () => Promise.resolve(text) });
  // The section is validated by our own rules (SH401–SH408): the service is asked for help, never for problems.
  service.configure({
    validate: false,
    allowComments: false,
    schemas: [{ uri: schema.$id!, fileMatch: ['*'], schema }],
  });
  return service;
});

interface Embedded {
  document: TextDocument;
  parsed: JSONDocument;
  service: LanguageService;
  /** The section's content as a range of the article. */
  range: Range;
}

/** The article as the service reads it: the section's content in place, every other character a blank. */
const embeddedOf = memoized((article: Article): Embedded | undefined => {
  const schema = schemaOf(article);
  const json = article.json;
  let result: Embedded | undefined;
  if (schema && json) {
    const { text } = article;
    const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
    const masked =
      blank(text.slice(0, json.content.start)) +
      keysInSchemaCase(text.slice(json.content.start, json.content.end), json.tree(), schema) +
      blank(text.slice(json.content.end));
    const document = TextDocument.create(
      `selfhelp-section:///${encodeURIComponent(article.source.path ?? 'article')}.json`,
      'json',
      1,
      masked,
    );
    const service = serviceFor(schema);
    const range = { start: document.positionAt(json.content.start), end: document.positionAt(json.content.end) };
    result = { document, parsed: service.parseJSONDocument(document), service, range };
  }
  return result;
});

/** Every property name a schema knows, by its lower case. */
const schemaKeys = memoized((schema: Schema): ReadonlyMap<string, string> => {
  const keys = new Map<string, string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const properties = (value as { properties?: Record<string, unknown> }).properties;
      if (properties && typeof properties === 'object')
        for (const key of Object.keys(properties)) keys.set(key.toLowerCase(), key);
      Object.values(value).forEach(visit);
    }
  };
  visit(schema);
  return keys;
});

/**
 * The section with each key the consumer reads in another case (`ControlType`) written as the schema writes it: the
 * same length, so every position stays where it is, and the service finds the key's help.
 */
function keysInSchemaCase(section: string, tree: Node | undefined, schema: Schema): string {
  const keys = schemaKeys(schema);
  const changes: { at: number; key: string }[] = [];
  const walk = (node: Node | undefined) => {
    if (!node) return;
    if (node.type === 'property') {
      const name = node.children?.[0];
      const canonical = name?.type === 'string' ? keys.get(String(name.value).toLowerCase()) : undefined;
      // Only a name written as it reads (no escapes): then its characters are exactly the ones replaced.
      if (
        canonical &&
        canonical !== name!.value &&
        section.slice(name!.offset + 1, name!.offset + name!.length - 1) === name!.value
      )
        changes.push({ at: name!.offset + 1, key: canonical });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  if (!changes.length) return section;
  let out = '';
  let last = 0;
  for (const { at, key } of changes.sort((a, b) => a.at - b.at)) {
    out += section.slice(last, at) + key;
    last = at + key.length;
  }
  return out + section.slice(last);
}

const inside = (e: Embedded, offset: number) =>
  offset >= e.document.offsetAt(e.range.start) && offset <= e.document.offsetAt(e.range.end);

/** Completions of keys and values (and the schema's snippets) at an offset of the section. */
export async function jsonCompletionsAt(article: Article, offset: number): Promise<CompletionList | undefined> {
  const e = embeddedOf(article);
  if (!e || !inside(e, offset)) return undefined;
  return (await e.service.doComplete(e.document, e.document.positionAt(offset), e.parsed)) ?? undefined;
}

/** What the schema says of the key or value at an offset of the section. */
export async function jsonHoverAt(article: Article, offset: number): Promise<Hover | undefined> {
  const e = embeddedOf(article);
  if (!e || !inside(e, offset)) return undefined;
  return (await e.service.doHover(e.document, e.document.positionAt(offset), e.parsed)) ?? undefined;
}

/** The section's objects and arrays as folding ranges. */
export function jsonFoldingRanges(article: Article): FoldingRange[] {
  const e = embeddedOf(article);
  return e ? e.service.getFoldingRanges(e.document) : [];
}

/** Growing selections (string, property, object …) at offsets of the section. */
export function jsonSelectionRanges(article: Article, offsets: readonly number[]): (SelectionRange | undefined)[] {
  const e = embeddedOf(article);
  if (!e) return offsets.map(() => undefined);
  const ranges = e.service.getSelectionRanges(
    e.document,
    offsets.map((o) => e.document.positionAt(o)),
    e.parsed,
  );
  return offsets.map((o, i) => (inside(e, o) ? ranges[i] : undefined));
}

/** How the section is indented now: its first indented line's tab or run of spaces (two spaces when none is). */
export function sectionIndentation(article: Article): Pick<FormattingOptions, 'tabSize' | 'insertSpaces'> {
  const json = article.json;
  const content = json ? article.text.slice(json.content.start, json.content.end) : '';
  const indent = /\n([ \t]+)\S/.exec(content)?.[1];
  if (indent?.startsWith('\t')) return { tabSize: 4, insertSpaces: false };
  return { tabSize: indent ? Math.min(indent.length, 8) : 2, insertSpaces: true };
}

/**
 * The edits that lay out the section (or the part of it a range covers) as strict JSON in the indentation the section
 * already uses: nothing outside the section's content is touched.
 */
export function formatJsonSection(article: Article, range?: { start: number; end: number }): TextEdit[] {
  const e = embeddedOf(article);
  if (!e) return [];
  const start = e.document.offsetAt(e.range.start);
  const end = e.document.offsetAt(e.range.end);
  const from = Math.max(start, range?.start ?? start);
  const to = Math.min(end, range?.end ?? end);
  if (from > to) return [];
  const options: FormattingOptions = { ...sectionIndentation(article), insertFinalNewline: false, keepLines: false };
  const edits = e.service.format(
    e.document,
    { start: e.document.positionAt(from), end: e.document.positionAt(to) },
    options,
  );
  // The service may reach into the blanks around the section (a line break before the closing ---): left alone.
  const layout = edits.filter((edit) => {
    const editStart = e.document.offsetAt(edit.range.start);
    const editEnd = e.document.offsetAt(edit.range.end);
    return editStart >= start && editEnd <= end;
  });
  // Strict JSON: the trailing commas the lenient reader read past go, and names without quotes get them (the formatter
  // keeps both as written; it only moves the blanks between tokens, so the edits never touch the same characters).
  // (jsonc-parser may report a comma twice: once for the member, once for its list.)
  const seen = new Set<number>();
  const strict = (article.json?.strictErrors ?? []).flatMap(({ trailingComma, bareKey }) => {
    const span = trailingComma ?? bareKey;
    if (!span || span.start < from || span.end > to || seen.has(span.start)) return [];
    seen.add(span.start);
    const place = { start: e.document.positionAt(span.start), end: e.document.positionAt(span.end) };
    return [{ range: place, newText: bareKey ? `"${article.text.slice(span.start, span.end)}"` : '' }];
  });
  return [...layout, ...strict];
}

export type { CompletionList, FoldingRange, Hover, Position, Range, SelectionRange, TextEdit as JsonTextEdit };
