import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type RouterHandlers } from '../../../lib/background/router';
import type { MessageSender } from '../../../lib/background/sender';
import type { Dropped, ReportAck } from '../../../lib/messaging/protocol-map';
import { isDropped, sendFromContent, sendFromPage } from '../../../lib/messaging/send';
import type { FrameReportPayload } from '../../../lib/content/frame-report';

const identity = { extensionId: 'ourid', extensionOrigin: 'chrome-extension://ourid' };
const contentSender: MessageSender = {
  id: 'ourid',
  url: 'http://127.0.0.1:5173/',
  tab: { id: 7 },
  frameId: 0,
};
const pageSender: MessageSender = {
  id: 'ourid',
  url: 'chrome-extension://ourid/sidepanel.html',
  origin: 'chrome-extension://ourid',
};
const report: FrameReportPayload = {
  type: 'terminal:frame-report',
  fields: { amount: '600,000.00' },
  missing: [],
  transactionComplete: false,
  profileVersion: 'demo@1',
};
const ack: ReportAck = { ok: true, badge: 'attention', recheckInMs: 3000 };

/** `reply`: what the frame-report handler answers (a wrong one, to test the reply check). */
function setUp(reply: { value: unknown } = { value: ack }) {
  const none = () => Promise.resolve();
  const handlers = {
    content: {
      'terminal:frame-report': vi.fn(() => Promise.resolve(reply.value as ReportAck)),
      'terminal:frame-gone': vi.fn(none),
      'badge:open-panel': vi.fn(none),
    },
    page: {
      'panel:set-soft-cues': vi.fn(none),
      'panel:outbox-changed': vi.fn(none),
      'panel:sync-now': vi.fn(none),
    },
  } satisfies RouterHandlers;
  const drops: string[] = [];
  const route = createRouter(identity, handlers, (r) => drops.push(r));
  const calls = () =>
    [...Object.values(handlers.content), ...Object.values(handlers.page)].reduce(
      (n, h) => n + h.mock.calls.length,
      0,
    );
  return { route, handlers, drops, calls };
}

