/**
 * What `selfhelp links` found, kept in a JSON file between runs (a nightly run and a pull request's share it, in CI
 * through actions/cache): by page address, with when it was found out. Entries past the longest age are dropped when
 * it is written; a file that is missing or unreadable is an empty cache.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { LinkCache, PageResult } from '../core';

const VERSION = 1;

export class FileLinkCache implements LinkCache {
  private constructor(
    private readonly file: string,
    private readonly pages: Map<string, PageResult>,
    private readonly maxAge: number,
  ) {}

  static read(file: string, maxAge: number): FileLinkCache {
    const pages = new Map<string, PageResult>();
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        version?: number;
        pages?: Record<string, PageResult>;
      };
      if (stored.version === VERSION && stored.pages && typeof stored.pages === 'object')
        for (const [page, result] of Object.entries(stored.pages))
          if (result && typeof result.checkedAt === 'number' && typeof result.outcome === 'string')
            pages.set(page, result);
    } catch {
      // No cache yet, or one from another version: start afresh.
    }
    return new FileLinkCache(file, pages, maxAge);
  }

  get(page: string): PageResult | undefined {
    return this.pages.get(page);
  }

  set(page: string, result: PageResult): void {
    this.pages.set(page, result);
  }

  /** Writes the cache whole, atomically; a problem is returned in words, never thrown (the report still counts). */
  write(now = Date.now()): string | undefined {
    const kept = Object.fromEntries([...this.pages].filter(([, result]) => now - result.checkedAt < this.maxAge));
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify({ version: VERSION, pages: kept }));
      fs.renameSync(temporary, this.file);
      return undefined;
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      return `Cannot write the links cache ${this.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    }
  }
}
