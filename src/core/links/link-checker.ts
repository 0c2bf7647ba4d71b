/**
 * Follows web links over the network, politely: at most a few requests in flight to a host and a limit over all,
 * an optional pause between two requests to one host, a host that answers 429 (or 503 with `Retry-After`) left
 * alone for as long as it asks, HEAD first and GET where HEAD is refused or a fragment needs the page, at most ten
 * redirects, a timeout, retries after a failure, and a cache of what was found. `fetch` is the host's (Node's or a
 * proxy-aware one in the CLI, the browser's in a web worker): nothing here needs Node.
 */
import { PageIds } from './page-ids';

/** What the checker reads of an answer: a `fetch` Response has all of it. */
export interface LinkResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

export type Fetcher = (
  url: string,
  init: { method: 'HEAD' | 'GET'; headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal },
) => Promise<LinkResponse>;

export type PageOutcome = 'alive' | 'dead' | 'sign-in' | 'unreachable';

/** What a page's address led to. */
export interface PageResult {
  outcome: PageOutcome;
  /** The last status answered (absent when no answer came). */
  status?: number;
  /** Why, in words, when the page is not alive (`404`, `a redirect loop`, `no answer in 20 s`). */
  reason?: string;
  /** Each redirect followed, in order. */
  redirects: { from: string; status: number; to: string }[];
  /** Where the last permanent redirect (301, 308) leads, or an aka.ms link's page: the address to link to. */
  moved?: string;
  /** The `id`s and anchor `name`s of the final page, when it was read (an HTML page asked for its fragments). */
  ids?: string[];
  /** The final page was asked for whole (GET), to read its fragments: `ids` is absent only when it is no HTML. */
  read?: boolean;
  /** When it was found out (ms since the epoch). */
  checkedAt: number;
}

/** Results kept between runs (a file in the CLI), by page address. */
export interface LinkCache {
  get(page: string): PageResult | undefined;
  set(page: string, result: PageResult): void;
}

export interface LinkCheckerOptions {
  fetch: Fetcher;
  /** Requests in flight to one host. */
  hostConcurrency?: number;
  /** Requests in flight in all. */
  maxConcurrency?: number;
  /** The least time between the starts of two requests to one host (ms). */
  hostInterval?: number;
  /** How long to wait for an answer (ms). */
  timeout?: number;
  maxRedirects?: number;
  /** Tries after the first when a request fails, times out or gets a 5xx or a 429. */
  retries?: number;
  /** The first wait before a retry (ms), doubled each time; a `Retry-After` overrides it. */
  retryDelay?: number;
  /** The longest `Retry-After` honoured (ms): a server asking for longer is taken as unreachable for now. */
  maxRetryAfter?: number;
  userAgent?: string;
  /** Rewrites an address before it is requested (mirrors, tests); what is reported keeps the address written. */
  remap?: readonly { pattern: RegExp; replacement: string }[];
  /** Statuses that mean alive (a host known to answer 403 to robots). */
  accept?: ReadonlySet<number>;
  cache?: LinkCache;
  /** How long a result stays good (ms): an alive page for a day, a failure for an hour by default. */
  maxAge?: { alive: number; failure: number };
  now?: () => number;
  /** Stops the check: no request starts after it, those in flight are abandoned, their pages not reported. */
  signal?: AbortSignal;
}

export interface CheckStats {
  /** Requests sent. */
  requests: number;
  /** Pages answered from the cache, without a request. */
  fromCache: number;
  /** The most requests in flight at once to one host, and in all. */
  peakPerHost: number;
  peakInAll: number;
}

const DEFAULTS = {
  hostConcurrency: 8,
  maxConcurrency: 128,
  hostInterval: 0,
  timeout: 20_000,
  maxRedirects: 10,
  retries: 2,
  retryDelay: 1_000,
  maxRetryAfter: 60_000,
  userAgent: 'selfhelp-links (+https://github.com/selfhelp-authoring/selfhelp-authoring)',
  maxAge: { alive: 24 * 3600_000, failure: 3600_000 },
};

