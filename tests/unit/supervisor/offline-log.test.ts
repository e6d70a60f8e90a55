import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { headerCells, zoneClock } from '@/lib/export';
import type { ReferralLogFilters } from '@/lib/contracts/referral-log';
import {
  compareLogRows,
  matchesFilters,
  offlineExport,
  offlineLogRows,
} from '@/lib/supervisor/offline-log';
import { DEFAULT_SORT } from '@/lib/supervisor/log-query';
import { referral } from './fixtures';

const zone = zoneClock('Asia/Shanghai');
const atMs = Date.parse('2026-03-04T00:00:00Z');
const base = { filters: {}, sort: DEFAULT_SORT, zone, withContact: false, atMs } as const;

describe('offline export (the device log as the tracking form)', () => {
  const tricky = referral({
    summary: '客户说："下周再来"，\n带上护照, 换汇',
    consent: true,
    contact: { name: '张先生', phone: '13800138000' },
  });
  const formula = referral({
    summary: '=HYPERLINK("http://evil.example","点我")',
    createdAt: '2026-03-03T02:00:00.000Z',
  });
  const withdrawn = referral({ undoneAt: '2026-03-02T02:00:05.000Z' });

  it('parses back to the header and one row per referral, BOM first, CRLF line ends', () => {
    const { text, rowCount } = offlineExport([tricky, formula, withdrawn], {
      ...base,
      format: 'csv',
      lang: 'zh',
    });
    expect(rowCount).toBe(2);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual(headerCells('zh', false, '北京时间 UTC+8'));
    expect(rows).toHaveLength(3);
    const summaryAt = headerCells('zh', false).indexOf('情况摘要');
    // Newest first: the formula row (3 March) before the tricky one (2 March).
    expect(rows[1]?.[summaryAt]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(rows[2]?.[summaryAt]).toBe('客户说："下周再来"，\n带上护照, 换汇');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain(withdrawn.id);
  });

  it('adds contact columns only when asked, and fills them only for consenting clients', () => {
    const noConsent = referral();
    const { text } = offlineExport([tricky, noConsent], {
      ...base,
      format: 'csv',
      lang: 'en',
      withContact: true,
    });
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });
    const byId = new Map(rows.map((r) => [r['Referral id'], r]));
    expect(byId.get(tricky.id)?.Phone).toBe('13800138000');
    expect(byId.get(noConsent.id)?.Phone).toBe('');
  });

  it('writes JSON rows as they are (no spreadsheet escaping)', () => {
    const { text } = offlineExport([formula], { ...base, format: 'json', lang: 'zh' });
    expect((JSON.parse(text) as { summary: string }[])[0]?.summary).toBe(formula.summary);
  });
});

describe("matchesFilters (the server's filters, applied on the device)", () => {
  const row = offlineLogRows(
    [
      referral({
        createdAt: '2026-03-01T17:30:00.000Z', // 2 March 01:30 in Shanghai
        secondCreditStaffId: 'L001',
        signals: [{ kind: 'forex' }, { kind: 'wealth_enquiry' }],
        tier: 'A',
        status: 'contacted',
        summary: 'Forex and Wealth',
      }),
    ],
    base,
  )[0]!;
  const cases: [string, ReferralLogFilters, boolean][] = [
    ['no filters', {}, true],
    ['local day of the referral', { from: '2026-03-02', to: '2026-03-02' }, true],
    ['the UTC day is not the local day', { to: '2026-03-01' }, false],
    ['second credit counts as referrer', { referrer: 'L001' }, true],
    ['other referrer', { referrer: 'T009' }, false],
    ['manager', { manager: 'M001' }, true],
    ['other manager', { manager: 'M002' }, false],
    ['status in list', { status: ['new', 'contacted'] }, true],
    ['status not in list', { status: ['won'] }, false],
    ['any of the signals', { signal: ['loan', 'forex'] }, true],
    ['none of the signals', { signal: ['loan'] }, false],
    ['tier', { tier: ['A'] }, true],
    ['other tier', { tier: ['C', 'D'] }, false],
    ['search ignores case', { q: 'wealth' }, true],
    ['search misses', { q: 'gold' }, false],
  ];
  it.each(cases)('%s', (_name, filters, expected) => {
    expect(matchesFilters(row, filters, zone)).toBe(expected);
  });
});

describe('compareLogRows', () => {
  const a = referral({
    createdAt: '2026-03-01T02:00:00.000Z',
    status: 'won',
    outcome: { product: '理财' },
    updatedAt: '2026-03-11T02:00:00.000Z',
    managerStaffId: 'M002',
  });
  const b = referral({
    createdAt: '2026-03-02T02:00:00.000Z',
    status: 'new',
    managerStaffId: 'M001',
  });
  const c = referral({
    createdAt: '2026-03-03T02:00:00.000Z',
    status: 'lost',
    outcome: { reason: '不需要' },
    updatedAt: '2026-03-04T02:00:00.000Z',
    managerStaffId: 'M001',
  });
  const rows = offlineLogRows([a, b, c], base);
  const order = (sort: typeof DEFAULT_SORT) =>
    [...rows].sort(compareLogRows(sort)).map((r) => r.id);
  it.each([
    [{ sort: 'createdAt', order: 'desc' }, [c, b, a]],
    [{ sort: 'createdAt', order: 'asc' }, [a, b, c]],
    [{ sort: 'status', order: 'asc' }, [b, a, c]],
    [{ sort: 'manager', order: 'asc' }, [c, b, a]],
    [{ sort: 'daysToOutcome', order: 'asc' }, [c, a, b]],
    [{ sort: 'daysToOutcome', order: 'desc' }, [a, c, b]],
  ] as const)('%o', (sort, expected) => {
    expect(order(sort)).toEqual(expected.map((r) => r.id));
  });
});
