import { describe, expect, it } from 'vitest';
import { createTerminalService } from '../../../lib/background/terminal-service';
import type { SessionArea } from '../../../lib/background/tab-state';
import type { TabState } from '../../../lib/detect/live-detection';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import type { BadgeState } from '../../../lib/messaging/badge-states';

function memorySession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => Promise.resolve(void Object.assign(data, structuredClone(items))),
    remove: (key) => Promise.resolve(void delete data[key]),
  };
}

const form = {
  businessType: '0102',
  amount: '600,000.00',
  currency: '人民币 CNY',
  accountNumber: '**** 1234',
};
const client = { clientName: '张*', cardNumber: '**** 1234', clientLevel: '普通' };

function setUp() {
  const session = memorySession();
  let now = 1_000;
  const badges: [number, BadgeState][] = [];
  const service = createTerminalService({
    session,
    now: () => now,
    profile: () => demoProfile,
    config: () => DEFAULT_TIERING_CONFIG,
    pushBadge: (tabId, state) => badges.push([tabId, state]),
  });
  const state = () => session.data['tab:7'] as TabState | undefined;
  return { service, state, badges, tick: (ms: number) => (now += ms) };
}

const report = (fields: Record<string, string | null>, missing: string[] = []) => ({
  fields,
  missing,
  transactionComplete: false,
  profileVersion: 'demo@1.0.0',
});

describe('terminal service (live state per tab, in memory only)', () => {
  it('merges what the top frame and the client-panel iframe report into one detection', async () => {
    const { service, state, badges } = setUp();
    await service.report(7, 0, report(form, ['clientName', 'clientLevel']));
    await service.report(7, 3, report(client, ['businessType', 'amount']));
    expect(state()?.detection).toMatchObject({
      clientPresent: true,
      tier: 'B',
      cardLast4: '1234',
      paused: false,
    });
    expect(state()?.detection?.signals.map((s) => s.kind)).toContain('time_deposit');
    expect(badges.at(-1)).toEqual([7, 'attention']);
  });

  it('pauses only after required fields stay missing for a few seconds, and says which', async () => {
    const { service, state, tick } = setUp();
    const ack = await service.report(
      7,
      0,
      report({ businessType: '0102' }, ['clientName', 'clientLevel']),
    );
    expect(ack.recheckInMs).toBeGreaterThan(0);
    expect(state()?.detection?.paused).toBe(false);
    tick(3_500);
    await service.report(7, 0, report({ businessType: '0102' }, ['clientName', 'clientLevel']));
    expect(state()?.detection).toMatchObject({
      paused: true,
      missingRequired: ['clientName', 'clientLevel'],
    });
  });

  it('forgets the teller’s ticks when the next client arrives, and everything when the tab closes', async () => {
    const { service, state } = setUp();
    await service.report(7, 0, report({ ...form, ...client }));
    await service.setSoftCues(7, ['soft_appearance']);
    expect(state()?.softCues).toEqual(['soft_appearance']);
    await service.report(
      7,
      0,
      report({ ...form, clientName: '李*', cardNumber: '**** 9876', clientLevel: '普通' }),
    );
    expect(state()?.softCues).toEqual([]);
    await service.tabClosed(7);
    expect(state()).toBeUndefined();
  });

  it('keeps two frames’ reports when they arrive at the same time', async () => {
    const { service, state } = setUp();
    await Promise.all([service.report(7, 0, report(form)), service.report(7, 3, report(client))]);
    expect(Object.keys(state()?.frames ?? {}).sort()).toEqual(['0', '3']);
  });
});
