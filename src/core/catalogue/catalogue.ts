/**
 * The catalogue of diagnostic scenarios and article ids, merged from three sources, each entry remembering where it
 * came from: the scenarios in public use (bundled, from the published corpus's counts), the team's catalogue files
 * (`selfhelp-catalogue.json`, or CSV), and what the workspace's own articles use. Pure: files come in as text.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import published from '../format/published-facts.json';

export type CatalogueSource = 'bundled' | 'team' | 'workspace';

/** One catalogue file's entry (what a team writes). */
export interface TeamEntry {
  diagnosticScenario: string;
  articleId?: string;
  service?: string;
  resource?: string;
  selfHelpType?: string;
  title?: string;
  description?: string;
  tokens?: string[];
}

export interface CatalogueEntry extends TeamEntry {
  /** Articles that use the scenario: published ones (bundled) plus the workspace's. */
  articles: number;
  /** Where the entry comes from, the team's file named. */
  sources: { source: CatalogueSource; file?: string }[];
}

export interface CatalogueProblem {
  message: string;
  /** Offsets in the file's text. */
  start: number;
  end: number;
}

const FIELDS: readonly (keyof TeamEntry)[] = [
  'diagnosticScenario',
  'articleId',
  'service',
  'resource',
  'selfHelpType',
  'title',
  'description',
  'tokens',
];

/** The entries of one team catalogue file, JSON (an array, or `{ "entries": [...] }`) or CSV with a header row. */
export function parseCatalogueFile(
  text: string,
  fileName: string,
): { entries: TeamEntry[]; problems: CatalogueProblem[] } {
  return /\.csv$/i.test(fileName) ? parseCsv(text) : parseJson(text);
}

function parseJson(text: string): { entries: TeamEntry[]; problems: CatalogueProblem[] } {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: false });
  const problems: CatalogueProblem[] = errors.map((e) => ({
    message: `Not valid JSON: ${printParseErrorCode(e.error)}.`,
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
  }));
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? (value as { entries?: unknown }).entries
      : undefined;
  if (!Array.isArray(list)) {
    if (!problems.length)
      problems.push({
        message: 'A catalogue is an array of entries, or an object with an "entries" array.',
        start: 0,
        end: Math.min(text.length, 1),
      });
    return { entries: [], problems };
  }
  const entries: TeamEntry[] = [];
  list.forEach((item, index) => {
    const entry = toEntry(item);
    if (entry) entries.push(entry);
    else {
      const at = locateItem(text, index);
      problems.push({ message: `Entry ${index + 1} has no "diagnosticScenario" text.`, start: at, end: at + 1 });
    }
  });
  return { entries, problems };
}

function toEntry(item: unknown): TeamEntry | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const scenario = typeof record.diagnosticScenario === 'string' ? record.diagnosticScenario.trim() : '';
  if (!scenario) return undefined;
  const entry: TeamEntry = { diagnosticScenario: scenario };
  for (const field of FIELDS) {
    const value = record[field];
    if (field === 'tokens') {
      const tokens = Array.isArray(value)
        ? value.filter((t): t is string => typeof t === 'string')
        : typeof value === 'string'
          ? value.split(/[;,]/)
          : [];
      const cleaned = tokens.map((t) => t.trim().replace(/^\$/, '')).filter(Boolean);
      if (cleaned.length) entry.tokens = cleaned;
    } else if (field !== 'diagnosticScenario' && typeof value === 'string' && value.trim()) entry[field] = value.trim();
  }
  return entry;
}

/** Where the index-th array item starts, roughly (for a problem's place): the index-th top-level `{`. */
function locateItem(text: string, index: number): number {
  let depth = 0;
  let seen = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 1 && ++seen === index) return i;
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  return 0;
}

