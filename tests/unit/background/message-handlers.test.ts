/**
 * The background's real handlers behind the real router: a frame report from a content script
 * reaches the terminal service and comes back as a ReportAck that passes the reply schema; a
 * wrong payload never reaches the service.
 */
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../lib/background/router';
import { createMessageHandlers } from '../../../lib/background/message-handlers';
import { createTerminalService } from '../../../lib/background/terminal-service';
import type { MessageSender } from '../../../lib/background/sender';
import type { SessionArea } from '../../../lib/background/tab-state';
import type { TabState } from '../../../lib/detect/live-detection';
import { reportAckSchema } from '../../../lib/messaging/protocol';
import type { FrameReportPayload } from '../../../lib/content/frame-report';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';

const identity = { extensionId: 'ourid', extensionOrigin: 'chrome-extension://ourid' };
const top: MessageSender = {
  id: 'ourid',
  url: 'http://127.0.0.1:5173/',
  tab: { id: 7 },
  frameId: 0,
};
const page: MessageSender = { id: 'ourid', origin: 'chrome-extension://ourid' };

const report = (
  fields: Record<string, string | null>,
  missing: string[] = [],
): FrameReportPayload => ({
  type: 'terminal:frame-report',
  fields,
  missing,
  transactionComplete: false,
  profileVersion: 'demo@1.0.0',
});
const large = {
  businessType: '0102',
  amount: '600,000.00',
  currency: '人民币 CNY',
  accountNumber: '**** 1234',
  clientName: '张*',
  cardNumber: '**** 1234',
  clientLevel: '普通',
};

function setUp() {
  const data: Record<string, unknown> = {};
  const session: SessionArea = {
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => Promise.resolve(void Object.assign(data, structuredClone(items))),
    remove: (key) => Promise.resolve(void delete data[key]),
  };
  const terminal = createTerminalService({
    session,
    now: () => 1_000,
    profile: () => demoProfile,
    config: () => DEFAULT_TIERING_CONFIG,
    pushBadge: () => undefined,
  });
  const syncNow = vi.fn((_force?: boolean) => Promise.resolve());
  const openPanel = vi.fn((_tabId: number) => Promise.resolve());
  const drops: string[] = [];
  const route = createRouter(
    identity,
    createMessageHandlers({ terminal, syncNow, openPanel }),
    (r) => drops.push(r),
  );
  const state = () => data['tab:7'] as TabState | undefined;
  return { route, state, syncNow, openPanel, drops };
}

describe('background message handlers', () => {
  it('answers a frame report with a ReportAck that passes the reply schema', async () => {
    const { route, state, drops } = setUp();
    const reply = await route(report(large), top);
    expect(reportAckSchema.safeParse(reply).success).toBe(true);
    expect(reply).toEqual({ ok: true, badge: 'attention' });
    expect(state()?.frames['0']?.fields.amount).toBe('600,000.00');
    expect(drops).toEqual([]);
  });

  it('asks for a recheck while required fields are missing', async () => {
    const { route } = setUp();
    const reply = await route(report({ businessType: '0102' }, ['clientName']), top);
    expect(reply).toMatchObject({ ok: true, recheckInMs: 3000 });
  });

  it('drops a report with a wrong payload before the terminal service sees it', async () => {
    const { route, state, drops } = setUp();
    const reply = await route({ ...report(large), fields: { amount: 600000 } }, top);
    expect(reply).toMatchObject({ dropped: true });
    expect(state()).toBeUndefined();
    expect(drops).toEqual(['invalid content message']);
  });

  it('routes the rest to their own handlers', async () => {
    const { route, state, syncNow, openPanel } = setUp();
    await route(report(large), top);
    await route({ type: 'panel:set-soft-cues', tabId: 7, cues: ['soft_appearance'] }, page);
    expect(state()?.softCues).toEqual(['soft_appearance']);
    await route({ type: 'terminal:frame-gone' }, top);
    expect(state()?.frames).toEqual({});
    expect(await route({ type: 'badge:open-panel' }, { ...top, frameId: 4 })).toBeUndefined();
    expect(openPanel).toHaveBeenCalledWith(7);
    await route({ type: 'panel:outbox-changed' }, page);
    await route({ type: 'panel:sync-now' }, page);
    expect(syncNow.mock.calls).toEqual([[], [true]]);
  });
});
