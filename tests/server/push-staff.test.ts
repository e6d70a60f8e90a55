// @vitest-environment node
/**
 * A pushed referral must name a client manager on the branch's roster and, for the second credit,
 * someone known in the branch. Anything else is refused per item (422 unknown_staff): the device's
 * outbox parks exactly that referral with the reason — kept for a person to fix, never retried in
 * a loop, never dropped — and the rest of the outbox syncs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../lib/sync/drain-outbox';
import { MemoryOutboxStore } from '../../lib/sync/memory-outbox';
import type { FetchLike } from '../../lib/sync/http-client';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness, storedReferralIds } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

describe.each(DB_TARGETS)('staff named in a push on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  const push = (referrals: unknown[]) =>
    h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals } });

  it.each([
    ['a manager nobody knows', { managerStaffId: 'CM77' }, /managerStaffId CM77/],
    ["another branch's manager", { managerStaffId: 'CM91' }, /managerStaffId CM91/],
    ['a second credit nobody knows', { secondCreditStaffId: 'L999' }, /secondCreditStaffId L999/],
    ["another branch's lobby manager", { secondCreditStaffId: 'S901' }, /secondCreditStaffId S901/],
  ])('refuses %s, naming the item', async (_name, overrides, reason) => {
    const good = makeReferral();
    const bad = makeReferral(overrides);
    const res = await push([good, bad]);
    expect(res.status, res.text).toBe(422);
    expect(res.json.error).toBe('unknown_staff');
    expect(res.json.details).toEqual({
      items: [
        { kind: 'referral', index: 1, id: bad.id, error: expect.stringMatching(reason) as unknown },
      ],
    });
    expect(await storedReferralIds(h.database, [good.id, bad.id])).toEqual([]);
  });

  it('accepts a roster manager and a lobby manager of the branch as second credit', async () => {
    const res = await push([
      makeReferral({ managerStaffId: 'CM02', secondCreditStaffId: 'L001' }),
      makeReferral({ managerStaffId: 'CM01' }),
    ]);
    expect(res.status, res.text).toBe(200);
  });

  it('a stored referral re-sent after its manager left the roster is still a repeat', async () => {
    const referral = makeReferral({ managerStaffId: 'CM02' });
    expect((await push([referral])).status).toBe(200);
    const roster = await h.call('GET', '/v1/roster', { as: 'admin' });
    const keep = (roster.json.managers as { staffId: string }[]).filter(
      (m) => m.staffId !== 'CM02',
    );
    expect(
      (await h.call('PUT', '/v1/roster', { as: 'admin', body: { managers: keep } })).status,
    ).toBe(200);
    const again = await push([referral]);
    expect(again.status, again.text).toBe(200);
    expect((again.json.results as { result: string }[])[0]?.result).toBe('unchanged');
  });

  it("the device's outbox parks the refused referral with the reason and sends the rest", async () => {
    const store = new MemoryOutboxStore();
    const good = makeReferral();
    const bad = makeReferral({ managerStaffId: 'CM77' });
    store.enqueue(
      { id: good.id, kind: 'referral', payload: good },
      { id: bad.id, kind: 'referral', payload: bad },
    );
    const fetch: FetchLike = (url, init) => Promise.resolve(h.app.request(url, init));
    const options = {
      fetch,
      store,
      baseUrl: 'http://sync.test',
      token: h.tokens.teller,
      clock: { now: () => 0 },
      random: () => 0.5,
    };
    expect(await drainOutbox(options)).toEqual({ status: 'idle', sent: 1, parked: 1 });
    expect(store.parked.get(bad.id)?.reason).toMatchObject({
      status: 422,
      error: expect.stringContaining('CM77') as unknown,
    });
    // Nothing left to retry: a second drain sends nothing and parks nothing more.
    expect(await drainOutbox(options)).toEqual({ status: 'idle', sent: 0, parked: 0 });
    expect(store.parked.size).toBe(1);
  });
});
