import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../lib/background/router';
import type { MessageSender } from '../../../lib/background/sender';

const identity = { extensionId: 'ourid', extensionOrigin: 'chrome-extension://ourid' };
const contentSender: MessageSender = { id: 'ourid', url: 'http://127.0.0.1:5173/', tab: { id: 7 }, frameId: 0 };
const pageSender: MessageSender = { id: 'ourid', url: 'chrome-extension://ourid/sidepanel.html', origin: 'chrome-extension://ourid' };
const report = { type: 'terminal:frame-report', fields: { amount: '600,000.00' }, missing: [], transactionComplete: false, profileVersion: 'demo@1' };

function setUp() {
  const content = vi.fn(() => Promise.resolve({ ok: true }));
  const panel = vi.fn(() => Promise.resolve({ ok: true }));
  const drops: string[] = [];
  const route = createRouter(identity, { content, panel }, (r) => drops.push(r));
  return { route, content, panel, drops };
}

describe('message router (validate at the receiver, fail closed)', () => {
  it('delivers a valid frame report from our content script with its tab and frame', async () => {
    const { route, content } = setUp();
    await route(report, contentSender);
    expect(content).toHaveBeenCalledWith(report, { tabId: 7, frameId: 0 });
  });

  it.each<[string, unknown, MessageSender]>([
    ['another extension', report, { ...contentSender, id: 'evil' }],
    ['a sender without a tab', report, { id: 'ourid', url: 'http://127.0.0.1/', frameId: 0 }],
    ['a sender without a frame', report, { id: 'ourid', url: 'http://127.0.0.1/', tab: { id: 7 } }],
    ['an unknown message type', { type: 'terminal:delete-everything' }, contentSender],
    ['extra keys', { ...report, accountNumber: '6222021234567891234' }, contentSender],
    ['a wrong type for a field', { ...report, transactionComplete: 'yes' }, contentSender],
    ['not an object', 'hello', contentSender],
    ['a panel message sent from a content script', { type: 'panel:set-soft-cues', tabId: 7, cues: [] }, contentSender],
    ['a content message sent from an extension page', report, pageSender],
    ['an oversized field value', { ...report, fields: { remarks: 'x'.repeat(501) } }, contentSender],
  ])('drops %s', async (_name, message, sender) => {
    const { route, content, panel, drops } = setUp();
    const result = await route(message, sender);
    expect(result).toMatchObject({ dropped: true });
    expect(content).not.toHaveBeenCalled();
    expect(panel).not.toHaveBeenCalled();
    expect(drops).toHaveLength(1);
  });

  it('delivers a valid panel message from an extension page', async () => {
    const { route, panel } = setUp();
    const msg = { type: 'panel:set-soft-cues', tabId: 7, cues: ['premium_card'] };
    await route(msg, pageSender);
    expect(panel).toHaveBeenCalledWith(msg);
  });
});
