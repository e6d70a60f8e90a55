// @vitest-environment node
/**
 * GET /v1/referral-log/export: the tracking form as an Excel-ready CSV (BOM, CRLF, neutralised
 * formulas) and as JSON, with the contact rule and an audit row for every export.
 */
import { parse, type Options } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralLogRow } from '../../lib/contracts/referral-log';
import { headerCells } from '../../lib/export/columns';
import type { Referral } from '../../lib/contracts/referral';
import { buildApp } from '../../server/app';
import { OTHER_BRANCH, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness, type Person } from './helpers/harness';
import { LOST_AFTER_CONTACT, WON, bodyOf, moveAlong, seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

const tricky = makeReferral({
  createdAt: '2026-11-18T01:00:00.000Z',
  summary: '客户说："先看看，再定"\n第二行, with a comma\r\nthird line',
  consent: true,
  contact: { name: '王女士', phone: '138 0013 8000' },
});
const formula = makeReferral({
  createdAt: '2026-11-17T01:00:00.000Z',
  summary: '=HYPERLINK("http://evil.example/?q=1","点我")',
  consent: false,
  contact: undefined,
});
const won = makeReferral({ createdAt: '2026-11-16T01:00:00.000Z', summary: '定期到期' });
const lost = makeReferral({
  createdAt: '2026-11-15T01:00:00.000Z',
  summary: 'lost one',
  managerStaffId: 'CM02',
});
const other = makeReferral({ branchId: OTHER_BRANCH, summary: '他行 other branch' });
const BRANCH_ROWS: Referral[] = [tricky, formula, won, lost];

const csvRows = (text: string) => {
  const options: Options = { bom: true };
  return parse(text, options);
};

describe.each(DB_TARGETS)('referral log export on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    await seedReferrals(h.database.db, [...BRANCH_ROWS, other]);
    await moveAlong(h.database.db, won, WON, 2);
    await moveAlong(
      h.database.db,
      lost,
      [LOST_AFTER_CONTACT[0]!, { status: 'lost', outcome: { reason: '@SUM(1,2) 客户已在他行' } }],
      4,
    );
  });
  afterAll(async () => h.close());

  function request(query: string, as: Person = 'supervisor'): Promise<Response> {
    return Promise.resolve(
      h.app.request(`/v1/referral-log/export${query}`, {
        headers: { authorization: `Bearer ${h.tokens[as]}` },
      }),
    );
  }

  async function exportCsv(query = '') {
    const res = await request(`?format=csv${query}`);
    expect(res.status).toBe(200);
    const { bytes, text } = await bodyOf(res);
    return { res, bytes, text, rows: csvRows(text) };
  }

  async function lastAudit(action = 'referral_log.export') {
    const res = await h.call('GET', `/v1/audit?action=${action}&limit=1`, { as: 'supervisor' });
    expect(res.status).toBe(200);
    return (res.json.entries as { actor: string; details: Record<string, unknown> }[])[0];
  }

  it('CSV: a BOM, CRLF line ends, the zh-CN header and one row per referral of the branch', async () => {
    const { res, bytes, text, rows } = await exportCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="referral-log_0101_\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
    );
    expect(res.headers.get('x-export-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line ends in CRLF: removing the quoted parts leaves no bare LF.
    expect(
      text
        .replace(/"(?:[^"]|"")*"/g, '')
        .replace(/\r\n/g, '')
        .includes('\n'),
    ).toBe(false);
    expect(rows[0]).toEqual(headerCells('zh', false, '北京时间 UTC+8'));
    expect(rows[0]?.[0]).toBe('推介时间（北京时间 UTC+8）');
    expect(rows).toHaveLength(1 + BRANCH_ROWS.length);
    const idColumn = rows[0]!.indexOf('推介编号');
    expect(rows.slice(1).map((r) => r[idColumn])).toEqual([tricky.id, formula.id, won.id, lost.id]);
    expect(text).not.toContain('他行 other branch');
  });

  it('CSV: Chinese text, quotes, commas and line breaks survive; formulas are neutralised', async () => {
    const { rows } = await exportCsv();
    const header = rows[0]!;
    const byId = new Map(rows.slice(1).map((r) => [r[header.indexOf('推介编号')], r]));
    const cell = (r: Referral, column: string) => byId.get(r.id)?.[header.indexOf(column)];
    expect(cell(tricky, '情况摘要')).toBe(tricky.summary);
    expect(cell(formula, '情况摘要')).toBe(`'${formula.summary}`);
    expect(cell(lost, '结果说明')).toBe(`'@SUM(1,2) 客户已在他行`);
    expect(cell(won, '状态')).toBe('成功');
    expect(cell(won, '成交产品')).toBe('基金定投');
    expect(cell(won, '结果用时（天）')).toBe('2');
    expect(cell(won, '推介时间（北京时间 UTC+8）')).toBe('2026-11-16 09:00');
    expect(cell(won, '客户经理')).toBe('CM01 李经理');
    for (const row of rows)
      for (const value of row) expect(value).not.toMatch(/^[=+\-@＝＋－＠\t\r]/);
  });

  it('CSV in English on request', async () => {
    const { rows } = await exportCsv('&lang=en');
    expect(rows[0]?.[0]).toBe('Date and time (Beijing time, UTC+8)');
    expect(rows[1]).toContain('Cash teller');
  });

  it('JSON: a streamed array that parses, with the same rows as the log', async () => {
    const res = await request('?format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('.json"');
    const rows = JSON.parse((await bodyOf(res)).text) as ReferralLogRow[];
    const log = await h.call('GET', '/v1/referral-log', { as: 'supervisor' });
    expect(rows).toEqual((log.json as { rows: ReferralLogRow[] }).rows);
    expect(rows.find((r) => r.id === formula.id)?.summary).toBe(formula.summary);
  });

  it.each([
    ['&status=won', () => [won.id]],
    ['&manager=CM02', () => [lost.id]],
    ['&from=2026-11-17&to=2026-11-18', () => [tricky.id, formula.id]],
    ['&q=HYPERLINK', () => [formula.id]],
    ['&sort=createdAt&order=asc', () => [lost.id, won.id, formula.id, tricky.id]],
  ])('filters and sort apply to the export (%s)', async (query, expected) => {
    const rows = JSON.parse(
      (await bodyOf(await request(`?format=json${query}`))).text,
    ) as ReferralLogRow[];
    expect(rows.map((r) => r.id)).toEqual(expected());
  });

  it('an empty export is a header alone, or []', async () => {
    expect((await exportCsv('&status=met')).rows).toHaveLength(1);
    expect(JSON.parse((await bodyOf(await request('?format=json&status=met'))).text)).toEqual([]);
  });

  it.each<[Person, number]>([
    ['teller', 403],
    ['lobby', 403],
    ['manager', 403],
    ['admin', 403],
    ['otherTeller', 403],
  ])('%s may not export (%i)', async (as, status) => {
    const res = await request('?format=csv', as);
    expect(res.status).toBe(status);
  });

  it('another branch’s supervisor exports only their own branch', async () => {
    const rows = csvRows((await bodyOf(await request('?format=csv', 'otherSupervisor'))).text);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('他行 other branch');
  });

  describe('contact details', () => {
    it('are left out by default, everywhere in the file', async () => {
      const { text, rows } = await exportCsv();
      expect(rows[0]).not.toContain('联系电话');
      expect(text).not.toContain('138 0013 8000');
      expect(text).not.toContain('王女士');
      expect((await lastAudit())?.details).toMatchObject({ includeContact: false, contactRows: 0 });
    });

    it.each([
      ['', 'reason_required'],
      ['&reason=', 'reason_required'],
      ['&reason=abc', 'reason_required'],
      ['&reason=%20%20%20%20abc%20%20', 'reason_required'],
    ])('need a reason of 5+ characters (%j → 400)', async (reason, code) => {
      const res = await request(`?format=csv&includeContact=true${reason}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe(code);
    });

    it('with a reason: name and phone for consenting clients only, and the reason is audited', async () => {
      const reason = '客户经理离职，交接客户 handover';
      const { rows } = await exportCsv(`&includeContact=true&reason=${encodeURIComponent(reason)}`);
      const header = rows[0]!;
      expect(header.slice(-2)).toEqual(['客户称呼', '联系电话']);
      const byId = new Map(rows.slice(1).map((r) => [r[header.indexOf('推介编号')], r]));
      expect(byId.get(tricky.id)?.slice(-2)).toEqual(['王女士', '138 0013 8000']);
      expect(byId.get(formula.id)?.slice(-2)).toEqual(['', '']); // no consent
      const audit = await lastAudit();
      expect(audit?.details).toMatchObject({
        includeContact: true,
        reason,
        outcome: 'completed',
        rowCount: 4,
        contactRows: 3,
      });
      expect(JSON.stringify(audit)).not.toContain('138 0013 8000');
    });

    it('JSON with contact carries it only on consenting rows', async () => {
      const rows = JSON.parse(
        (await bodyOf(await request('?format=json&includeContact=true&reason=audit%20request')))
          .text,
      ) as ReferralLogRow[];
      expect(rows.find((r) => r.id === tricky.id)?.contact).toEqual(tricky.contact);
      expect(rows.find((r) => r.id === formula.id)?.contact).toBeUndefined();
    });

    it('are refused outright when the server turns contact exports off', async () => {
      const strict = buildApp({
        db: h.database.db,
        clock: h.clock,
        rateLimit: false,
        contactExport: false,
        logger: { info: () => undefined, error: () => undefined },
      });
      const res = await strict.request(
        '/v1/referral-log/export?includeContact=true&reason=handover',
        {
          headers: { authorization: `Bearer ${h.tokens.supervisor}` },
        },
      );
      expect(res.status).toBe(403);
      const plain = await strict.request('/v1/referral-log/export', {
        headers: { authorization: `Bearer ${h.tokens.supervisor}` },
      });
      expect(plain.status).toBe(200);
      await plain.body?.cancel();
    });
  });

  describe('audit', () => {
    it('every export writes a start row and an end row with who, when, filter and row count', async () => {
      h.clock.advance(60_000);
      const res = await request('?format=json&status=won,lost&q=one');
      const exportId = res.headers.get('x-export-id');
      await bodyOf(res);
      const page = await h.call('GET', '/v1/audit?action=referral_log.&limit=2', {
        as: 'supervisor',
      });
      const [end, start] = page.json.entries as {
        action: string;
        actor: string;
        at: string;
        details: Record<string, unknown>;
      }[];
      expect(start).toMatchObject({ action: 'referral_log.export.start', details: { exportId } });
      expect(end).toMatchObject({
        action: 'referral_log.export',
        actor: expect.stringMatching(/^token:[0-9a-f]{12}$/) as unknown,
        at: h.clock.now().toISOString(),
        details: {
          exportId,
          staffId: 'S001',
          format: 'json',
          filter: { status: ['won', 'lost'], q: 'one' },
          includeContact: false,
          outcome: 'completed',
          rowCount: 1,
        },
      });
    });

    it('an export the client abandons is audited as aborted', async () => {
      const res = await request('?format=csv');
      const exportId = res.headers.get('x-export-id');
      const reader = res.body!.getReader();
      await reader.read(); // the header
      await reader.cancel();
      const audit = await lastAudit();
      expect(audit?.details).toMatchObject({ exportId, outcome: 'aborted' });
    });

    it('nobody can change an export’s audit row, not even with direct database access', async () => {
      await expect(
        h.database.db.kysely
          .updateTable('audit_log')
          .set({ details_json: '{}' })
          .where('action', '=', 'referral_log.export')
          .execute(),
      ).rejects.toThrow(/append-only/);
      await expect(
        h.database.db.kysely
          .deleteFrom('audit_log')
          .where('action', '=', 'referral_log.export')
          .execute(),
      ).rejects.toThrow(/append-only/);
    });

    it('GET /v1/audit: supervisors and admins of the branch read it; nobody else; never another branch’s', async () => {
      for (const as of ['teller', 'lobby', 'manager'] as const) {
        expect((await h.call('GET', '/v1/audit', { as })).status).toBe(403);
      }
      expect((await h.call('GET', '/v1/audit', { as: 'admin' })).status).toBe(200);
      const other = await h.call('GET', '/v1/audit?limit=500', { as: 'otherSupervisor' });
      const details = JSON.stringify(other.json);
      expect(details).not.toContain('"staffId":"S001"');
      expect((other.json.entries as unknown[]).length).toBeGreaterThan(0); // its own export above
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        expect((await h.call(method, '/v1/audit', { as: 'supervisor', body: {} })).status).toBe(
          404,
        );
      }
    });

    it('pages through the audit log newest first', async () => {
      const first = await h.call('GET', '/v1/audit?limit=3', { as: 'supervisor' });
      const ids1 = (first.json.entries as { id: number }[]).map((e) => e.id);
      const second = await h.call('GET', `/v1/audit?limit=3&before=${String(first.json.next)}`, {
        as: 'supervisor',
      });
      const ids2 = (second.json.entries as { id: number }[]).map((e) => e.id);
      expect([...ids1, ...ids2]).toEqual([...ids1, ...ids2].sort((a, b) => b - a));
      expect(new Set([...ids1, ...ids2]).size).toBe(6);
    });
  });
});
