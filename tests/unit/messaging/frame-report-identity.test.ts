import { describe, expect, it } from 'vitest';
import { frameReportSchema } from '../../../lib/messaging/protocol';

const base = {
  type: 'terminal:frame-report',
  fields: { cardNumber: '**** 1234', clientName: '张*' },
  missing: [],
  transactionComplete: false,
  profileVersion: 'bank@1',
};
const ref = 'ab'.repeat(32);

describe('the receiver checks what a frame says about the client', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['no reference at all (nothing identifies the client)', {}, true],
    ['a reference from a full number', { clientRef: ref, clientLink: 'number' }, true],
    ['a weak reference', { clientRef: ref, clientLink: 'weak' }, true],
    ['an unknown strength', { clientRef: ref, clientLink: 'strong' }, false],
    ['a number instead of a hash', { clientRef: '6222021234567890' }, false],
    ['the hash input itself', { clientRef: ref, hashInput: 'weak:1234|张' }, false],
    ['a full number beside the fields', { accountNumber: '6222021234567890' }, false],
  ])('%s', (_label, extra, ok) => {
    expect(frameReportSchema.safeParse({ ...base, ...extra }).success).toBe(ok);
  });
});
