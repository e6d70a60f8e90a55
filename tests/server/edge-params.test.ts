// @vitest-environment node
/**
 * Every path parameter and every cursor or page token is checked with zod at the edge: forged
 * values (a NUL byte, a lone surrogate, a huge number, the wrong shape) are a 400 naming the
 * problem on both databases — never a database error surfacing as a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness, type Person } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const token = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');
const uuid = '6f1f4c1e-8a0b-4c39-9d51-0d6f4b0b9a11';

interface Case {
  name: string;
  method: 'GET' | 'PATCH';
  path: string;
  as: Person;
  body?: unknown;
}

const CASES: Case[] = [
  {
    name: 'log page token with a NUL byte',
    method: 'GET',
    path: `/v1/referral-log?after=${token(['createdAt', 'desc', '2026-11-20T01:00:00.000Z\u0000', uuid])}`,
    as: 'supervisor',
  },
  {
    name: 'log page token with a NUL byte in the id',
    method: 'GET',
    path: `/v1/referral-log?after=${token(['createdAt', 'desc', '2026-11-20T01:00:00.000Z', '\u0000'])}`,
    as: 'supervisor',
  },
  {
    name: 'log page token with a lone surrogate',
    method: 'GET',
    path: `/v1/referral-log?sort=manager&after=${token(['manager', 'asc', '\ud800', '2026-11-20T01:00:00.000Z', uuid])}`,
    as: 'supervisor',
  },
  {
    name: 'log page token with a number beyond 2^53',
    method: 'GET',
    path: `/v1/referral-log?sort=daysToOutcome&after=${token(['daysToOutcome', 'asc', 0, 1e300, '2026-11-20T01:00:00.000Z', uuid])}`,
    as: 'supervisor',
  },
  {
    name: 'log page token with an object for a key',
    method: 'GET',
    path: `/v1/referral-log?after=${token(['createdAt', 'desc', { $gt: '' }, uuid])}`,
    as: 'supervisor',
  },
  {
    name: 'referral list page token with a NUL byte',
    method: 'GET',
    path: `/v1/referrals?after=${token(['2026-11-20T01:00:00.000Z\u0000', uuid])}`,
    as: 'supervisor',
  },
  {
    name: 'referral list page token whose id is not a uuid',
    method: 'GET',
    path: `/v1/referrals?after=${token(['2026-11-20T01:00:00.000Z', 'x\u0000'])}`,
    as: 'supervisor',
  },
  {
    name: 'pull cursor with a NUL byte',
    method: 'GET',
    path: '/v1/sync/pull?cursor=1.%00',
    as: 'teller',
  },
  {
    name: 'pull cursor beyond 2^63',
    method: 'GET',
    path: '/v1/sync/pull?cursor=9999999999999999999.9999999999999999999',
    as: 'teller',
  },
  {
    name: 'audit cursor with a NUL byte',
    method: 'GET',
    path: '/v1/audit?before=%00',
    as: 'admin',
  },
  {
    name: 'audit cursor beyond 2^53',
    method: 'GET',
    path: '/v1/audit?before=99999999999999999999999',
    as: 'admin',
  },
  {
    name: 'staff id path parameter with a NUL byte',
    method: 'PATCH',
    path: '/v1/roster/CM%0001/availability',
    as: 'supervisor',
    body: { available: false },
  },
  {
    name: 'staff id path parameter of 200 characters',
    method: 'PATCH',
    path: `/v1/roster/${'C'.repeat(200)}/availability`,
    as: 'admin',
    body: { available: false },
  },
  {
    name: 'staff id path parameter with a lone surrogate',
    method: 'PATCH',
    path: '/v1/roster/CM%ED%A0%8001/availability',
    as: 'supervisor',
    body: { available: false },
  },
  {
    name: 'referral id path parameter with a NUL byte',
    method: 'PATCH',
    path: '/v1/referrals/%00/status',
    as: 'manager',
    body: { status: 'contacted' },
  },
  {
    name: 'referral id path parameter that is not a uuid',
    method: 'PATCH',
    path: '/v1/referrals/not-a-uuid/status',
    as: 'manager',
    body: { status: 'contacted' },
  },
  {
    name: 'queue manager with a NUL byte',
    method: 'GET',
    path: '/v1/referrals/queue?manager=CM%0001',
    as: 'supervisor',
  },
];

describe.each(DB_TARGETS)('path and cursor parameters on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    const pushed = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [makeReferral(), makeReferral()] },
    });
    expect(pushed.status).toBe(200);
  });
  afterAll(async () => h.close());

  it.each(CASES)('$name → 400 invalid_request', async ({ method, path, as, body }) => {
    const res = await h.call(method, path, { as, ...(body ? { body } : {}) });
    expect(res.status, res.text).toBe(400);
    expect(res.json.error).toMatch(/^invalid_/);
    expect(JSON.stringify(res.json.details)).toMatch(/after|cursor|before|path parameter|manager/);
  });

  it('wrote nothing and logged no unhandled error', async () => {
    expect(h.logs.filter((l) => l.includes('unhandled error'))).toEqual([]);
    const rows = await h.database.db.kysely.selectFrom('roster').selectAll().execute();
    expect(rows.every((r) => r.available === 1 || r.staff_id === 'CM02')).toBe(true);
  });

  it('genuine page tokens still work', async () => {
    const first = await h.call('GET', '/v1/referral-log?limit=1', { as: 'supervisor' });
    expect(first.status).toBe(200);
    const next = first.json.next as string;
    const second = await h.call('GET', `/v1/referral-log?limit=1&after=${next}`, {
      as: 'supervisor',
    });
    expect(second.status).toBe(200);
    expect(second.json.rows).toHaveLength(1);
    const list = await h.call('GET', '/v1/referrals?limit=1', { as: 'supervisor' });
    const more = await h.call('GET', `/v1/referrals?limit=1&after=${list.json.next as string}`, {
      as: 'supervisor',
    });
    expect(more.status).toBe(200);
    expect(more.json.referrals).toHaveLength(1);
  });
});
