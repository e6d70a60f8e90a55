/**
 * Sync in the service worker: drains the outbox (referrals, events) to the branch server, pulls
 * outcomes back, refreshes the roster and keeps a status the panel shows. One run at a time; a
 * run requested while one is going happens right after it. Offline is normal: the next attempt is
 * scheduled (backoff with jitter lives in the outbox store, so it survives the worker being killed).
 */
import { DexieOutboxStore, getKv, type SidekickDB } from '../db';
import { applyPullPage } from '../handoffs/server-updates';
import { noticeContext } from '../queue/notice-context';
import { drainOutbox, pullChanges, type FetchLike } from '../sync';
import { serverApi } from '../sync/server-api';
import type { RosterEntry } from '../contracts/roster';
import type { OutcomeNotice, SyncConfig, SyncStatus } from '../settings/sync-config';

export interface SyncDeps {
  db: SidekickDB;
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  config: () => Promise<SyncConfig | null>;
  myStaffId: () => Promise<string>;
  saveStatus: (s: SyncStatus) => Promise<void>;
  addNotices: (n: OutcomeNotice[]) => Promise<void>;
  saveRoster: (r: RosterEntry[]) => Promise<void>;
  /** Ask to be woken at this time (alarm), e.g. for a backoff or a referral leaving its undo window. */
  wakeAt: (at: number) => void;
}

const OUTCOMES = new Set(['contacted', 'met', 'won', 'lost']);

export function createSyncService(deps: SyncDeps) {
  const store = new DexieOutboxStore(deps.db, { now: deps.now });
  let running: Promise<void> | undefined;
  let again = false;

  const status = async (patch: Partial<SyncStatus>, config: SyncConfig | null): Promise<void> => {
    const [pending, parked] = await Promise.all([
      store.count(),
      store.parkedItems().then((p) => p.length),
    ]);
    const state = await store.loadState();
    await deps.saveStatus({
      configured: config !== null,
      pending,
      parked,
      lastAttemptAt: deps.now(),
      ...(state.lastSuccessAt ? { lastSuccessAt: state.lastSuccessAt } : {}),
      ...patch,
    });
  };

  const once = async (force: boolean): Promise<void> => {
    const config = await deps.config();
    if (!config) return status({}, null);
    const drained = await drainOutbox({
      fetch: deps.fetch,
      store,
      baseUrl: config.url,
      token: config.token,
      clock: { now: deps.now },
      random: deps.random,
      force,
    });
    if (drained.status === 'retry' || drained.status === 'waiting') deps.wakeAt(drained.retryAt);
    const due = await store.nextDueAt();
    if (due !== undefined) deps.wakeAt(due);
    if (drained.status === 'unauthorized')
      return status({ lastErrorCode: 'invalid_token', lastError: drained.error }, config);

    const me = await deps.myStaffId();
    const notices: OutcomeNotice[] = [];
    const pulled = await pullChanges({
      fetch: deps.fetch,
      baseUrl: config.url,
      token: config.token,
      cursor: (await getKv(deps.db, 'sync.cursor')) ?? '0',
      apply: async (page) => {
        const results = await applyPullPage(deps.db, page, new Date(deps.now()));
        for (const r of results) {
          const change = r.statusChange;
          if (!change || !OUTCOMES.has(change.to) || change.from === null) continue;
          const referral = await deps.db.referrals.get(change.referralId);
          if (referral && referral.referrerStaffId === me)
            notices.push({
              referralId: referral.id,
              to: change.to,
              product: referral.outcome?.product,
              managerStaffId: referral.managerStaffId,
              at: deps.now(),
              ...noticeContext(referral),
            });
        }
      },
    });
    if (notices.length > 0) await deps.addNotices(notices);
    // Stopped at its page limit with changes still waiting: carry on at the next wake-up.
    if (pulled.ok && pulled.more) deps.wakeAt(deps.now());
    const roster = await serverApi(config, deps.fetch).roster();
    if (roster.ok) await deps.saveRoster(roster.data.managers);
    const problem: Partial<SyncStatus> =
      drained.status === 'retry'
        ? { lastErrorCode: drained.code, lastError: drained.error }
        : !pulled.ok
          ? { lastErrorCode: pulled.error.code, lastError: pulled.error.detail }
          : {};
    await status(problem, config);
  };

  const run = (force: boolean): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = once(force)
      .catch(async (error: unknown) => {
        await status(
          { lastError: error instanceof Error ? error.message : String(error) },
          await deps.config(),
        ).catch(() => undefined);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void run(force);
        }
      });
    return running;
  };

  return { syncNow: (force = false) => run(force) };
}
