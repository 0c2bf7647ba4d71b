/**
 * `selfhelp links`: every web link of the given articles followed over the network (with `--new-from-…`, only the
 * links on lines the change added), reported with the same formats and exit codes as `check`; `--fix` writes where a
 * link redirected for good leads. The cache on disk lets a nightly run and a pull request share what they found.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import {
  applyFixes,
  decodeBytes,
  type Fetcher,
  type Finding,
  LinkChecker,
  linkFindings,
  type LinkSettings,
  parseArticle,
  resolveConfig,
  webLinksOf,
  inlineDisabling,
  type InlineDisabling,
  type WebLink,
  placeOf,
  type Place,
} from '../core';
import type { LinksOptions } from './args';
import { touchesChange } from './changes';
import { type LocatedFinding, writeIfUnchanged } from './check-file';
import { loadConfig } from './config-file';
import { readInputs } from './inputs';
import type { Io } from './io';
import { FileLinkCache } from './link-cache';
import { type CheckOutcome, progressLine } from './report';
import { repositoryRoot } from './repository';
import type { Summary } from './summary';
import { VERSION } from './version';

export const CACHE_FILE = '.selfhelp-links-cache.json';
const DAY = 86_400;

/**
 * What is kept of an article while its links are followed: its links placed in lines and columns and its inline
 * comments, not its parse or its text (the corpus's parses held at once cost 550 MB, their texts 80 more); the text
 * and the bytes only for --fix.
 */
interface ArticleLinks {
  absolute: string;
  file: string;
  fixing?: { bytes: Buffer; text: string };
  service?: string;
  links: WebLink[];
  /** Each link's place, by its span (a finding is on its link's span). */
  places: Map<string, Place>;
  disabled?: InlineDisabling;
}

export async function runLinks(
  options: LinksOptions,
  io: Io,
  fetcher: Fetcher = proxyAwareFetch(),
): Promise<CheckOutcome | undefined> {
  const problems: { message: string }[] = [];
  const { config } = loadConfig(options.config, io.cwd, problems);
  const resolved = resolveConfig(config, problems);
  if (problems.length) {
    io.stderr(problems.map((p) => `selfhelp: ${p.message}`).join('\n') + '\n');
    return undefined;
  }
  const inputs = readInputs(options.paths, options.newFrom, io);
  if (!inputs) return undefined;
  const { files, changes, changedLines, display } = inputs;
  const settings = config?.links ?? {};
  const excluded = (settings.exclude ?? []).map((source) => new RegExp(source));
  const unreadable: string[] = [];
  const articles: ArticleLinks[] = [];
  let skipped = 0;
  for (const absolute of files) {
    const changed = changes ? changedLines(absolute) : 'all';
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(absolute);
    } catch (error) {
      unreadable.push(`Cannot read ${display(absolute)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    const article = parseArticle(decodeBytes(bytes).text, { path: display(absolute) });
    if (!article.block) {
      skipped++;
      continue;
    }
    const links = webLinksOf(article).filter((link) => {
      if (excluded.some((pattern) => pattern.test(link.url))) return false;
      if (changed === 'all') return true;
      const { line, endLine } = placeOf(article.lines, link.start, link.end);
      return touchesChange(changed, line, endLine);
    });
    const places = new Map(links.map((link) => [spanKey(link), placeOf(article.lines, link.start, link.end)]));
    articles.push({
      absolute,
      file: display(absolute),
      fixing: options.fix ? { bytes, text: article.text } : undefined,
      service: article.attributes.get('service')?.value,
      links,
      places,
      disabled: inlineDisabling(article),
    });
  }

  const fragmentsChecked = resolved.get('SH802') !== undefined;
  const pages = new Map<string, boolean>();
  for (const { links } of articles)
    for (const link of links)
      pages.set(link.page, (pages.get(link.page) ?? false) || (fragmentsChecked && link.fragment !== undefined));
  const cacheFile = path.resolve(
    io.cwd,
    options.cacheFile ?? path.join(repositoryRoot(files, io.cwd) ?? io.cwd, CACHE_FILE),
  );
  const maxAge = (options.maxAge ?? DAY) * 1000;
  const cache = options.cache ? FileLinkCache.read(cacheFile, maxAge) : undefined;
  const checker = new LinkChecker({
    fetch: fetcher,
    ...checkerSettings(settings),
    hostConcurrency: options.hostConcurrency ?? settings.hostConcurrency,
    maxConcurrency: options.maxConcurrency,
    hostInterval: options.hostInterval ?? settings.hostInterval,
    timeout: (options.timeout ?? settings.timeout ?? 20) * 1000,
    userAgent: `selfhelp-links/${VERSION} (+https://github.com/selfhelp-authoring/selfhelp-authoring)`,
    cache,
    maxAge: { alive: maxAge, failure: maxAge / 24 },
  });
  const progress = options.progress && io.isTerminal ? progressLine(io, pages.size, 'links') : undefined;
  const results = await checker.checkPages(
    [...pages].map(([page, needsIds]) => ({ page, needsIds })),
    () => progress?.advance(1),
  );
  progress?.done();
  if (cache) {
    const problem = cache.write();
    if (problem) io.stderr(`selfhelp: ${problem}\n`);
  }
  const { requests, fromCache } = checker.stats;
  if (io.isTerminal)
    io.stderr(`selfhelp: ${pages.size} pages: ${requests} requests, ${fromCache} answered from the cache\n`);

  const findings: LocatedFinding[] = [];
  let fixed = 0;
  for (const entry of articles) {
    let found = linkFindings(entry.links, results, resolved, entry.disabled);
    if (entry.fixing && found.some((f) => f.fix)) {
      const outcome = applyFixes(entry.fixing.text, found);
      const problem = outcome.fixed.length
        ? writeIfUnchanged(entry.absolute, entry.fixing.bytes, Buffer.from(outcome.text, 'utf8'), entry.file)
        : undefined;
      if (problem) unreadable.push(problem);
      else {
        fixed += outcome.fixed.length;
        found = found.filter((f) => !outcome.fixed.includes(f));
      }
    }
    findings.push(...found.map((f) => located(entry.file, f, entry.places.get(spanKey(f))!)));
  }
  if (unreadable.length) io.stderr(unreadable.map((why) => `selfhelp: ${why}`).join('\n') + '\n');
  const summary: Summary = {
    files: articles.length,
    skipped,
    fixed,
    findings,
    services: new Map(articles.map((a) => [a.file, a.service])),
    newFrom: options.newFrom?.revision,
  };
  return { summary, unreadable: unreadable.length > 0 };
}

function checkerSettings(settings: LinkSettings) {
  return {
    accept: settings.accept && new Set(settings.accept),
    remap: settings.remap?.map(([pattern, replacement]) => ({ pattern: new RegExp(pattern), replacement })),
  };
}

const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

function located(file: string, f: Finding, place: Place): LocatedFinding {
  return {
    file,
    rule: f.rule,
    severity: f.severity,
    ...place,
    message: f.message,
    messageId: f.messageId,
    fixable: f.fix !== undefined,
  };
}

/**
 * Node's fetch through the proxy HTTPS_PROXY / HTTP_PROXY name, except for the hosts of NO_PROXY. A connection left
 * idle is closed after a second: hundreds of hosts are asked a few pages each, and kept open, their sockets' buffers
 * were most of the memory of a run.
 */
function proxyAwareFetch(): Fetcher {
  const dispatcher = new EnvHttpProxyAgent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 });
  return (url, init) => undiciFetch(url, { ...init, dispatcher }) as unknown as ReturnType<Fetcher>;
}
