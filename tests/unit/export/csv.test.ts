import { parse, type Options } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TRACKING_FORM_COLUMNS, headerCells } from '../../../lib/export/columns';
import { UTF8_BOM, csvHead, csvLines, toCsv } from '../../../lib/export/csv';
import { zoneClock } from '../../../lib/time/zone-clock';
import { logRow } from './fixtures';

const zone = zoneClock('Asia/Shanghai');
const atMs = Date.parse('2026-11-20T02:00:00Z');
const zh = { lang: 'zh', zone, withContact: false, atMs } as const;

function parsed(csv: string): string[][] {
  const options: Options = { bom: true };
  return parse(csv, options);
}

describe('CSV of the tracking form', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv([logRow(), logRow({ summary: 'second' })], zh);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('has one header row in the chosen language, one column per tracking-form field', () => {
    const [zhHeader] = parsed(csvHead(zh));
    const [enHeader] = parsed(csvHead({ ...zh, lang: 'en' }));
    expect(zhHeader).toHaveLength(TRACKING_FORM_COLUMNS.length);
    expect(zhHeader?.slice(0, 3)).toEqual(['推介时间（北京时间 UTC+8）', '推介人', '协同推介人']);
    expect(enHeader?.[0]).toBe('Date and time (Beijing time, UTC+8)');
    // Every time column names the zone; the others keep the tracking form's names.
    expect(zhHeader?.filter((h) => h.includes('北京时间'))).toEqual([
      '推介时间（北京时间 UTC+8）',
      '约定时间（北京时间 UTC+8）',
      '结果时间（北京时间 UTC+8）',
    ]);
    expect(zhHeader?.filter((h) => !h.includes('北京时间'))).toEqual(
      TRACKING_FORM_COLUMNS.filter((c) => !c.zoned).map((c) => c.zh),
    );
    expect(headerCells('zh', true).slice(-2)).toEqual(['客户称呼', '联系电话']);
  });

  it('round-trips Chinese text, commas, quotes and line breaks in a cell', () => {
    const summary = '客户说："先看看，再定"\n第二行, with comma\r\nthird line';
    const rows = parsed(toCsv([logRow({ summary, declineReason: 'a "quoted", reason' })], zh));
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    expect(rows).toHaveLength(2);
    expect(row[header.indexOf('情况摘要')]).toBe(summary);
    expect(row[header.indexOf('暂不需要原因')]).toBe('a "quoted", reason');
  });

  it('writes coded fields as words and times in the branch zone', () => {
    const rows = parsed(
      toCsv(
        [
          logRow({
            handoff: 'card_handed',
            followUp: {
              channel: 'phone',
              windowStart: '2026-11-20T01:15:00.000Z',
              windowEnd: '2026-11-20T15:59:59.000Z',
            },
            status: 'won',
            outcome: { product: '基金定投', amountBand: { min: 100_000, max: 500_000 } },
            outcomeAt: '2026-11-23T02:00:00.000Z',
            daysToOutcome: 3,
          }),
        ],
        zh,
      ),
    );
    const header = rows[0] ?? [];
    const cell = (name: string) => rows[1]?.[header.indexOf(name)];
    expect(cell('推介时间（北京时间 UTC+8）')).toBe('2026-11-20 09:15');
    expect(cell('推介人岗位')).toBe('现金柜员');
    expect(cell('客户标识（脱敏）')).toBe('3f9c0a1b…');
    expect(cell('客户分层')).toBe('B 潜质优质客户');
    expect(cell('识别信号及金额区间')).toBe('定期存款（50万–100万元）、咨询理财或高端服务');
    expect(cell('客户经理')).toBe('CM01 李经理');
    expect(cell('跟进约定')).toBe('递送名片');
    expect(cell('跟进方式')).toBe('电话');
    expect(cell('约定时间（北京时间 UTC+8）')).toBe('2026-11-20 09:15 – 2026-11-20 23:59');
    expect(cell('状态')).toBe('成功');
    expect(cell('成交产品')).toBe('基金定投');
    expect(cell('成交金额区间')).toBe('10万–50万元');
    expect(cell('结果用时（天）')).toBe('3');
  });

  it('neutralises formulas in text cells but leaves numbers alone', () => {
    const rows = parsed(
      csvLines(
        [
          logRow({
            summary: '=HYPERLINK("http://evil.example","点我")',
            status: 'lost',
            outcome: { reason: '@SUM(1,2)' },
            daysToOutcome: 0,
          }),
        ],
        zh,
      ),
    );
    const row = rows[0] ?? [];
    expect(row).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    expect(row).toContain(`'@SUM(1,2)`);
    expect(row).toContain('0');
    expect(row.some((cell) => /^[=+\-@＝＋－＠\t\r]/.test(cell))).toBe(false);
  });

  it('fills the contact columns only for rows that carry contact details', () => {
    const options = { ...zh, withContact: true };
    const rows = parsed(
      toCsv(
        [
          logRow({ contact: { name: '王女士', phone: '+86 138 0013 8000' } }),
          logRow({ consent: false }),
        ],
        options,
      ),
    );
    expect(rows[1]?.slice(-2)).toEqual(['王女士', `'+86 138 0013 8000`]);
    expect(rows[2]?.slice(-2)).toEqual(['', '']);
  });

  it('an empty log is just the header', () => {
    expect(parsed(toCsv([], zh))).toHaveLength(1);
    expect(csvLines([], zh)).toBe('');
  });
});
