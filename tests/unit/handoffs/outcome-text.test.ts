import { describe, expect, it } from 'vitest';
import { statusUpdateRequestSchema } from '@/lib/contracts/referrals-api';
import { outcomeRequest } from '@/lib/handoffs';

describe('outcomeRequest (what the client manager types on won / lost)', () => {
  it.each([
    ['won', '理财 6222 0212 3456 7890', { status: 'won', outcome: { product: '理财 **** 7890' } }],
    ['won', '基金\u0007 2026001 期', { status: 'won', outcome: { product: '基金 2026001 期' } }],
    [
      'lost',
      '客户留了 138\u200b1234\u200b5678',
      { status: 'lost', outcome: { reason: '客户留了 **** 5678' } },
    ],
    ['contacted', undefined, { status: 'contacted' }],
  ] as const)('%s %j → masked, one line', (status, detail, body) => {
    const result = outcomeRequest(status, detail);
    expect(result).toEqual({ ok: true, body });
    // The server's own schema accepts it, so a status update is never refused for its text.
    expect(statusUpdateRequestSchema.safeParse(result.ok && result.body).success).toBe(true);
  });

  it.each([
    ['won', '', 'give the product'],
    ['lost', '   ', 'give a reason'],
    ['lost', '存款 500000 元', 'must not contain a run of 5 or more digits'],
  ] as const)('%s %j is refused before sending', (status, detail, message) => {
    const result = outcomeRequest(status, detail);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});
