/**
 * Type-level checks of the protocol map (tsc checks these; at run time they do nothing): a
 * sender cannot build a wrong message, a reply has its type without a cast, and a handler must
 * answer its own message's reply type.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { frameReportSchema } from '../../../lib/messaging/protocol';
import type {
  ContentMessage,
  Dropped,
  PageMessage,
  ReportAck,
} from '../../../lib/messaging/protocol-map';
import { sendFromContent, sendFromPage, sendToTab } from '../../../lib/messaging/send';
import type { RouterHandlers } from '../../../lib/background/router';
import type { FrameReportPayload } from '../../../lib/content/frame-report';
import type { FrameReport } from '../../../lib/detect/live-detection';

const ack: ReportAck = { ok: true, badge: 'hidden' };

describe('protocol map (types)', () => {
  it('types each reply from the message sent, with no cast', () => {
    expectTypeOf(sendFromContent<'terminal:frame-report'>).returns.resolves.toEqualTypeOf<
      ReportAck | Dropped
    >();
    expectTypeOf(
      sendFromContent<'terminal:frame-gone'>,
    ).returns.resolves.toEqualTypeOf<void | Dropped>();
    expectTypeOf(sendFromPage<'panel:sync-now'>).returns.resolves.toEqualTypeOf<void | Dropped>();
    expectTypeOf(sendToTab<'badge:state'>).returns.resolves.toEqualTypeOf<void | Dropped>();
  });

  it('takes the frame report type from the schema, not a hand copy', () => {
    expectTypeOf<FrameReportPayload>().toEqualTypeOf<z.infer<typeof frameReportSchema>>();
    expectTypeOf<Omit<FrameReport, 'at'>>().toEqualTypeOf<
      Omit<z.infer<typeof frameReportSchema>, 'type'>
    >();
    expectTypeOf<ContentMessage['type']>().toEqualTypeOf<
      'terminal:frame-report' | 'terminal:frame-gone' | 'badge:open-panel'
    >();
    expectTypeOf<PageMessage['type']>().toEqualTypeOf<
      'panel:set-soft-cues' | 'panel:outbox-changed' | 'panel:sync-now'
    >();
  });

  it('refuses wrong messages at the sender', () => {
    // Never called: only compiled. Each line must be a type error.
    const wrong = () => {
      // @ts-expect-error a type the protocol does not have
      void sendFromContent({ type: 'terminal:delete-everything' });
      // @ts-expect-error a page message from a content script
      void sendFromContent({ type: 'panel:sync-now' });
      // @ts-expect-error a key the schema does not allow (strict)
      void sendFromContent({ type: 'terminal:frame-gone', frameId: 3 });
      // @ts-expect-error a required key missing
      void sendFromPage({ type: 'panel:set-soft-cues', tabId: 1 });
      // @ts-expect-error a soft cue that is not one
      void sendFromPage({ type: 'panel:set-soft-cues', tabId: 1, cues: ['vip'] });
      // @ts-expect-error a badge state that does not exist
      void sendToTab(1, { type: 'badge:state', state: 'gold' });
      // @ts-expect-error a content message to a tab
      void sendToTab(1, { type: 'badge:open-panel' });
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it('makes the handler for X return X’s reply type', () => {
    const noop = () => Promise.resolve();
    const handlers = (): RouterHandlers => ({
      content: {
        // @ts-expect-error a frame report must be answered with a ReportAck
        'terminal:frame-report': noop,
        'terminal:frame-gone': noop,
        'badge:open-panel': noop,
      },
      page: {
        'panel:set-soft-cues': (m) => {
          expectTypeOf(m.cues).toEqualTypeOf<
            ('premium_card' | 'wealth_enquiry' | 'soft_appearance' | 'soft_residential_area')[]
          >();
          return noop();
        },
        'panel:outbox-changed': noop,
        // @ts-expect-error a void message must not be answered with a value
        'panel:sync-now': () => Promise.resolve(ack),
      },
    });
    expectTypeOf(handlers).toBeFunction();
  });
});
