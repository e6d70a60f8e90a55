// @vitest-environment node
/**
 * Retention on the server: `purge --older-than-days N` removes the personal fields of old
 * referrals (contact, teller note, card last 4, note texts), keeps the rest for reporting, is
 * audited, and leaves pushes idempotent. The clock is injected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralLogPage } from '../../lib/contracts/referral-log';
import type { Referral } from '../../lib/contracts/referral';
import { runCli } from '../../server/cli';
import { scheduleRetention } from '../../server/retention-schedule';
import { OTHER_BRANCH, makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const DAY = 86_400_000;
const old = makeReferral({
  createdAt: '2026-05-01T02:00:00.000Z',
  updatedAt: '2026-05-01T02:00:00.000Z',
  tellerNote: '客户下午三点再来',
  summary: '大额定期到期 old',
});
const oldNote = makeEvent(old, 2, {
  type: 'note',
  at: '2026-05-01T02:05:00.000Z',
  data: { text: '客户提到孩子明年出国留学' },
});
const recent = makeReferral({
  createdAt: '2026-11-19T02:00:00.000Z',
  updatedAt: '2026-11-19T02:00:00.000Z',
  tellerNote: '近期',
  summary: 'recent',
});
const otherOld = makeReferral({
  branchId: OTHER_BRANCH,
  createdAt: '2026-04-01T02:00:00.000Z',
  updatedAt: '2026-04-01T02:00:00.000Z',
  managerStaffId: 'CM91',
  summary: 'other old',
});

describe.each(DB_TARGETS)('retention purge on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    // Each referral reaches the server shortly after it was made (retention goes by the later of
    // the device's time and the server's receive time).
    const today = h.clock.now().getTime();
    for (const [as, referrals, events] of [
      ['teller', [old], [makeEvent(old, 1, { at: old.createdAt }), oldNote]],
      ['teller', [recent], [makeEvent(recent, 1, { at: recent.createdAt })]],
      ['otherTeller', [otherOld], []],
    ] as const) {
      h.clock.advance(Date.parse(referrals[0].createdAt) + 3_600_000 - h.clock.now().getTime());
      const res = await h.call('POST', '/v1/sync/push', { as, body: { referrals, events } });
      expect(res.status, res.text).toBe(200);
    }
    h.clock.advance(today - h.clock.now().getTime());
  });
  afterAll(async () => h.close());

  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      db: h.database.db,
      clock: h.clock,
      retentionDays: 180,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  const stored = (id: string) =>
    h.database.db.kysely
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const noteData = async () =>
    (
      await h.database.db.kysely
        .selectFrom('events')
        .select('data_json')
        .where('id', '=', oldNote.id)
        .executeTakeFirstOrThrow()
    ).data_json;

  it('--dry-run counts what would go and changes nothing', async () => {
    const result = await cli('purge', '--older-than-days', '180', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('would purge personal data of 2 referrals');
    expect(result.out).toContain('2 contact details, 1 teller notes, 2 card last-4, 1 note events');
    expect((await stored(old.id)).contact_json).not.toBeNull();
    expect(await noteData()).not.toBeNull();
  });

  it('purges personal fields of referrals older than N days and keeps the rest', async () => {
    const result = await cli('purge', '--older-than-days', '180');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(
      'purged personal data of 2 referrals created before 2026-05-24T02:00:00.000Z',
    );

    const row = await stored(old.id);
    expect(row.contact_json).toBeNull();
    expect(row.personal_purged_at).toBe(h.clock.now().toISOString());
    const doc = JSON.parse(row.doc) as Referral;
    expect(doc).not.toHaveProperty('tellerNote');
    expect(doc).not.toHaveProperty('cardLast4');
    expect(doc).toMatchObject({
      summary: old.summary,
      tier: old.tier,
      signals: old.signals,
      consent: true,
      managerStaffId: 'CM01',
    });
    expect(await noteData()).toBeNull();

    const fresh = await stored(recent.id);
    expect(fresh.contact_json).not.toBeNull();
    expect(JSON.parse(fresh.doc)).toMatchObject({ tellerNote: '近期', cardLast4: '3445' });
  });

  it('the purged referral still counts in the log, and its manager no longer gets the contact', async () => {
    const log = (
      await h.call('GET', '/v1/referral-log?from=2026-05-01&to=2026-05-01', { as: 'supervisor' })
    ).json as unknown as ReferralLogPage;
    expect(log.rows.map((r) => r.summary)).toEqual([old.summary]);
    const list = await h.call('GET', '/v1/referrals', { as: 'manager' });
    const mine = (list.json.referrals as Referral[]).find((r) => r.id === old.id);
    expect(mine).toBeDefined();
    expect(mine?.contact).toBeUndefined();
    expect(mine?.tellerNote).toBeUndefined();
  });

  it('a device re-sending the original referral is still a harmless repeat', async () => {
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [old], events: [oldNote] },
    });
    expect(res.status, res.text).toBe(200);
    expect((res.json.results as { result: string }[]).map((r) => r.result)).toEqual([
      'unchanged',
      'unchanged',
    ]);
    expect((await stored(old.id)).contact_json).toBeNull();
  });

  it('is audited per branch and in total; supervisors read their branch’s row', async () => {
    const audit = await h.call('GET', '/v1/audit?action=retention.purge', { as: 'supervisor' });
    expect(audit.json.entries).toEqual([
      expect.objectContaining({
        actor: 'cli',
        action: 'retention.purge',
        details: {
          days: 180,
          cutoff: '2026-05-24T02:00:00.000Z',
          referrals: 1,
          contacts: 1,
          tellerNotes: 1,
          cards: 1,
          noteEvents: 1,
        },
      }),
    ]);
    const other = await h.call('GET', '/v1/audit?action=retention.purge', {
      as: 'otherSupervisor',
    });
    expect((other.json.entries as { details: { referrals: number } }[])[0]?.details.referrals).toBe(
      1,
    );
    const total = await h.database.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'retention.purge')
      .where('branch_id', 'is', null)
      .execute();
    expect(total.map((t) => JSON.parse(t.details_json) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ referrals: 2, contacts: 2, branches: 2 }),
    ]);
  });

  it('a second run finds nothing more, and says so in the audit log too', async () => {
    const again = await cli('purge', '--older-than-days', '180');
    expect(again.out).toContain('purged personal data of 0 referrals');
    const totals = await h.database.db.kysely
      .selectFrom('audit_log')
      .select('details_json')
      .where('action', '=', 'retention.purge')
      .where('branch_id', 'is', null)
      .orderBy('id')
      .execute();
    expect(totals).toHaveLength(2);
  });

  it('follows the injected clock: 200 days later the recent referral goes too (default days)', async () => {
    h.clock.advance(200 * DAY);
    const result = await cli('purge');
    expect(result.out).toContain('purged personal data of 1 referrals');
    expect((await stored(recent.id)).contact_json).toBeNull();
  });

  it.each([
    [['purge', '--older-than-days', '0']],
    [['purge', '--older-than-days', 'soon']],
    [['purge', '--older-than-days', '1.5']],
    [['purge', '--everything']],
  ])('refuses %j with usage and exit code 2', async (args) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage:');
  });

  it('the running server purges on a schedule (RETENTION_DAYS)', async () => {
    const fortyDaysAgo = new Date(h.clock.now().getTime() - 40 * DAY).toISOString();
    const late = makeReferral({ createdAt: fortyDaysAgo, updatedAt: fortyDaysAgo });
    h.clock.advance(-40 * DAY);
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [late] },
    });
    h.clock.advance(40 * DAY);
    expect(res.status).toBe(200);
    const schedule = scheduleRetention(h.database.db, {
      days: 30,
      clock: h.clock,
      logger: { info: () => undefined, error: () => undefined },
      firstRunMs: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await schedule.stop();
    expect((await stored(late.id)).contact_json).toBeNull();
    const audit = await h.call('GET', '/v1/audit?action=retention.purge&limit=1', {
      as: 'supervisor',
    });
    expect((audit.json.entries as { actor: string }[])[0]?.actor).toBe('retention');
  });
});
