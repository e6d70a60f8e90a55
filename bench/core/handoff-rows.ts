/**
 * IndexedDB rows for handoffs, built in Node by the app's own `createReferral` (so every referral
 * and event is exactly what the panel would save) and shaped the way `saveHandoffs` writes them:
 * per "hand the card" handoff one referral, two events (created, card handed), three outbox
 * rows (referral then events, held back for the undo window) and one audit row. The outbox
 * `order` is given inside the write transaction, after the last one stored, as saveHandoffs does.
 */
import { createReferral, UNDO_WINDOW_MS } from '../../lib/handoffs';
import type { SignalKind } from '../../lib/signals/kinds';

export interface OutboxSeed {
  id: string;
  kind: 'referral' | 'event';
  notBefore: number;
  payload: unknown;
}

export interface HandoffRows {
  referrals: unknown[];
  events: unknown[];
  /** Without `order`. */
  outbox: OutboxSeed[];
  audit: unknown[];
}

const CHANNELS = ['phone', 'wechat', 'visit', 'client_will_call'] as const;
const SIGNALS: { kind: SignalKind; band?: { min: number; max: number } }[][] = [
  [{ kind: 'time_deposit', band: { min: 500_000, max: 2_000_000 } }, { kind: 'forex' }],
  [{ kind: 'large_cash', band: { min: 200_000, max: 500_000 } }],
  [{ kind: 'wealth_enquiry' }, { kind: 'time_deposit', band: { min: 1_000_000, max: 5_000_000 } }],
];

/** `count` handoffs by `staffId`, one second apart, the newest `newestAt`; `serial` keeps ids and client refs apart between batches. */
export function handoffRows(
  count: number,
  staffId: string,
  newestAt: number,
  serial: number,
): HandoffRows {
  const rows: HandoffRows = { referrals: [], events: [], outbox: [], audit: [] };
  for (let i = 0; i < count; i += 1) {
    const n = serial + i;
    const { referral, events } = createReferral(
      {
        handoff: 'card_handed',
        managerStaffId: n % 3 === 0 ? 'CM02' : 'CM01',
        consent: false,
        followUp: { channel: CHANNELS[n % CHANNELS.length] ?? 'phone' },
        tellerNote: '客户对理财有兴趣，改天再谈',
      },
      {
        branchId: '0101',
        staffId,
        role: 'cash_teller',
        detection: {
          tier: n % 4 === 0 ? 'A' : 'B',
          signals: SIGNALS[n % SIGNALS.length] ?? [],
          clientRef: n.toString(16).padStart(64, '0'),
          cardLast4: String(1000 + (n % 9000)),
          profileVersion: 'demo-terminal@1',
        },
        now: new Date(newestAt - (count - i) * 1000),
        lang: 'zh_CN',
      },
    );
    const notBefore = Date.parse(referral.createdAt) + UNDO_WINDOW_MS;
    rows.referrals.push(referral);
    rows.events.push(...events);
    rows.outbox.push(
      { id: referral.id, kind: 'referral', notBefore, payload: referral },
      ...[...events]
        .sort((a, b) => a.seq - b.seq)
        .map((e): OutboxSeed => ({ id: e.id, kind: 'event', notBefore, payload: e })),
    );
    rows.audit.push({
      at: referral.createdAt,
      actor: staffId,
      action: 'handoff.created',
      entityId: referral.id,
      detail: { handoff: referral.handoff, consent: referral.consent },
    });
  }
  return rows;
}

export const rowCount = (r: HandoffRows) =>
  r.referrals.length + r.events.length + r.outbox.length + r.audit.length;
