// @vitest-environment node
/**
 * GET /v1/referrals/queue/events: a meet-now referral reaches the assigned manager's open queue
 * page as it is pushed; only their own (or, for a supervisor, the branch's); no client data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_EVENTS_PATH, queueEventSchema } from '../../lib/contracts/queue-events';
import type { QueueResponse } from '../../lib/contracts/queue-api';
import { OTHER_BRANCH, makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness, type Person } from './helpers/harness';
import { readSse, type SseReader } from './helpers/sse';
import { DB_TARGETS } from './helpers/targets';

const waiting = (overrides: Parameters<typeof makeReferral>[0] = {}) =>
  makeReferral({
    clientInitial: '王*',
    counterLabel: '3号窗口',
    tellerNote: '客户赶时间，十点前要走',
    contact: { name: '王女士', phone: '138 0013 8000' },
    cardLast4: '3445',
    ...overrides,
  });

describe.each(DB_TARGETS)('queue event stream on $name', (target) => {
  let h: Harness;
  const open: SseReader[] = [];
  const listen = async (as: Person) => {
    const res = await h.app.request(QUEUE_EVENTS_PATH, {
      headers: { authorization: `Bearer ${h.tokens[as]}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const stream = readSse(res);
    open.push(stream);
    await stream.next((e) => e.event === 'ready');
    return stream;
  };
  const push = async (...referrals: ReturnType<typeof makeReferral>[]) => {
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals, events: referrals.map((r) => makeEvent(r, 1)) },
    });
    expect(res.status).toBe(200);
  };
  const about = (id: string) => (e: { event: string; data: string }) =>
    e.event === 'referral' && queueEventSchema.parse(JSON.parse(e.data)).referralId === id;

  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await h.close();
  });

  it('needs a token of a client manager or supervisor', async () => {
    expect((await h.app.request(QUEUE_EVENTS_PATH)).status).toBe(401);
    for (const as of ['teller', 'lobby', 'admin', 'revoked'] as const) {
      const res = await h.call('GET', QUEUE_EVENTS_PATH, { as });
      expect(res.status, as).toBe(as === 'revoked' ? 401 : 403);
    }
  });

  it('tells the assigned manager of a meet-now referral within seconds, and nobody else’s', async () => {
    const before = waiting();
    await push(before);
    const manager = await listen('manager');
    const otherManager = waiting({ managerStaffId: 'CM02' });
    const otherBranch = waiting({ branchId: OTHER_BRANCH, managerStaffId: 'CM91' });
    const mine = waiting();
    await push(otherManager);
    const other = await h.call('POST', '/v1/sync/push', {
      as: 'otherTeller',
      body: { referrals: [otherBranch] },
    });
    expect(other.status).toBe(200);
    const sent = Date.now();
    await push(mine);
    const event = await manager.next(about(mine.id), 5_000);
    expect(Date.now() - sent).toBeLessThan(5_000);
    expect(queueEventSchema.parse(JSON.parse(event.data))).toEqual({
      referralId: mine.id,
      status: 'new',
      meetNow: true,
      withdrawn: false,
    });
    // The feed is in order: had the others been sent, they would have come first.
    const heard = manager.events
      .filter((e) => e.event === 'referral')
      .map((e) => (JSON.parse(e.data) as { referralId: string }).referralId);
    expect(heard).toEqual([mine.id]);
    expect(heard).not.toContain(before.id);
  });

  it('sends no client data: no name, card digits, phone, note or counter', async () => {
    const manager = await listen('manager');
    const mine = waiting();
    await push(mine);
    await manager.next(about(mine.id));
    // Ids are hex and could hold "3445" by chance: look at everything else.
    const raw = manager
      .raw()
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    expect(raw).toContain('<id>');
    for (const secret of ['王', '3445', '138', '8000', '十点', '窗口', '138 0013 8000'])
      expect(raw, secret).not.toContain(secret);
  });

  it('a supervisor hears the branch, not another branch', async () => {
    const supervisor = await listen('supervisor');
    const otherBranch = waiting({ branchId: OTHER_BRANCH, managerStaffId: 'CM91' });
    const pushed = await h.call('POST', '/v1/sync/push', {
      as: 'otherTeller',
      body: { referrals: [otherBranch] },
    });
    expect(pushed.status).toBe(200);
    const cm02 = waiting({ managerStaffId: 'CM02' });
    await push(cm02);
    await supervisor.next(about(cm02.id));
    expect(supervisor.events.some(about(otherBranch.id))).toBe(false);
  });

  it('an outcome is heard too: won, no longer waiting', async () => {
    const manager = await listen('manager');
    const mine = waiting();
    await push(mine);
    await manager.next(about(mine.id));
    for (const step of [{ status: 'contacted' }, { status: 'met' }]) {
      expect(
        (await h.call('PATCH', `/v1/referrals/${mine.id}/status`, { as: 'manager', body: step }))
          .status,
      ).toBe(200);
    }
    const won = await h.call('PATCH', `/v1/referrals/${mine.id}/status`, {
      as: 'manager',
      body: { status: 'won', outcome: { product: '基金定投' } },
    });
    expect(won.status).toBe(200);
    const event = await manager.next(
      (e) => about(mine.id)(e) && (JSON.parse(e.data) as { status: string }).status === 'won',
    );
    expect(JSON.parse(event.data)).toMatchObject({ status: 'won', meetNow: false });
  });

  it('the queue itself names whom and where for the assigned manager', async () => {
    const mine = waiting();
    await push(mine);
    const res = await h.call('GET', '/v1/referrals/queue', { as: 'manager' });
    const item = (res.json as unknown as QueueResponse).items.find(
      (i) => i.referral.id === mine.id,
    );
    expect(item?.referral).toMatchObject({
      clientInitial: '王*',
      counterLabel: '3号窗口',
      tellerNote: '客户赶时间，十点前要走',
      cardLast4: '3445',
      contact: { name: '王女士', phone: '138 0013 8000' },
    });
  });

  it('refuses a client initial that is a whole name, and a counter label with a long number', async () => {
    for (const bad of [{ clientInitial: '王小明' }, { counterLabel: '窗口 622202' }]) {
      const res = await h.call('POST', '/v1/sync/push', {
        as: 'teller',
        body: { referrals: [waiting(bad)] },
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
  });
});