/** HEAD answers that mean "ask with GET" rather than anything about the page. */
const HEAD_REFUSED = new Set([400, 403, 404, 405, 406, 500, 501]);
const PERMANENT = new Set([301, 308]);
/** A page read for its fragments is read up to this size: the ids of a larger one are taken from what was read. */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export class LinkChecker {
  private readonly options: Required<Omit<LinkCheckerOptions, 'cache' | 'signal'>> & {
    cache?: LinkCache;
    signal?: AbortSignal;
  };
  private readonly gates: HostGates;
  readonly stats: CheckStats = { requests: 0, fromCache: 0, peakPerHost: 0, peakInAll: 0 };

  constructor(options: LinkCheckerOptions) {
    const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    this.options = { ...DEFAULTS, remap: [], accept: new Set(), now: () => Date.now(), ...given, fetch: options.fetch };
    this.gates = new HostGates(this.options.hostConcurrency, this.options.maxConcurrency, this.options.hostInterval);
  }

  /** Every page, checked once; `needsIds` pages are read for their fragments. Never rejects. */
  async checkPages(
    pages: readonly { page: string; needsIds: boolean }[],
    onChecked?: (page: string, result: PageResult) => void,
  ): Promise<Map<string, PageResult>> {
    const results = new Map<string, PageResult>();
    // A bounded number of pages under way, taken in turn from each host (so every host has work while the busiest
    // sets the pace): twelve thousand checks started at once kept as many requests' objects alive, most of a run's
    // memory.
    const queue = interleavedByHost(pages);
    let next = 0;
    const worker = async () => {
      while (next < queue.length) {
        const { page, needsIds } = queue[next++];
        const result = await this.checkPage(page, needsIds);
        results.set(page, result);
        onChecked?.(page, result);
      }
    };
    const workers = Math.min(queue.length, this.options.maxConcurrency * 2);
    await Promise.all(Array.from({ length: workers }, worker));
    this.stats.peakPerHost = this.gates.peakPerHost;
    this.stats.peakInAll = this.gates.peakInAll;
    return results;
  }

  private async checkPage(page: string, needsIds: boolean): Promise<PageResult> {
    const { cache, now, maxAge } = this.options;
    const cached = cache?.get(page);
    if (cached && now() - cached.checkedAt < (cached.outcome === 'alive' ? maxAge.alive : maxAge.failure)) {
      // A page alive but never read for its fragments is read now that a link asks for one.
      if (!(needsIds && cached.outcome === 'alive' && !cached.read)) {
        this.stats.fromCache++;
        return cached;
      }
    }
    const result = await this.follow(page, needsIds).catch((error: unknown): PageResult => ({
      outcome: 'unreachable',
      reason: `the check failed: ${error instanceof Error ? error.message : String(error)}`,
      redirects: [],
      checkedAt: now(),
    }));
    if (result.reason !== CANCELLED) cache?.set(page, result);
    return result;
  }

  private async follow(page: string, needsIds: boolean): Promise<PageResult> {
    const { maxRedirects, now } = this.options;
    const redirects: PageResult['redirects'] = [];
    const seen = new Set([page]);
    let url = page;
    for (;;) {
      const answer = await this.request(url, needsIds);
      const done = (outcome: PageOutcome, reason?: string): PageResult => ({
        outcome,
        status: answer.status,
        reason,
        redirects,
        moved: outcome === 'alive' ? movedTo(page, redirects) : undefined,
        ids: answer.ids,
        read: needsIds || undefined,
        checkedAt: now(),
      });
      if (answer.status === undefined) return done('unreachable', answer.error);
      const status = answer.status;
      if (status >= 300 && status < 400 && status !== 304) {
        if (!answer.location) return done('unreachable', `${status} without a Location to follow`);
        let next: string;
        try {
          const target = new URL(answer.location, url);
          target.hash = '';
          next = target.href;
        } catch {
          return done('dead', `${status} to an address that is none (${answer.location})`);
        }
        redirects.push({ from: url, status, to: next });
        if (seen.has(next)) return done('dead', 'a redirect loop');
        if (redirects.length > maxRedirects) return done('dead', `more than ${maxRedirects} redirects`);
        seen.add(next);
        url = next;
        continue;
      }
      if (this.options.accept.has(status) || (status >= 200 && status < 300)) return done('alive');
      if (status === 401 || status === 403) return done('sign-in', String(status));
      if (status === 429 || status >= 500)
        return done('unreachable', `${status} after ${this.options.retries + 1} tries`);
      return done('dead', String(status));
    }
  }

  /** One address asked, with its retries: HEAD first unless the page is to be read. */
  private async request(url: string, read: boolean): Promise<Answer> {
    const { retries, retryDelay, maxRetryAfter, timeout, userAgent, now } = this.options;
    const target = this.remapped(url);
    let host: string;
    try {
      host = new URL(target).host;
    } catch {
      return { error: 'not an address' };
    }
    let method: 'HEAD' | 'GET' = read ? 'GET' : 'HEAD';
    const { signal } = this.options;
    for (let attempt = 0; ; attempt++) {
      let wait = retryDelay * 2 ** attempt;
      await this.gates.acquire(host);
      if (signal?.aborted) {
        this.gates.release(host);
        return { error: CANCELLED };
      }
      let answer: Answer;
      const limit = timeLimit(timeout, signal);
      try {
        this.stats.requests++;
        const response = await this.options.fetch(target, {
          method,
          headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
          redirect: 'manual',
          signal: limit.signal,
        });
        const status = response.status;
        if (method === 'HEAD' && HEAD_REFUSED.has(status)) {
          await discard(response);
          method = 'GET';
          attempt--;
          continue;
        }
        const retryAfter = retryAfterMs(response.headers.get('retry-after'), now());
        if ((status === 429 || status >= 500) && attempt < retries && (retryAfter ?? 0) <= maxRetryAfter) {
          await discard(response);
          if (retryAfter !== undefined) wait = retryAfter;
          // Every request to the host waits as long, not only this one.
          if (status === 429 || retryAfter !== undefined) this.gates.pause(host, now() + wait);
          answer = { retry: true };
        } else {
          const html = /\bhtml\b/i.test(response.headers.get('content-type') ?? '');
          const ids = read && html && status >= 200 && status < 300 ? await readIds(response) : undefined;
          if (ids === undefined) await discard(response);
          answer = { status, location: response.headers.get('location') ?? undefined, ids };
        }
      } catch (error) {
        // A timeout has waited long already: tried once more, not as often as a failure that came at once.
        const tries = isTimeout(error) ? Math.min(retries, 1) : retries;
        if (signal?.aborted) answer = { error: CANCELLED };
        else answer = attempt < tries ? { retry: true } : { error: failureReason(error, timeout) };
      } finally {
        limit.clear();
        this.gates.release(host);
      }
      if (!answer.retry) return answer;
      await sleep(wait);
    }
  }

  private remapped(url: string): string {
    for (const { pattern, replacement } of this.options.remap)
      if (pattern.test(url)) return url.replace(pattern, replacement);
    return url;
  }
}

