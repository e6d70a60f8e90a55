// @vitest-environment node
/** Malformed requests get a 4xx JSON `{ error, details }`, write nothing and never take the server down. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_PUSH_ITEMS } from '../../lib/contracts/sync';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type CallOptions, type Harness, storedReferralIds } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const referral = makeReferral();
const manyReferrals = Array.from({ length: MAX_PUSH_ITEMS + 1 }, () => makeReferral());
const hugeSummaryBody = JSON.stringify({
  referrals: [referral],
  padding: 'x'.repeat(MAX_BODY_BYTES),
});

interface Case {
  name: string;
  method: string;
  path: string;
  options: CallOptions;
  status: number;
  error: string;
}

const push = (options: CallOptions, status: number, error: string, name: string): Case => ({
  name,
  method: 'POST',
  path: '/v1/sync/push',
  options: { as: 'teller', ...options },
  status,
  error,
});

const CASES: Case[] = [
  push({ rawBody: '{"referrals": [' }, 400, 'invalid_json', 'truncated JSON'),
  push({ rawBody: '' }, 400, 'invalid_json', 'an empty body'),
  push({ rawBody: 'null' }, 400, 'invalid_request', 'JSON null'),
  push({ rawBody: '[1,2,3]' }, 400, 'invalid_request', 'a JSON array instead of an object'),
  push({ body: { referrals: 'all of them' } }, 400, 'invalid_request', 'referrals as a string'),
  push(
    { body: { referrals: [referral], extra: true } },
    400,
    'invalid_request',
    'an unknown top-level field',
  ),
  push(
    { body: { referrals: [{ ...referral, balance: 1 }] } },
    400,
    'invalid_items',
    'an unknown field in a referral',
  ),
  push(
    { body: { referrals: [{ ...referral, consent: 'yes' }] } },
    400,
    'invalid_items',
    'consent as a string',
  ),
  push(
    { body: { referrals: [{ ...referral, consent: false }] } },
    400,
    'invalid_items',
    'contact without consent',
  ),
  push(
    {
      body: {
        referrals: [{ ...referral, summary: '客户卡号 6222 0202 0011 2233 445 余额 1234567' }],
      },
    },
    400,
    'invalid_items',
    'digits in the summary',
  ),
  push(
    { body: { referrals: [{ ...referral, status: 'won', outcome: { product: 'x' } }] } },
    400,
    'invalid_items',
    'a pushed outcome',
  ),
  push(
    {
      body: {
        events: [
          { ...makeEvent(referral, 1), type: 'status_changed', data: { from: 'new', to: 'won' } },
        ],
      },
    },
    400,
    'invalid_items',
    'a pushed status_changed event',
  ),
  push({ body: { referrals: [7, null, 'x'] } }, 400, 'invalid_items', 'items of the wrong type'),
  push({ body: {} }, 400, 'empty_batch', 'an empty batch'),
  push(
    { body: { referrals: manyReferrals } },
    413,
    'too_many_items',
    `${MAX_PUSH_ITEMS + 1} referrals`,
  ),
  push(
    {
      body: {
        referrals: manyReferrals.slice(0, 300),
        events: manyReferrals.slice(0, 201).map((r) => makeEvent(r, 1)),
      },
    },
    413,
    'too_many_items',
    '501 items across both lists',
  ),
  push({ rawBody: hugeSummaryBody }, 413, 'body_too_large', 'a body over 1 MiB'),
  push(
    { body: { referrals: [referral] }, headers: { 'content-type': 'text/plain' } },
    415,
    'unsupported_media_type',
    'a text/plain body',
  ),
  {
    name: 'a non-uuid referral id',
    method: 'PATCH',
    path: '/v1/referrals/not-a-uuid/status',
    options: { as: 'manager', body: { status: 'contacted' } },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'an unknown status',
    method: 'PATCH',
    path: `/v1/referrals/${referral.id}/status`,
    options: { as: 'manager', body: { status: 'done' } },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'won without a product',
    method: 'PATCH',
    path: `/v1/referrals/${referral.id}/status`,
    options: { as: 'manager', body: { status: 'won' } },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a status body with extra fields',
    method: 'PATCH',
    path: `/v1/referrals/${referral.id}/status`,
    options: { as: 'manager', body: { status: 'contacted', by: 'me' } },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a cursor that is not one',
    method: 'GET',
    path: '/v1/sync/pull?cursor=DROP%20TABLE',
    options: { as: 'teller' },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a cursor beyond safe integers',
    method: 'GET',
    path: '/v1/sync/pull?cursor=9999999999999999999.1',
    options: { as: 'teller' },
    status: 400,
    error: 'invalid_cursor',
  },
  {
    name: 'a pull limit of 0',
    method: 'GET',
    path: '/v1/sync/pull?limit=0',
    options: { as: 'teller' },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'an unknown query parameter',
    method: 'GET',
    path: '/v1/referrals?sort=amount',
    options: { as: 'teller' },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a repeated query parameter',
    method: 'GET',
    path: '/v1/referrals?status=new&status=won',
    options: { as: 'teller' },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a forged page token',
    method: 'GET',
    path: '/v1/referrals?after=bm9wZQ',
    options: { as: 'teller' },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'availability as a string',
    method: 'PATCH',
    path: '/v1/roster/CM01/availability',
    options: { as: 'manager', body: { available: 'no' } },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a roster entry with a negative capacity',
    method: 'PUT',
    path: '/v1/roster',
    options: {
      as: 'admin',
      body: {
        managers: [
          {
            staffId: 'CM09',
            name: 'x',
            branchId: '0101',
            specialties: [],
            bookSize: 0,
            capacity: -1,
            available: true,
          },
        ],
      },
    },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'an unknown route',
    method: 'GET',
    path: '/v1/secrets',
    options: { as: 'admin' },
    status: 404,
    error: 'not_found',
  },
  {
    name: 'a wrong method',
    method: 'DELETE',
    path: '/v1/referrals',
    options: { as: 'supervisor' },
    status: 404,
    error: 'not_found',
  },
];

describe.each(DB_TARGETS)('bad input on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [referral] } }))
        .status,
    ).toBe(200);
  });
  afterAll(async () => h.close());

  it.each(CASES)('$name → $status $error', async ({ method, path, options, status, error }) => {
    const res = await h.call(method, path, options);
    expect(res.status).toBe(status);
    expect(res.json.error).toBe(error);
    expect(Object.keys(res.json).every((k) => k === 'error' || k === 'details')).toBe(true);
  });

  it('item errors name the refused item so a device can set just that one aside', async () => {
    const good = makeReferral();
    const bad = { ...makeReferral(), cardLast4: '123456' };
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [good, bad] },
    });
    expect(res.status).toBe(400);
    expect(res.json.details).toEqual({
      items: [
        {
          kind: 'referral',
          index: 1,
          id: bad.id,
          error: 'invalid',
          issues: [{ path: 'cardLast4', message: expect.any(String) as unknown }],
        },
      ],
    });
    expect(await storedReferralIds(h.database, [good.id, bad.id])).toEqual([]);
  });

  it('error details never echo the submitted values back', async () => {
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: {
        referrals: [
          { ...makeReferral(), consent: false, contact: { name: '王女士', phone: '13800138000' } },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('13800138000');
    expect(res.text).not.toContain('王女士');
  });

  it('is still healthy and unchanged after all of that', async () => {
    expect((await h.call('GET', '/healthz')).status).toBe(200);
    const rows = await h.database.db.kysely.selectFrom('referrals').select('id').execute();
    expect(rows.map((r) => r.id)).toEqual([referral.id]);
  });
});