describe('message router (validate at the receiver, fail closed)', () => {
  it('delivers a valid frame report from our content script with its tab and frame, and replies', async () => {
    const { route, handlers, drops } = setUp();
    const reply = await route(report, contentSender);
    expect(handlers.content['terminal:frame-report']).toHaveBeenCalledWith(report, {
      tabId: 7,
      frameId: 0,
    });
    expect(reply).toEqual(ack);
    expect(drops).toEqual([]);
  });

  it('calls only the handler for the message’s own type', async () => {
    const { route, handlers, calls } = setUp();
    await route({ type: 'terminal:frame-gone' }, { ...contentSender, frameId: 2 });
    expect(handlers.content['terminal:frame-gone']).toHaveBeenCalledWith(
      { type: 'terminal:frame-gone' },
      { tabId: 7, frameId: 2 },
    );
    expect(calls()).toBe(1);
  });

  it.each<[string, unknown, MessageSender]>([
    ['another extension', report, { ...contentSender, id: 'evil' }],
    ['a sender without a tab', report, { id: 'ourid', url: 'http://127.0.0.1/', frameId: 0 }],
    ['a sender without a frame', report, { id: 'ourid', url: 'http://127.0.0.1/', tab: { id: 7 } }],
    ['an unknown message type', { type: 'terminal:delete-everything' }, contentSender],
    ['a type inherited from Object.prototype', { type: 'toString' }, contentSender],
    ['a message without a type', { fields: {} }, contentSender],
    ['extra keys', { ...report, accountNumber: '6222021234567891234' }, contentSender],
    ['a wrong type for a field', { ...report, transactionComplete: 'yes' }, contentSender],
    ['a missing field', { type: 'terminal:frame-report', fields: {}, missing: [] }, contentSender],
    ['not an object', 'hello', contentSender],
    [
      'a panel message sent from a content script',
      { type: 'panel:set-soft-cues', tabId: 7, cues: [] },
      contentSender,
    ],
    ['a content message sent from an extension page', report, pageSender],
    [
      'an oversized field value',
      { ...report, fields: { remarks: 'x'.repeat(501) } },
      contentSender,
    ],
    [
      'a soft cue that is not one',
      { type: 'panel:set-soft-cues', tabId: 7, cues: ['vip'] },
      pageSender,
    ],
    ['extra keys on a page message', { type: 'panel:sync-now', force: true }, pageSender],
  ])('drops %s', async (_name, message, sender) => {
    const { route, drops, calls } = setUp();
    const result = await route(message, sender);
    expect(result).toMatchObject({ dropped: true });
    expect(calls()).toBe(0);
    expect(drops).toHaveLength(1);
  });

  it('delivers a valid panel message from an extension page', async () => {
    const { route, handlers } = setUp();
    const msg = { type: 'panel:set-soft-cues', tabId: 7, cues: ['premium_card'] };
    const reply = await route(msg, pageSender);
    expect(handlers.page['panel:set-soft-cues']).toHaveBeenCalledWith(msg, undefined);
    expect(reply).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a badge state that does not exist', { ok: true, badge: 'gold' }],
    ['a missing badge', { ok: true }],
    ['an extra key', { ...ack, accountNumber: '6222021234567891234' }],
    ['a negative recheck', { ok: true, badge: 'hidden', recheckInMs: -1 }],
    ['nothing', undefined],
  ])('checks the handler’s reply: %s is dropped, not sent', async (_name, wrong) => {
    const { route, drops } = setUp({ value: wrong });
    const reply = await route(report, contentSender);
    expect(reply).toEqual({ dropped: true, reason: 'invalid reply to terminal:frame-report' });
    expect(drops).toEqual(['invalid reply to terminal:frame-report']);
  });

  it('drops a value returned for a message that has no reply', async () => {
    const { route, handlers } = setUp();
    handlers.page['panel:sync-now'].mockImplementationOnce(() =>
      Promise.resolve({ secret: 1 } as unknown as undefined),
    );
    expect(await route({ type: 'panel:sync-now' }, pageSender)).toMatchObject({ dropped: true });
  });
});

describe('typed senders through the router (round trip)', () => {
  beforeEach(() => fakeBrowser.reset());

  const listen = (route: ReturnType<typeof setUp>['route'], sender: MessageSender) =>
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => route(raw, sender));

  it('a frame report comes back as a ReportAck, typed without a cast', async () => {
    const { route, handlers } = setUp();
    listen(route, contentSender);
    const reply = await sendFromContent(report);
    expectTypeOf(reply).toEqualTypeOf<ReportAck | Dropped>();
    if (isDropped(reply)) throw new Error(`dropped: ${reply.reason}`);
    expect(reply).toEqual(ack);
    expect(reply.badge).toBe('attention');
    expect(reply.recheckInMs).toBe(3000);
    expect(handlers.content['terminal:frame-report']).toHaveBeenCalledWith(report, {
      tabId: 7,
      frameId: 0,
    });
  });

  it('a page message reaches its handler; a wrong payload sent anyway is dropped', async () => {
    const { route, handlers, drops } = setUp();
    listen(route, pageSender);
    await sendFromPage({ type: 'panel:set-soft-cues', tabId: 3, cues: ['wealth_enquiry'] });
    expect(handlers.page['panel:set-soft-cues']).toHaveBeenCalledWith(
      { type: 'panel:set-soft-cues', tabId: 3, cues: ['wealth_enquiry'] },
      undefined,
    );
    // Type-correct, but the schema wants a real tab id: the receiver still checks.
    const reply = await sendFromPage({ type: 'panel:set-soft-cues', tabId: -1, cues: [] });
    expect(isDropped(reply)).toBe(true);
    expect(drops).toEqual(['invalid page message']);
    expect(handlers.page['panel:set-soft-cues']).toHaveBeenCalledTimes(1);
  });
});
