/** The teller's text on a referral is made to pass the server's own check before it is saved. */
import { describe, expect, it } from 'vitest';
import { contactSchema } from '@/lib/contracts/referral';
import { safeTextSchema } from '@/lib/contracts/primitives';
import { prepareTellerLine } from '@/lib/handoffs';
import { contactFor } from '@/lib/handoffs/handoff-fields';

describe('contactFor', () => {
  it.each([
    ['a card number in the name', '王女士 6222 0212 3456 7890', '王女士 **** 7890'],
    ['control and bidi characters in the name', '王\u0007女士\u202e', '王 女士'],
    ['a mobile split by zero-width spaces', '王女士138\u200b1234\u200b5678', '王女士**** 5678'],
  ])('%s: masked and accepted by the shared schema', (_label, name, expected) => {
    const contact = contactFor(true, { name, phone: '138 0013 8000' });
    expect(contact?.name).toBe(expected);
    expect(contactSchema.safeParse(contact).success).toBe(true);
  });
});

describe('prepareTellerLine', () => {
  it.each([
    ['bidi override', '客户\u202e说明', '客户说明'],
    ['lone surrogate', '客户\ud800说明', '客户\ufffd说明'],
    ['card split by bidi marks', '卡 6222\u200f0212\u200f3456\u200f7890', '卡 **** 7890'],
  ])('%s → text the server accepts', (_label, input, expected) => {
    const result = prepareTellerLine(input);
    expect(result).toEqual({ ok: true, text: expected });
    expect(safeTextSchema(280).safeParse(result.ok && result.text).success).toBe(true);
  });
});
