import { describe, expect, it } from 'vitest';
import { toReferralLogRow, zoneClock } from '@/lib/export';
import {
  columnText,
  LOG_COLUMNS,
  LOG_GRID_TEMPLATE,
  LOG_TABLE_WIDTH,
} from '@/components/supervisor/log-columns';
import { detailText } from '@/lib/supervisor/audit-words';
import { referral } from './fixtures';

const ctx = { lang: 'zh' as const, zone: zoneClock('Asia/Shanghai') };
const col = (id: string) => LOG_COLUMNS.find((c) => c.id === id)!;

describe('on-screen columns (the same cells as the export)', () => {
  const row = toReferralLogRow(
    referral({
      secondCreditStaffId: 'L001',
      handoff: 'card_handed',
      followUp: {
        channel: 'phone',
        windowStart: '2026-03-03T01:00:00.000Z',
        windowEnd: '2026-03-03T03:00:00.000Z',
      },
      status: 'won',
      outcome: { product: '大额存单', amountBand: { min: 500_000, max: 1_000_000 } },
      updatedAt: '2026-03-05T02:00:00.000Z',
    }),
  );
  it.each([
    ['createdAt', '2026-03-02 10:00'],
    ['referrer', 'T001 + L001'],
    ['clientRef', 'abababab…'],
    ['followUp', '递送名片 · 电话 · 2026-03-03 09:00 – 2026-03-03 11:00'],
    ['status', '成功'],
    ['days', '3'],
  ])('%s → %s', (id, text) => {
    expect(columnText(col(id), row, ctx)).toBe(text);
  });

  it('shows the outcome as product and amount band', () => {
    expect(columnText(col('outcome'), row, ctx)).toMatch(/^大额存单 · 50万/);
  });
});

describe('detailText (audit details)', () => {
  it('lists the action, the actor and every detail, objects as JSON', () => {
    expect(
      detailText({
        action: 'referral_log.export',
        actor: 'token:800fa9e2607c',
        details: { format: 'csv', rowCount: 12, includeContact: false, filter: { tier: ['A'] } },
      }),
    ).toBe(
      'action=referral_log.export · actor=token:800fa9e2607c · format=csv · rowCount=12 · includeContact=false · filter={"tier":["A"]}',
    );
  });
});

describe('the log fits a 1366 px screen', () => {
  it('the least widths leave room for the page margins and a scroll bar', () => {
    // 1366 − page scroll bar (17) − card margin, padding and borders (42) − table scroll bar (17).
    expect(LOG_TABLE_WIDTH).toBeLessThanOrEqual(1366 - 17 - 42 - 17);
  });

  it('text columns grow into a wider screen; the rest keep their width', () => {
    expect(LOG_GRID_TEMPLATE.startsWith('132px 72px 112px minmax(150px, 3fr)')).toBe(true);
  });
});
