// @vitest-environment node
/** The client manager's pipeline: new → contacted → met → won / lost, and nothing else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../lib/contracts/referral';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const BODY: Record<string, object> = {
  contacted: { status: 'contacted' },
  met: { status: 'met' },
  won: {
    status: 'won',
    outcome: { product: '基金定投', amountBand: { min: 100000, max: 500000 } },
  },
  lost: { status: 'lost', outcome: { reason: '客户暂无需求' } },
};
const PATH_TO: Record<string, string[]> = {
  new: [],
  contacted: ['contacted'],
  met: ['contacted', 'met'],
  won: ['contacted', 'met', 'won'],
  lost: ['lost'],
};

const TRANSITIONS: [ReferralStatus, string, number][] = [
  ['new', 'contacted', 200],
  ['new', 'lost', 200],
  ['new', 'met', 409],
  ['new', 'won', 409],
  ['contacted', 'met', 200],
  ['contacted', 'lost', 200],
  ['contacted', 'won', 409],
  ['met', 'won', 200],
  ['met', 'lost', 200],
  ['met', 'contacted', 409],
  ['won', 'lost', 409],
  ['won', 'contacted', 409],
  ['lost', 'won', 409],
  ['lost', 'met', 409],
];

describe.each(DB_TARGETS)('status transitions on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  async function referralIn(status: ReferralStatus): Promise<string> {
    const referral = makeReferral();
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [referral] } }))
        .status,
    ).toBe(200);
    for (const step of PATH_TO[status] ?? []) {
      expect(
        (
          await h.call('PATCH', `/v1/referrals/${referral.id}/status`, {
            as: 'manager',
            body: BODY[step],
          })
        ).status,
      ).toBe(200);
    }
    return referral.id;
  }

  it.each(TRANSITIONS)('%s → %s answers %i', async (from, to, expected) => {
    const id = await referralIn(from);
    const res = await h.call('PATCH', `/v1/referrals/${id}/status`, {
      as: 'manager',
      body: BODY[to],
    });
    expect(res.status, res.text).toBe(expected);
    const stored = await h.database.db.kysely
      .selectFrom('referrals')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe(expected === 200 ? to : from);
    if (expected === 409)
      expect(res.json).toMatchObject({ error: 'invalid_transition', details: { from, to } });
  });

  it('repeating the same update (a retry) answers 200 with changed=false and writes no second event', async () => {
    const id = await referralIn('met');
    const first = await h.call('PATCH', `/v1/referrals/${id}/status`, {
      as: 'manager',
      body: BODY.won,
    });
    const again = await h.call('PATCH', `/v1/referrals/${id}/status`, {
      as: 'manager',
      body: BODY.won,
    });
    expect([first.json.changed, again.json.changed]).toEqual([true, false]);
    const events = await h.database.db.kysely
      .selectFrom('events')
      .select('type')
      .where('referral_id', '=', id)
      .where('type', '=', 'status_changed')
      .execute();
    expect(events).toHaveLength(3);
  });

  it('a declined referral cannot be worked', async () => {
    const declined = makeReferral({
      handoff: 'declined',
      status: 'declined',
      consent: false,
      contact: undefined,
      declineReason: '没时间',
    });
    delete (declined as Partial<typeof declined>).contact;
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [declined] } }))
        .status,
    ).toBe(200);
    const res = await h.call('PATCH', `/v1/referrals/${declined.id}/status`, {
      as: 'manager',
      body: BODY.contacted,
    });
    expect(res.status).toBe(409);
  });

  it('the supervisor may move a referral of the branch too, and is recorded as the actor', async () => {
    const id = await referralIn('new');
    expect(
      (
        await h.call('PATCH', `/v1/referrals/${id}/status`, {
          as: 'supervisor',
          body: BODY.contacted,
        })
      ).status,
    ).toBe(200);
    const event = await h.database.db.kysely
      .selectFrom('events')
      .select(['actor_staff_id', 'data_json'])
      .where('referral_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(event.actor_staff_id).toBe('S001');
    expect(JSON.parse(event.data_json ?? '{}')).toEqual({ from: 'new', to: 'contacted' });
  });
});
