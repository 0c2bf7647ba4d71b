/** Text → article model with exact source offsets (FORMAT §6). Never throws on any input. */
import { parseBody, type Body } from './body';
import { findJsonSection, readJsonSection, type JsonSection } from './json-section';
import { findBlockStart, scanPropertiesBlock, trimmedValue, type Attribute, type PropertiesBlock } from './properties';
import { typeInfo, type TypeInfo } from '../format/schema';
import { LineIndex } from '../text/source-text';

export interface SourceInfo {
  /** Path of the file, for rules about file names; forward slashes. */
  path?: string;
  /** The bytes were not valid UTF-8 and were decoded as Windows-1252 (see decodeBytes). */
  invalidUtf8?: boolean;
  invalidUtf8Offset?: number;
}

export interface Article {
  text: string;
  lines: LineIndex;
  source: SourceInfo;
  /** The properties block, when the file has one near its start. */
  block?: PropertiesBlock;
  /** The first attribute of each name, by lower-case name. */
  attributes: Map<string, Attribute>;
  /** The trimmed `selfHelpType` value, and what the format knows about it. */
  selfHelpType?: string;
  type?: TypeInfo;
  body: Body;
  json?: JsonSection;
}

/** An attribute's trimmed value by name (any case); undefined when absent or empty. */
export function attributeValue(article: Article, name: string): string | undefined {
  const attribute = article.attributes.get(name.toLowerCase());
  return attribute ? trimmedValue(attribute) || undefined : undefined;
}

/** Text as an id or a file name: lower case, words joined by hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The properties block and what it says, without the body: what the rules over many articles read. */
export type ArticleHead = Pick<Article, 'text' | 'lines' | 'source' | 'block' | 'attributes' | 'selfHelpType' | 'type'>;

export function parseArticleHead(text: string, source: SourceInfo = {}): ArticleHead {
  const lines = new LineIndex(text);
  const blockStart = findBlockStart(text);
  const block = blockStart >= 0 ? scanPropertiesBlock(text, blockStart) : undefined;
  const attributes = new Map<string, Attribute>();
  for (const attribute of block?.attributes ?? [])
    if (!attributes.has(attribute.key)) attributes.set(attribute.key, attribute);
  const typeAttribute = attributes.get('selfhelptype');
  const selfHelpType = typeAttribute ? trimmedValue(typeAttribute) : undefined;
  return { text, lines, source, block, attributes, selfHelpType, type: typeInfo(selfHelpType) };
}

export function parseArticle(text: string, source: SourceInfo = {}): Article {
  const head = parseArticleHead(text, source);
  const { lines, block, type } = head;
  const bodyStart = block ? block.end : 0;
  const bodyStartLine = lines.positionAt(bodyStart).line;
  const json = block ? findJsonSection(lines, bodyStartLine + (block.close ? 1 : 0), type?.body === 'json') : undefined;
  if (json) readJsonSection(text, json);
  const bodyEnd = json ? json.open.start : text.length;
  const body = parseBody(text, lines, bodyStart, bodyEnd, json?.lines);
  // Written out field by field: every article keeps one shape, the one the rules were tuned on.
  const { attributes, selfHelpType } = head;
  return { text, lines, source, block, attributes, selfHelpType, type, body, json };
}
