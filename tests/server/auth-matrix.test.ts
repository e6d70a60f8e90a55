// @vitest-environment node
/**
 * Every role × every endpoint, including tokens of another branch (staff ids deliberately reused
 * there: T001 and CM01 exist in both branches) and missing, unknown and revoked tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { meResponseSchema } from '../../lib/contracts/auth';
import {
  listReferralsResponseSchema,
  statusUpdateResponseSchema,
} from '../../lib/contracts/referrals-api';
import { availabilityResponseSchema, rosterResponseSchema } from '../../lib/contracts/roster';
import { pullResponseSchema, pushResponseSchema } from '../../lib/contracts/sync';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, PEOPLE, type Harness, type Person } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

type Caller = Person | 'none' | 'unknown' | 'revoked';
const CALLERS: Caller[] = ['none', 'unknown', 'revoked', ...(Object.keys(PEOPLE) as Person[])];

/** Referral made by T001 of branch 0101, assigned to CM01 of 0101. */
const target = makeReferral({ summary: 'auth-matrix target' });

interface Endpoint {
  name: string;
  method: string;
  path: string;
  body?: (caller: Caller) => unknown;
  /** Expected status per caller (anything else: 401 for none/unknown/revoked, else 403). */
  allowed: Partial<Record<Caller, number>>;
  /** For reads that succeed: must the target referral be in the answer? */
  seesTarget?: Partial<Record<Caller, boolean>>;
  /** The answer to an allowed call: its contract schema, then what it must say for this caller. */
  answer: {
    schema: z.ZodType;
    check?: (json: never, call: { person: Person; body: never }) => void;
  };
}

/** What every refusal says, by status (`revoked` is told so, see the last tests). */
const errorCodeFor = (caller: Caller, status: number): string =>
  status === 401
    ? { none: 'unauthorized', unknown: 'invalid_token', revoked: 'token_revoked' }[
        caller as 'none' | 'unknown' | 'revoked'
      ]
    : status === 403
      ? 'forbidden'
      : 'not_found';

/** Types one endpoint's answer check by its schema and request body. */
function answer<S extends z.ZodType, B = undefined>(
  schema: S,
  check?: (json: z.infer<S>, call: { person: Person; body: B }) => void,
): Endpoint['answer'] {
  return { schema, ...(check ? { check } : {}) };
}

type PushBody = { referrals?: { id: string }[]; events?: { id: string }[] };
const pushed = (body: PushBody) => [
  ...(body.referrals ?? []).map((r) => ({ id: r.id, kind: 'referral', result: 'created' })),
  ...(body.events ?? []).map((e) => ({ id: e.id, kind: 'event', result: 'created' })),
];

