// @vitest-environment node
/**
 * A counter PC with a wrong clock: a referral dated 2099 (or 1999) is refused with a reason the
 * device parks for a person to see, instead of sitting at the top of the log forever; a few
 * minutes of skew are fine. Retention goes by the later of the device's time and the server's
 * receive time, so a referral pushed late still keeps its full retention period. The clock is the
 * harness's injected one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralLogPage } from '../../lib/contracts/referral-log';
import { purgePersonalData } from '../../server/repo/retention';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness, storedReferralIds } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const DAY = 86_400_000;
const MINUTE = 60_000;

describe.each(DB_TARGETS)('device clocks on $name', (target) => {
  let h: Harness;
  const iso = (offsetMs: number) => new Date(h.clock.now().getTime() + offsetMs).toISOString();
  const dated = (createdAt: string) => makeReferral({ createdAt, updatedAt: createdAt });
  const push = (body: unknown) => h.call('POST', '/v1/sync/push', { as: 'teller', body });

  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  it.each([
    ['2099-01-01T00:00:00.000Z', /createdAt is \d+ min ahead/],
    ['1999-12-31T23:00:00.000+08:00', /createdAt is before 2024-01-01/],
  ])('refuses createdAt %s, naming the item, and stores nothing', async (createdAt, reason) => {
    const good = makeReferral();
    const bad = dated(createdAt);
    const res = await push({ referrals: [good, bad] });
    expect(res.status, res.text).toBe(422);
    expect(res.json.error).toBe('implausible_time');
    expect(res.json.details).toEqual({
      items: [
        { kind: 'referral', index: 1, id: bad.id, error: expect.stringMatching(reason) as unknown },
      ],
    });
    expect(await storedReferralIds(h.database, [good.id, bad.id])).toEqual([]);
  });

  it('refuses an event from the future and an updatedAt from the future', async () => {
    const referral = makeReferral();
    const res = await push({
      referrals: [{ ...referral, updatedAt: '2099-01-01T00:00:00.000Z' }],
      events: [makeEvent(referral, 1, { at: '2099-01-01T00:00:00.000Z' })],
    });
    expect(res.status).toBe(422);
    expect((res.json.details as { items: { kind: string }[] }).items.map((i) => i.kind)).toEqual([
      'referral',
      'event',
    ]);
  });

  it('accepts a clock a few minutes fast, refuses one more than 10 minutes fast', async () => {
    expect((await push({ referrals: [dated(iso(9 * MINUTE))] })).status).toBe(200);
    expect((await push({ referrals: [dated(iso(11 * MINUTE))] })).status).toBe(422);
  });

  it('the log is not topped by a referral from the future', async () => {
    const log = (await h.call('GET', '/v1/referral-log?limit=1', { as: 'supervisor' }))
      .json as unknown as ReferralLogPage;
    expect(Date.parse(log.rows[0]!.createdAt)).toBeLessThanOrEqual(
      h.clock.now().getTime() + 10 * MINUTE,
    );
  });

  it('retention purges by the later of device time and receive time', async () => {
    // Made 100 days ago on a counter that was offline, pushed today.
    const late = dated(iso(-100 * DAY));
    expect((await push({ referrals: [late] })).status).toBe(200);
    const contactOf = async () =>
      (
        await h.database.db.kysely
          .selectFrom('referrals')
          .select('contact_json')
          .where('id', '=', late.id)
          .executeTakeFirstOrThrow()
      ).contact_json;

    await purgePersonalData(h.database.db, { now: h.clock.now(), days: 90, actor: 'test' });
    expect(await contactOf()).not.toBeNull();

    await purgePersonalData(h.database.db, {
      now: new Date(h.clock.now().getTime() + 91 * DAY),
      days: 90,
      actor: 'test',
    });
    expect(await contactOf()).toBeNull();
  });
});