/**
 * A request's signal: aborted when the time is up or the check is stopped. Its timer is cleared as soon as the
 * request is answered: AbortSignal.timeout's would hold each request's objects until it fired (13,000 requests of a
 * run, up to 20 s each, were most of its memory).
 */
function timeLimit(timeout: number, stop: AbortSignal | undefined): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('No answer in time', 'TimeoutError')), timeout);
  const onStop = () => controller.abort(stop!.reason);
  stop?.addEventListener('abort', onStop, { once: true });
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      stop?.removeEventListener('abort', onStop);
    },
  };
}

/** The pages in turns, one of each host a turn: the order that keeps every host busy from the start. */
function interleavedByHost<T extends { page: string }>(pages: readonly T[]): T[] {
  const byHost = new Map<string, T[]>();
  for (const entry of pages) {
    let host: string;
    try {
      host = new URL(entry.page).host;
    } catch {
      host = '';
    }
    let list = byHost.get(host);
    if (!list) byHost.set(host, (list = []));
    list.push(entry);
  }
  const lists = [...byHost.values()];
  const out: T[] = [];
  for (let turn = 0; out.length < pages.length; turn++)
    for (const list of lists) if (turn < list.length) out.push(list[turn]);
  return out;
}

/** The reason of a page the check stopped before it was answered: never cached, never reported. */
export const CANCELLED = 'cancelled';