const ownReferralFor = (caller: Caller) => {
  const person = caller in PEOPLE ? PEOPLE[caller as Person] : PEOPLE.teller;
  return makeReferral({
    branchId: person.branchId,
    referrerStaffId: person.staffId,
    referrerRole: person.role === 'lobby' ? 'lobby_manager' : 'cash_teller',
    // A client manager on that branch's roster.
    managerStaffId: person.branchId === '0101' ? 'CM01' : 'CM91',
  });
};

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /v1/me',
    method: 'GET',
    path: '/v1/me',
    allowed: Object.fromEntries(Object.keys(PEOPLE).map((p) => [p, 200])),
    answer: answer(meResponseSchema, (me, { person }) => {
      const { role, branchId, staffId } = PEOPLE[person];
      expect(me).toMatchObject({ role, branchId, staffId });
    }),
  },
  {
    name: 'POST /v1/sync/push (own referral)',
    method: 'POST',
    path: '/v1/sync/push',
    body: (caller) => ({ referrals: [ownReferralFor(caller)] }),
    allowed: { teller: 200, teller2: 200, lobby: 200, otherTeller: 200 },
    answer: answer(pushResponseSchema, (json, { body }: { body: PushBody }) =>
      expect(json.results).toEqual(pushed(body)),
    ),
  },
  {
    name: 'POST /v1/sync/push (an event on T001/0101’s referral)',
    method: 'POST',
    path: '/v1/sync/push',
    body: (caller) => {
      const person = caller in PEOPLE ? PEOPLE[caller as Person] : PEOPLE.teller;
      return {
        events: [
          makeEvent(
            { id: target.id, referrerStaffId: person.staffId },
            100 + CALLERS.indexOf(caller),
            { type: 'note', data: { text: 'x' } },
          ),
        ],
      };
    },
    allowed: { teller: 200 },
    answer: answer(pushResponseSchema, (json, { body }: { body: PushBody }) =>
      expect(json.results).toEqual(pushed(body)),
    ),
  },
  {
    name: 'GET /v1/sync/pull',
    method: 'GET',
    path: '/v1/sync/pull',
    answer: answer(pullResponseSchema, (json, { person }) => {
      for (const r of json.changes) expect(r.branchId).toBe(PEOPLE[person].branchId);
    }),
    allowed: {
      teller: 200,
      teller2: 200,
      lobby: 200,
      manager: 200,
      manager2: 200,
      supervisor: 200,
      otherTeller: 200,
      otherManager: 200,
      otherSupervisor: 200,
    },
    seesTarget: { teller: true, manager: true, supervisor: true },
  },
  {
    name: 'GET /v1/referrals',
    method: 'GET',
    path: '/v1/referrals?limit=500',
    answer: answer(listReferralsResponseSchema, (json, { person }) => {
      for (const r of json.referrals) expect(r.branchId).toBe(PEOPLE[person].branchId);
    }),
    allowed: {
      teller: 200,
      teller2: 200,
      lobby: 200,
      manager: 200,
      manager2: 200,
      supervisor: 200,
      otherTeller: 200,
      otherManager: 200,
      otherSupervisor: 200,
    },
    seesTarget: { teller: true, manager: true, supervisor: true },
  },
  {
    name: 'PATCH /v1/referrals/:id/status',
    method: 'PATCH',
    path: `/v1/referrals/${target.id}/status`,
    body: () => ({ status: 'contacted' }),
    answer: answer(statusUpdateResponseSchema, (json) =>
      expect(json.referral).toMatchObject({ id: target.id, status: 'contacted' }),
    ),
    allowed: {
      manager: 200,
      supervisor: 200,
      manager2: 404,
      otherManager: 404,
      otherSupervisor: 404,
    },
  },
  {
    name: 'GET /v1/roster',
    method: 'GET',
    path: '/v1/roster',
    allowed: Object.fromEntries(Object.keys(PEOPLE).map((p) => [p, 200])),
    answer: answer(rosterResponseSchema, (json, { person }) => {
      expect(json.managers.length).toBeGreaterThan(0);
      for (const m of json.managers) expect(m.branchId).toBe(PEOPLE[person].branchId);
    }),
  },
  {
    name: 'PATCH /v1/roster/CM01/availability',
    method: 'PATCH',
    path: '/v1/roster/CM01/availability',
    body: () => ({ available: true }),
    answer: answer(availabilityResponseSchema, (json, { person }) =>
      expect(json.manager).toMatchObject({
        staffId: 'CM01',
        branchId: PEOPLE[person].branchId,
        available: true,
      }),
    ),
    allowed: {
      manager: 200,
      supervisor: 200,
      admin: 200,
      otherManager: 404,
      otherSupervisor: 404,
      otherAdmin: 404,
    },
  },
  {
    name: 'PUT /v1/roster',
    method: 'PUT',
    path: '/v1/roster',
    body: (caller) => {
      const branchId = caller in PEOPLE ? PEOPLE[caller as Person].branchId : '0101';
      return {
        managers: [
          {
            staffId: branchId === '0101' ? 'CM01' : 'CM91',
            name: '经理',
            branchId,
            specialties: ['wealth'],
            bookSize: 1,
            capacity: 2,
            available: true,
          },
        ],
      };
    },
    allowed: { admin: 200, otherAdmin: 200 },
    answer: answer(
      rosterResponseSchema,
      (json, { body }: { body: { managers: { staffId: string }[] } }) =>
        expect(json.managers.map((m) => m.staffId)).toEqual(body.managers.map((m) => m.staffId)),
    ),
  },
];

describe.each(DB_TARGETS)('auth matrix on $name', (db) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(db);
    expect(
      (
        await h.call('POST', '/v1/sync/push', {
          as: 'teller',
          body: { referrals: [target], events: [makeEvent(target, 1)] },
        })
      ).status,
    ).toBe(200);
  });
  afterAll(async () => h.close());

  const rows = ENDPOINTS.flatMap((endpoint) =>
    CALLERS.map((caller) => ({ endpoint, caller, label: `${endpoint.name} as ${caller}` })),
  );

  it.each(rows)('$label', async ({ endpoint, caller }) => {
    const token =
      caller === 'none'
        ? undefined
        : caller === 'unknown'
          ? 'sk_thisTokenWasNeverIssued000000000000000'
          : h.tokens[caller];
    const body = endpoint.body?.(caller);
    const res = await h.call(endpoint.method, endpoint.path, {
      ...(token ? { token } : {}),
      ...(body !== undefined ? { body } : {}),
    });
    const unauthenticated = caller === 'none' || caller === 'unknown' || caller === 'revoked';
    const expected = endpoint.allowed[caller] ?? (unauthenticated ? 401 : 403);
    expect(res.status, res.text).toBe(expected);
    if (res.status === 200) {
      const parsed = endpoint.answer.schema.safeParse(res.json);
      expect(parsed.error?.issues ?? [], res.text).toEqual([]);
      endpoint.answer.check?.(res.json as never, { person: caller as Person, body: body as never });
    } else {
      expect(res.json.error, res.text).toBe(errorCodeFor(caller, res.status));
    }
    if (res.status === 200 && endpoint.seesTarget !== undefined) {
      const list = (res.json.referrals ?? res.json.changes) as { id: string }[];
      expect(list.some((r) => r.id === target.id)).toBe(endpoint.seesTarget[caller] ?? false);
    }
    if (res.status !== 200) expect(res.text).not.toContain(target.clientRef);
  });

  it('a revoked token says so, so the options page can tell the user', async () => {
    const res = await h.call('GET', '/v1/me', { as: 'revoked' });
    expect(res.json.error).toBe('token_revoked');
  });

  it('a push as someone else or into another branch is refused and names the item', async () => {
    const asOther = makeReferral({ referrerStaffId: 'T002' });
    const otherBranch = makeReferral({ branchId: '0202' });
    const asManager = makeReferral({ referrerRole: 'client_manager' });
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [asOther, otherBranch, asManager] },
    });
    expect(res.status).toBe(403);
    expect((res.json.details as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
      asOther.id,
      otherBranch.id,
      asManager.id,
    ]);
  });
});
