// @vitest-environment node
/**
 * The audit tab names people, not token ids: each entry carries who its token belongs to (staff
 * ID, role, label, roster name), and `token.*` entries who the token is for. `/v1/me` tells the
 * branch's zone, and the export's header and file-name date are in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema, type AuditEntryView } from '../../lib/contracts/audit-api';
import { buildApp } from '../../server/app';
import { createToken, revokeToken } from '../../server/repo/tokens';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

describe.each(DB_TARGETS)('audit entries name people on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  async function audit(action: string): Promise<AuditEntryView[]> {
    const res = await h.call('GET', `/v1/audit?action=${action}`, { as: 'supervisor' });
    expect(res.status).toBe(200);
    return auditPageSchema.parse(res.json).entries;
  }

  it('an export names the supervisor who made it, not `token:<id>` alone', async () => {
    const res = await h.call('GET', '/v1/referral-log/export?format=csv', { as: 'supervisor' });
    expect(res.status).toBe(200);
    const [done] = await audit('referral_log.export');
    expect(done?.actor).toMatch(/^token:[0-9a-f]{12}$/);
    expect(done?.actorPerson).toEqual({ staffId: 'S001', role: 'supervisor' });
  });

  it('a client manager changing availability is named from the roster', async () => {
    const res = await h.call('PATCH', '/v1/roster/CM01/availability', {
      as: 'manager',
      body: { available: false },
    });
    expect(res.status).toBe(200);
    const [entry] = await audit('roster.availability');
    expect(entry?.actorPerson).toEqual({ staffId: 'CM01', role: 'client_manager', name: '李经理' });
  });

  it('token entries say whose token it is, with its label, also after revoking it', async () => {
    const made = await createToken(
      h.database.db,
      { role: 'teller', branchId: '0101', staffId: 'T009', label: '3 号窗口' },
      h.clock.now(),
    );
    await revokeToken(h.database.db, made.id, h.clock.now());
    const [revoked] = await audit('token.revoke');
    const [created] = await audit('token.create');
    const person = { staffId: 'T009', role: 'teller', label: '3 号窗口' };
    expect(revoked?.actor).toBe('cli');
    expect(revoked?.actorPerson).toBeUndefined();
    expect(revoked?.subjectPerson).toEqual(person);
    expect(created?.subjectPerson).toEqual(person);
  });

  it('a token id the server does not know names no one (and the page still loads)', async () => {
    await h.database.db.kysely
      .insertInto('audit_log')
      .values({
        at: h.clock.now().toISOString(),
        actor: 'token:0123456789ab',
        branch_id: '0101',
        action: 'token.revoke',
        details_json: JSON.stringify({ tokenId: 'fedcba987654' }),
      })
      .execute();
    const [entry] = await audit('token.revoke');
    expect(entry?.actor).toBe('token:0123456789ab');
    expect(entry?.actorPerson).toBeUndefined();
    expect(entry?.subjectPerson).toBeUndefined();
  });

  it('/v1/me says the branch zone (Asia/Shanghai unless TIME_ZONE says otherwise)', async () => {
    const me = await h.call('GET', '/v1/me', { as: 'teller' });
    expect(me.json.timeZone).toBe('Asia/Shanghai');
  });

  it.each([
    // 17:00Z is already the next day in Shanghai, still the same day in New York and London.
    ['Asia/Shanghai', '2026-11-21', '推介时间（北京时间 UTC+8）'],
    ['America/New_York', '2026-11-20', '推介时间（北美东部时间 UTC-5/-4）'],
    ['Europe/London', '2026-11-20', '推介时间（英国时间 UTC+0/+1）'],
  ])('a branch in %s: file-name date %s, header %s', async (timeZone, date, header) => {
    const app = buildApp({
      db: h.database.db,
      clock: { now: () => new Date('2026-11-20T17:00:00Z') },
      rateLimit: false,
      timeZone,
      logger: { info: () => undefined, error: () => undefined },
    });
    const auth = { authorization: `Bearer ${h.tokens.supervisor}` };
    const me = (await (await app.request('/v1/me', { headers: auth })).json()) as {
      timeZone: string;
    };
    expect(me.timeZone).toBe(timeZone);
    const res = await app.request('/v1/referral-log/export?format=csv', { headers: auth });
    expect(res.headers.get('content-disposition')).toContain(`referral-log_0101_${date}.csv`);
    const text = await res.text();
    expect(text.split('\r\n')[0]?.replace('\uFEFF', '').split(',')[0]).toBe(header);
  });
});