interface Answer {
  status?: number;
  location?: string;
  ids?: string[];
  error?: string;
  retry?: boolean;
}

/**
 * The address to link to instead: where the last permanent redirect leads; for an aka.ms link (forbidden by the
 * content guides, and redirected for now, not for good) the page it ends at.
 */
function movedTo(page: string, redirects: PageResult['redirects']): string | undefined {
  if (!redirects.length) return undefined;
  if (new URL(page).hostname.toLowerCase() === 'aka.ms') return redirects[redirects.length - 1].to;
  for (let i = redirects.length - 1; i >= 0; i--) if (PERMANENT.has(redirects[i].status)) return redirects[i].to;
  return undefined;
}

/** `Retry-After` as seconds or as an HTTP date, in ms from now. */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readIds(response: LinkResponse): Promise<string[] | undefined> {
  if (!response.body) return undefined;
  const ids = new PageIds();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      ids.write(decoder.decode(value, { stream: true }));
      if (bytes > MAX_PAGE_BYTES) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    // What arrived before the connection broke is read.
  }
  return ids.end();
}

/** An answer's body is never left unread: the connection would stay taken. */
async function discard(response: LinkResponse): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return name === 'TimeoutError' || (code !== undefined && /^UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT$/.test(code));
}

function failureReason(error: unknown, timeout: number): string {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer in ${Math.round(timeout / 100) / 10} s`;
  const code = ((error as { cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code) as
    string | undefined;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    case 'ECONNREFUSED':
      return 'the connection is refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was reset';
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `no answer in ${Math.round(timeout / 100) / 10} s`;
  }
  if (code) return code;
  // fetch says only "fetch failed"; why is in its cause ("bad port").
  const cause = (error as { cause?: { message?: string } })?.cause?.message;
  return cause || (error instanceof Error ? error.message : String(error));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface HostState {
  inFlight: number;
  waiting: (() => void)[];
  /** No request starts before this (ms since the epoch): the interval, or a pause the host asked for. */
  notBefore: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Who may send a request now: per host, in all, and when. */
class HostGates {
  private readonly hosts = new Map<string, HostState>();
  private inFlight = 0;
  peakPerHost = 0;
  peakInAll = 0;

  constructor(
    private readonly perHost: number,
    private readonly inAll: number,
    private readonly interval: number,
  ) {}

  acquire(host: string): Promise<void> {
    return new Promise((resolve) => {
      this.state(host).waiting.push(resolve);
      this.pump(host);
    });
  }

  release(host: string): void {
    const state = this.state(host);
    state.inFlight--;
    this.inFlight--;
    this.pump(host);
    // A place freed in all: the hosts that waited for one go on.
    for (const [other, waiting] of this.hosts) if (other !== host && waiting.waiting.length) this.pump(other);
  }

  pause(host: string, until: number): void {
    const state = this.state(host);
    state.notBefore = Math.max(state.notBefore, until);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { inFlight: 0, waiting: [], notBefore: 0 }));
    return state;
  }

  private pump(host: string): void {
    const state = this.state(host);
    while (state.waiting.length && state.inFlight < this.perHost && this.inFlight < this.inAll) {
      const now = Date.now();
      if (now < state.notBefore) {
        if (!state.timer)
          state.timer = setTimeout(() => {
            state.timer = undefined;
            this.pump(host);
          }, state.notBefore - now);
        return;
      }
      state.inFlight++;
      this.inFlight++;
      this.peakPerHost = Math.max(this.peakPerHost, state.inFlight);
      this.peakInAll = Math.max(this.peakInAll, this.inFlight);
      if (this.interval) state.notBefore = now + this.interval;
      state.waiting.shift()!();
    }
  }
}
