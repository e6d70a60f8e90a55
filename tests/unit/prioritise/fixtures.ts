import type { PrioritiseInput } from '../../../lib/prioritise';

export const NOW = new Date('2026-11-20T02:00:00Z'); // 10:00 in Shanghai

export function item(overrides: Partial<PrioritiseInput> = {}): PrioritiseInput {
  return {
    id: 'r-default',
    tier: 'B',
    signals: [],
    handoff: 'refer_now',
    followUp: { channel: 'meet_now' },
    consent: true,
    status: 'new',
    createdAt: '2026-11-20T01:30:00Z',
    ...overrides,
  };
}
