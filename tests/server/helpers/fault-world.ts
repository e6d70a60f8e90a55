/**
 * The fault test's world: a real server process that gets SIGKILLed mid-batch and restarted, a
 * network that flaps for everyone and drops responses after the server committed, and simulated
 * counter devices that create referrals and drain their outboxes with lib/sync. Every decision is
 * drawn from seeded generators, so a failing seed can be replayed (FAULT_SEED=…).
 */
import { createHash } from 'node:crypto';
import { drainOutbox } from '../../../lib/sync/drain-outbox';
import { MemoryOutboxStore } from '../../../lib/sync/memory-outbox';
import type { FetchLike } from '../../../lib/sync/http-client';
import type { Referral, ReferralEvent } from '../../../lib/contracts/referral';
import { seededRandom, seededUuid } from './seeded-random';
import { startServer, type ServerProcess } from '../../../support/server/server-process';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class KillableServer {
  private server: ServerProcess | undefined;
  private restarting: Promise<void> | undefined;
  kills = 0;

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get output(): string[] {
    return this.server?.output ?? [];
  }

  async start(): Promise<void> {
    this.server = await startServer(this.env, this.port);
  }

  get restartingNow(): boolean {
    return this.restarting !== undefined;
  }

  /** SIGKILL after `afterMs` (while a batch is in flight), then start again after `downMs`. */
  killSoon(afterMs: number, downMs: number): void {
    if (this.restarting) return;
    this.restarting = (async () => {
      await sleep(afterMs);
      await this.server?.kill();
      this.kills++;
      await sleep(downMs);
      await this.start();
    })().finally(() => (this.restarting = undefined));
  }

  async settle(): Promise<void> {
    while (this.restarting) await this.restarting;
  }

  async stop(): Promise<void> {
    await this.settle();
    await this.server?.stop();
  }
}

export interface FaultPlan {
  seed: number;
  /** Requests of device 0 at which the server is killed. */
  killAt: Set<number>;
  /** Requests of device 0 at which the whole network goes down for a moment. */
  flapAt: Set<number>;
  refuseRate: number;
  dropAfterCommitRate: number;
}

export function planFaults(seed: number): FaultPlan {
  const random = seededRandom(seed ^ 0x5eed);
  const pick = (count: number, from: number, to: number) => {
    const picked = new Set<number>();
    while (picked.size < count) picked.add(from + Math.floor(random() * (to - from)));
    return picked;
  };
  return {
    seed,
    killAt: pick(3, 3, 22),
    flapAt: pick(2, 2, 20),
    refuseRate: 0.06,
    dropAfterCommitRate: 0.08,
  };
}

export class FaultyNetwork {
  networkDownUntil = 0;
  private pendingKills = 0;
  refused = 0;
  dropped = 0;
  flaps = 0;

  constructor(
    private readonly plan: FaultPlan,
    private readonly server: KillableServer,
  ) {}

  fetchFor(device: number): FetchLike {
    const random = seededRandom(this.plan.seed * 31 + device);
    let requests = 0;
    return async (url, init) => {
      requests++;
      const roll = random();
      const killDelay = random() * 5;
      const downMs = 150 + random() * 250;
      if (device === 0 && this.plan.flapAt.has(requests)) {
        this.flaps++;
        this.networkDownUntil = Date.now() + downMs;
      }
      if (device === 0 && this.plan.killAt.has(requests)) this.pendingKills++;
      const networkDown = Date.now() < this.networkDownUntil;
      if (!networkDown && device === 0 && this.pendingKills > 0 && !this.server.restartingNow) {
        // This request goes out and the server dies under it, maybe before, maybe after commit.
        this.pendingKills--;
        this.server.killSoon(killDelay, downMs);
      } else if (networkDown || roll < this.plan.refuseRate) {
        this.refused++;
        throw new TypeError('fetch failed: connection refused');
      }
      const response = await fetch(url, init);
      if (roll < this.plan.refuseRate + this.plan.dropAfterCommitRate) {
        await response.arrayBuffer().catch(() => undefined);
        this.dropped++;
        throw new TypeError('fetch failed: connection reset (response lost)');
      }
      return response;
    };
  }
}

