/**
 * A web of many hosts on this machine, for the link checker's tests and bench: each host name gets its own loopback
 * address (127.0.0.2, 127.0.0.3 …) on one port, so a request reaches the host it names through `remap` rules (the
 * checker's, as lychee's --remap), and the server tells hosts apart by the address a request came in on. It counts
 * every request and the most in flight to each host at once. Nothing reaches the internet.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface PageSpec {
  status?: number;
  headers?: Record<string, string>;
  /** An HTML body (served as text/html). */
  html?: string;
  /** How long to wait before answering (ms); `Infinity` never answers. */
  delay?: number;
  /** Answers HEAD with this status (405: a server that refuses HEAD). */
  head?: number;
}

/** A page: the same answer each time, or one made for each request (the how-manieth, from 1, and its method). */
export type Page = PageSpec | ((request: { count: number; method: string }) => PageSpec);

/** How requests to a host no page names are recorded. */
export const UNKNOWN_HOST = '(a host of no page)';

export interface RequestSeen {
  host: string;
  method: string;
  path: string;
}

export class SimulatedWeb {
  readonly requests: RequestSeen[] = [];
  /** The most requests in flight at once, by host. */
  readonly peakInFlight = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private readonly hostOfAddress = new Map<string, string>();
  private readonly addressOfHost = new Map<string, string>();
  private readonly server: http.Server;
  private port = 0;

  /** Pages by their address (`https://learn.microsoft.com/azure/sizes`); anything else answers 404. */
  constructor(
    private readonly pages: Record<string, Page>,
    /** Every request waits this long before it is answered (ms): the latency of a real network. */
    private readonly latency = 0,
  ) {
    for (const address of Object.keys(pages)) this.addressFor(new URL(address).host);
    this.server = http.createServer((request, response) => this.answer(request, response));
    this.server.keepAliveTimeout = 30_000;
  }

  /** A host gets an address when a page names it, or when a test asks (a host with no page: every path 404). */
  addressFor(host: string): string {
    let address = this.addressOfHost.get(host);
    if (!address) {
      const n = this.addressOfHost.size + 2;
      address = `127.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
      this.addressOfHost.set(host, address);
      this.hostOfAddress.set(address, host);
    }
    return address;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '0.0.0.0', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * The checker's remap rules: each host (http or https) to its loopback address, over plain http; any other host to
   * 127.0.0.1, where every path answers 404 (so that a test never reaches the internet, whatever it links to).
   */
  remap(): [string, string][] {
    return [
      ...[...this.addressOfHost].map(([host, address]): [string, string] => [
        `^https?://${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/?#]|$)`,
        `http://${address}:${this.port}`,
      ]),
      ['^https?://[^/?#]+', `http://127.0.0.1:${this.port}`],
    ];
  }

  /** Requests a host got, by method and path. */
  requestsTo(host: string): RequestSeen[] {
    return this.requests.filter((r) => r.host === host);
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const local = (request.socket.localAddress ?? '').replace(/^::ffff:/, '');
    const host = this.hostOfAddress.get(local) ?? UNKNOWN_HOST;
    const path = request.url ?? '/';
    const method = request.method ?? 'GET';
    this.requests.push({ host, method, path });
    const key = `https://${host}${path}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const flying = (this.inFlight.get(host) ?? 0) + 1;
    this.inFlight.set(host, flying);
    this.peakInFlight.set(host, Math.max(this.peakInFlight.get(host) ?? 0, flying));
    const done = () => this.inFlight.set(host, (this.inFlight.get(host) ?? 1) - 1);
    response.on('close', done);
    const page = this.pages[key];
    const spec: PageSpec = typeof page === 'function' ? page({ count, method }) : (page ?? { status: 404 });
    const delay = (spec.delay ?? 0) + this.latency;
    if (delay === Infinity) return;
    setTimeout(() => {
      if (response.destroyed) return;
      const status = method === 'HEAD' && spec.head ? spec.head : (spec.status ?? 200);
      const headers: Record<string, string> = { ...spec.headers };
      if (spec.html !== undefined) headers['content-type'] = 'text/html; charset=utf-8';
      response.writeHead(status, headers);
      response.end(method === 'HEAD' ? undefined : (spec.html ?? ''));
    }, delay);
  }
}
