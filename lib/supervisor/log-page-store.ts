/**
 * The rows of the supervisor's log table, fetched from the server a page at a time as the table
 * scrolls (offset paging, so dragging to row 80,000 fetches that page, not the 160 before it).
 * Only pages near what is on screen are kept, so 100,000 rows never sit in memory at once. One
 * store per filter + sort: a new filter makes a new store, and the old one ignores late answers.
 * Counting the matching rows is most of a request's cost on a large branch, so no page asks for
 * the total: it comes from its own one-row request, sent once the first page has come, so the
 * first rows go on screen without waiting for it (and it does not queue in front of them).
 */
import type { ReferralLogPage, ReferralLogRow } from '@/lib/contracts/referral-log';
import type { ApiResult } from '@/lib/sync/server-api';
import { badResponse, type ServerError } from '@/lib/sync/server-error';

/** `withTotal`: whether the server should count the matching rows (only the count request does). */
export type FetchPage = (
  offset: number,
  limit: number,
  withTotal: boolean,
) => Promise<ApiResult<ReferralLogPage>>;

export type LogStoreFailure = ServerError;

export const PAGE_SIZE = 500;

/**
 * Pages to fetch for rows first..last, most urgent first: the pages on screen, then one page of
 * read-ahead below and one above.
 */
export function pagesAround(
  first: number,
  last: number,
  pageSize: number,
  total: number,
): number[] {
  if (total <= 0) return [];
  const lastPage = Math.floor((total - 1) / pageSize);
  const top = Math.min(lastPage, Math.floor(first / pageSize));
  const bottom = Math.min(lastPage, Math.floor(Math.max(first, last) / pageSize));
  const pages: number[] = [];
  for (let p = top; p <= bottom; p++) pages.push(p);
  if (bottom < lastPage) pages.push(bottom + 1);
  if (top > 0) pages.push(top - 1);
  return pages;
}

/** Requests in flight at once: the page on screen is not stuck behind read-ahead. */
const MAX_IN_FLIGHT = 2;

export class LogPageStore {
  total: number | undefined;
  failure: LogStoreFailure | undefined;
  private readonly pages = new Map<number, ReferralLogRow[]>();
  private readonly loading = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private disposed = false;
  private wanted: number[] = [0];
  /** Pages still to fetch, most urgent first (replaced on every scroll). */
  private queue: number[] = [0];
  private counting = false;

  constructor(
    private readonly fetchPage: FetchPage,
    private readonly pageSize = PAGE_SIZE,
    /** Pages kept in memory at most (40 × 500 = 20,000 rows). */
    private readonly maxPages = 40,
  ) {
    this.pump();
  }

  /** Rows the table can show: the total, or before it is known the rows of the first page. */
  rowCount(): number {
    return this.total ?? this.pages.get(0)?.length ?? 0;
  }

  rowAt(index: number): ReferralLogRow | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  /** The table shows rows first..last: fetch what is missing, forget what is far away. */
  show(first: number, last: number): void {
    if (this.total === undefined) return;
    this.wanted = pagesAround(first, last, this.pageSize, this.total);
    this.queue = [...this.wanted];
    this.pump();
    this.evict();
  }

  /** Try again after an error (e.g. the server was briefly away). */
  retry(): void {
    this.failure = undefined;
    this.changed();
    this.queue = [...this.wanted];
    this.pump();
    // The count follows a page (below); with every page already here, it goes now.
    if (this.loading.size === 0) this.count();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  /** Starts fetching queued pages, up to MAX_IN_FLIGHT at a time. */
  private pump(): void {
    while (!this.disposed && !this.failure && this.loading.size < MAX_IN_FLIGHT) {
      const page = this.queue.shift();
      if (page === undefined) return;
      if (!this.pages.has(page) && !this.loading.has(page)) void this.load(page);
    }
  }

  private async load(page: number): Promise<void> {
    this.loading.add(page);
    const result = await this.fetchPage(page * this.pageSize, this.pageSize, false);
    this.loading.delete(page);
    if (this.disposed) return;
    if (!result.ok) this.failure = result.error;
    else {
      this.pages.set(page, result.data.rows);
      this.evict();
    }
    this.changed();
    this.pump();
    this.count();
  }

  /** The total, from a one-row request of its own (once; again after a retry if it failed). */
  private count(): void {
    if (this.total !== undefined || this.counting || this.disposed || this.failure) return;
    this.counting = true;
    void this.fetchPage(0, 1, true).then((result) => {
      this.counting = false;
      if (this.disposed) return;
      if (!result.ok) this.failure = result.error;
      else if (result.data.total !== undefined) this.total = result.data.total;
      else this.failure = badResponse(200);
      this.changed();
    });
  }

  private evict(): void {
    if (this.pages.size <= this.maxPages) return;
    const centre = this.wanted[Math.floor(this.wanted.length / 2)] ?? 0;
    const far = [...this.pages.keys()]
      .filter((p) => !this.wanted.includes(p))
      .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of far.slice(0, this.pages.size - this.maxPages)) this.pages.delete(page);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
