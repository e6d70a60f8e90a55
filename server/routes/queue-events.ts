/**
 * GET /v1/referrals/queue/events: a server-sent event stream for an open queue page.
 *
 * The stream reads the changes feed (repo/changes.ts) with the listener's own visibility — a
 * client manager hears only referrals assigned to them, a supervisor their branch's — once per
 * `pollMs`. Reading the shared feed, rather than an in-process signal, means a referral pushed to
 * any server instance reaches a listener on any other, on SQLite and PostgreSQL alike; one small
 * indexed query a second per open queue page is cheap for a branch's few managers.
 *
 * Authentication is the usual bearer token: the extension page reads the stream with fetch() and a
 * ReadableStream (EventSource cannot send an Authorization header, and a token in the URL would
 * end up in access logs). The stream closes itself after `maxMs`, so a revoked token stops
 * hearing within that time; the page reconnects with backoff.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { QueueEvent } from '../../lib/contracts/queue-events';
import type { ServerReferral } from '../../lib/contracts/server-referral';
import { isWaiting } from '../../lib/queue/whom-words';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { formatCursor, readChanges } from '../repo/changes';
import { feedEnd } from '../repo/feed-end';
import { rowToServerReferral } from '../repo/referral-rows';
import type { ReportDeps } from './report-deps';

export interface QueueEventOptions {
  pollMs: number;
  heartbeatMs: number;
  maxMs: number;
}

export const DEFAULT_QUEUE_EVENTS: QueueEventOptions = {
  pollMs: 1_000,
  heartbeatMs: 15_000,
  maxMs: 10 * 60_000,
};

const PAGE = 100;

/** What a listener hears of a referral: which one, and what it means for the queue. No client data. */
function eventOf(r: ServerReferral): QueueEvent {
  return {
    referralId: r.id,
    status: r.status,
    meetNow: isWaiting(r),
    withdrawn: Boolean(r.undoneAt),
  };
}

export function queueEventRoutes(
  { db, logger }: Pick<ReportDeps, 'db' | 'logger'>,
  options: QueueEventOptions = DEFAULT_QUEUE_EVENTS,
) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const auth = requireRole(c, ['client_manager', 'supervisor']);
    let cursor = await feedEnd(db, auth);
    return streamSSE(c, async (stream) => {
      const started = Date.now();
      let quietSince = started;
      await stream.writeSSE({
        event: 'ready',
        data: JSON.stringify({ pollMs: options.pollMs }),
        retry: options.pollMs * 2,
      });
      try {
        while (!stream.aborted && !stream.closed && Date.now() - started < options.maxMs) {
          const page = await readChanges(db, auth, cursor, PAGE);
          cursor = page.cursor;
          for (const row of page.referrals) {
            await stream.writeSSE({
              event: 'referral',
              id: formatCursor(cursor),
              data: JSON.stringify(eventOf(rowToServerReferral(row, false))),
            });
            quietSince = Date.now();
          }
          if (page.hasMore) continue;
          if (Date.now() - quietSince >= options.heartbeatMs) {
            await stream.write(': keep-alive\n\n');
            quietSince = Date.now();
          }
          await stream.sleep(options.pollMs);
        }
      } catch (error) {
        // The database went away, or the listener did: end the stream, the page reconnects.
        if (!stream.aborted)
          logger.error('queue event stream failed', {
            message: (error instanceof Error ? error.message : String(error)).slice(0, 200),
          });
      }
    });
  });
}
