// @vitest-environment node
/** Every role × the reporting endpoints (log, export, stats, audit, queue), plus bad tokens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReferral } from '../../support/server/fixtures';
import { PEOPLE, makeHarness, type Harness, type Person } from './helpers/harness';
import { seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

/** [path, who gets 200, who gets another status instead of 403] */
const ENDPOINTS: [string, readonly Person[], Partial<Record<Person, number>>][] = [
  ['/v1/referral-log', ['supervisor', 'otherSupervisor'], {}],
  ['/v1/referral-log/export', ['supervisor', 'otherSupervisor'], {}],
  ['/v1/referral-log/export?format=json', ['supervisor', 'otherSupervisor'], {}],
  ['/v1/referral-log/stats', ['supervisor', 'otherSupervisor'], {}],
  ['/v1/audit', ['supervisor', 'otherSupervisor', 'admin', 'otherAdmin'], {}],
  // Supervisors must name the manager whose queue they want.
  [
    '/v1/referrals/queue',
    ['manager', 'manager2', 'otherManager'],
    { supervisor: 400, otherSupervisor: 400 },
  ],
  // A manager may name only themself; supervisors name anyone of their branch.
  [
    '/v1/referrals/queue?manager=CM01',
    ['manager', 'otherManager', 'supervisor', 'otherSupervisor'],
    {},
  ],
];

const target = makeReferral({ summary: 'report-auth target' });

describe.each(DB_TARGETS)('reporting auth matrix on $name', (db) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(db);
    await seedReferrals(h.database.db, [target]);
  });
  afterAll(async () => h.close());

  it('the OpenAPI document describes the reporting endpoints', async () => {
    const doc = (await h.call('GET', '/openapi.json')).json as {
      paths: Record<string, { get?: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    for (const path of [
      '/v1/referral-log',
      '/v1/referral-log/export',
      '/v1/referral-log/stats',
      '/v1/referrals/queue',
      '/v1/audit',
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    const exportParams = doc.paths['/v1/referral-log/export']?.get?.parameters.map((p) => p.name);
    expect(exportParams).toEqual(
      expect.arrayContaining(['format', 'includeContact', 'reason', 'status', 'from', 'to']),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'ReferralLogRow',
        'ReferralLogPage',
        'ReferralStats',
        'QueueResponse',
        'AuditPage',
      ]),
    );
  });

  describe.each(ENDPOINTS)('GET %s', (path, allowed, other) => {
    it.each(Object.keys(PEOPLE) as Person[])('as %s', async (person) => {
      const res = await h.app.request(path, {
        headers: { authorization: `Bearer ${h.tokens[person]}` },
      });
      const ok = allowed.includes(person);
      expect(res.status).toBe(ok ? 200 : (other[person] ?? 403));
      const text = await res.text();
      // Only the target's own branch ever sees it.
      const sameBranch = PEOPLE[person].branchId === target.branchId;
      if (ok && !path.includes('audit') && !sameBranch) expect(text).not.toContain(target.id);
      if (!ok && !other[person]) expect(JSON.parse(text)).toMatchObject({ error: 'forbidden' });
    });

    it.each([
      ['no token', undefined, 'unauthorized'],
      ['unknown token', 'sk_not_a_real_token_at_all', 'invalid_token'],
      ['revoked token', 'revoked', 'token_revoked'],
    ])('%s → 401', async (_name, token, code) => {
      const bearer = token === 'revoked' ? h.tokens.revoked : token;
      const res = await h.app.request(
        path,
        bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {},
      );
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toBe(code);
    });
  });
});