export interface DeviceResult {
  referrals: Referral[];
  events: ReferralEvent[];
  parked: number;
}

/** A counter that makes `total` referrals in bursts, each with 1–3 events, and syncs as it goes. */
export async function runDevice(options: {
  device: number;
  staffId: string;
  token: string;
  total: number;
  seed: number;
  fetch: FetchLike;
  baseUrl: string;
  deadline: number;
}): Promise<DeviceResult> {
  const data = seededRandom(options.seed * 7919 + options.device);
  const jitter = seededRandom(options.seed * 104729 + options.device);
  const store = new MemoryOutboxStore();
  const referrals: Referral[] = [];
  const events: ReferralEvent[] = [];

  while (referrals.length < options.total || store.size > 0) {
    if (Date.now() > options.deadline)
      throw new Error(`device ${options.device} did not finish: ${store.size} items pending`);
    const burst = Math.min(1 + Math.floor(data() * 12), options.total - referrals.length);
    for (let i = 0; i < burst; i++) {
      const referral = makeDeviceReferral(data, options.staffId, referrals.length);
      const made = makeDeviceEvents(data, referral);
      referrals.push(referral);
      events.push(...made);
      store.enqueue(
        { id: referral.id, kind: 'referral', payload: referral },
        ...made.map((e) => ({ id: e.id, kind: 'event' as const, payload: e })),
      );
    }
    const result = await drainOutbox({
      fetch: options.fetch,
      store,
      baseUrl: options.baseUrl,
      token: options.token,
      clock: { now: () => Date.now() },
      random: jitter,
      batchSize: 25,
      backoff: { baseMs: 20, maxMs: 400 },
      timeoutMs: 10_000,
    });
    if (result.status === 'unauthorized')
      throw new Error(`device ${options.device}: ${result.error}`);
    if (result.status === 'retry' || result.status === 'waiting')
      await sleep(Math.max(0, result.retryAt - Date.now()));
  }
  return { referrals, events, parked: store.parked.size };
}

function makeDeviceReferral(random: () => number, staffId: string, n: number): Referral {
  const at = new Date(Date.UTC(2026, 10, 20, 1, 0, 0) + n * 60_000).toISOString();
  const consent = random() < 0.5;
  return {
    id: seededUuid(random),
    branchId: '0101',
    createdAt: at,
    updatedAt: at,
    referrerStaffId: staffId,
    referrerRole: random() < 0.5 ? 'cash_teller' : 'non_cash_teller',
    clientRef: createHash('sha256').update(`${staffId}:${n}:${random()}`).digest('hex'),
    tier: (['A', 'B', 'C'] as const)[Math.floor(random() * 3)] ?? 'B',
    signals: [{ kind: 'time_deposit', amountBand: { min: 200_000, max: 500_000 } }],
    summary: '定期到期，有理财意向',
    managerStaffId: random() < 0.5 ? 'CM01' : 'CM02',
    handoff: 'refer_now',
    followUp: { channel: 'meet_now' },
    consent,
    ...(consent ? { contact: { name: '客户', phone: '138 0000 0000' } } : {}),
    profileVersion: 'demo-terminal@1',
    status: 'new',
  };
}

function makeDeviceEvents(random: () => number, referral: Referral): ReferralEvent[] {
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, (_, i): ReferralEvent => {
    const base = {
      id: seededUuid(random),
      referralId: referral.id,
      at: new Date(Date.parse(referral.createdAt) + i * 1000).toISOString(),
      seq: i + 1,
      actorStaffId: referral.referrerStaffId,
    };
    return i === 0
      ? { ...base, type: 'created', data: { handoff: 'refer_now' } }
      : { ...base, type: 'note', data: { text: `补充说明 ${i}` } };
  });
}