/** CSV as spreadsheets write it: a header row naming the fields, quotes doubled inside quoted cells. */
function parseCsv(text: string): { entries: TeamEntry[]; problems: CatalogueProblem[] } {
  const rows: { cells: string[]; start: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let rowStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text[i] : '\n';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && !cell) quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((v) => v.trim())) rows.push({ cells, start: rowStart });
      cells = [];
      cell = '';
      rowStart = i + 1;
    } else cell += c;
  }
  const problems: CatalogueProblem[] = [];
  if (!rows.length) return { entries: [], problems };
  const header = rows[0].cells.map((h) => h.trim());
  const column = new Map(header.map((h, i) => [h.toLowerCase(), i]));
  if (!column.has('diagnosticscenario')) {
    problems.push({
      message: `The first row names the columns and must include "diagnosticScenario" (found: ${header.join(', ')}).`,
      start: 0,
      end: Math.max(1, text.indexOf('\n')),
    });
    return { entries: [], problems };
  }
  const entries: TeamEntry[] = [];
  for (const row of rows.slice(1)) {
    const record: Record<string, string> = {};
    for (const field of FIELDS) {
      const at = column.get(field.toLowerCase());
      if (at !== undefined && row.cells[at] !== undefined) record[field] = row.cells[at];
    }
    const entry = toEntry(record);
    if (entry) entries.push(entry);
    else problems.push({ message: 'This row has no diagnosticScenario.', start: row.start, end: row.start + 1 });
  }
  return { entries, problems };
}

let bundled: CatalogueEntry[] | undefined;

/** The scenarios in public use, with their services, resources, types and published article counts. */
export function bundledCatalogue(): CatalogueEntry[] {
  bundled ??= published.scenarios.map((s) => ({
    diagnosticScenario: s.name,
    service: s.services[0],
    resource: s.resources[0],
    selfHelpType: s.types[0],
    title: s.title || undefined,
    articles: s.articles,
    sources: [{ source: 'bundled' as const }],
  }));
  return bundled;
}

/** The ownershipId most used by articles of the service (bundled counts), for articles the author did not say. */
export function likelyOwnershipId(service: string | undefined): string | undefined {
  const key = service?.toLowerCase();
  if (!key) return undefined;
  return published.ownershipIds.filter((o) => o.services.includes(key)).sort((a, b) => b.articles - a.articles)[0]?.id;
}

/** A scenario one of the workspace's articles uses, with what that article says of itself. */
export interface WorkspaceUse {
  diagnosticScenario: string;
  service?: string;
  resource?: string;
  selfHelpType?: string;
  title?: string;
}

/**
 * One entry a scenario (names compared without case): the team's words win over the bundled ones, the workspace adds
 * its article counts; every source that names the scenario is kept.
 */
export function mergeCatalogue(
  team: { file: string; entries: TeamEntry[] }[],
  workspace: WorkspaceUse[],
  withBundled = true,
): CatalogueEntry[] {
  const byName = new Map<string, CatalogueEntry>();
  const add = (entry: TeamEntry, source: CatalogueEntry['sources'][number], articles: number) => {
    const key = entry.diagnosticScenario.toLowerCase();
    const existing = byName.get(key);
    if (!existing) {
      byName.set(key, { ...entry, articles, sources: [source] });
      return;
    }
    existing.articles += articles;
    if (!existing.sources.some((s) => s.source === source.source && s.file === source.file))
      existing.sources.push(source);
    const teamWords = source.source === 'team';
    for (const field of FIELDS) {
      if (field === 'diagnosticScenario' || entry[field] === undefined) continue;
      if (teamWords || existing[field] === undefined)
        (existing as unknown as Record<string, unknown>)[field] = entry[field];
    }
  };
  for (const file of team) for (const entry of file.entries) add(entry, { source: 'team', file: file.file }, 0);
  if (withBundled) for (const entry of bundledCatalogue()) add(entry, entry.sources[0], entry.articles);
  for (const use of workspace) add(use, { source: 'workspace' }, 1);
  return [...byName.values()];
}

/** The entries best for an article first: its service and resource, then its service, then by use. */
export function rankCatalogue(
  entries: readonly CatalogueEntry[],
  article: { service?: string; resource?: string },
): CatalogueEntry[] {
  const service = article.service?.toLowerCase();
  const resource = article.resource?.toLowerCase();
  const score = (e: CatalogueEntry) => {
    const sameService = !!service && e.service?.toLowerCase() === service;
    return sameService && !!resource && e.resource?.toLowerCase() === resource ? 2 : sameService ? 1 : 0;
  };
  return [...entries].sort(
    (a, b) =>
      score(b) - score(a) ||
      (b.sources.some((s) => s.source === 'team') ? 1 : 0) - (a.sources.some((s) => s.source === 'team') ? 1 : 0) ||
      b.articles - a.articles ||
      a.diagnosticScenario.localeCompare(b.diagnosticScenario),
  );
}
