// @vitest-environment node
/**
 * A referral made where the screen showed nothing that identifies the client: no `clientRef`.
 * The server stores it, the client manager sees it in their queue, and the log and its export
 * show an empty client column.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueResponse } from '../../lib/contracts/queue-api';
import type { ReferralLogPage } from '../../lib/contracts/referral-log';
import type { Referral } from '../../lib/contracts/referral';
import { TRACKING_FORM_COLUMNS } from '../../lib/export/columns';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { bodyOf } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

function unlinkedReferral(): Referral {
  const {
    clientRef: _linked,
    cardLast4: _last4,
    ...rest
  } = makeReferral({
    createdAt: '2026-11-20T01:30:00.000Z',
    updatedAt: '2026-11-20T01:30:00.000Z',
    summary: '整存整取 50万 · unlinked',
  });
  return { ...rest, visitId: '5f0c2a9e-1b7d-4c3e-8a6f-2d9b0e4c7a11' };
}

describe.each(DB_TARGETS)('an unlinked referral on $name', (target) => {
  let h: Harness;
  const referral = unlinkedReferral();
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  it('push accepts and stores it, visit id included', async () => {
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [referral], events: [makeEvent(referral, 1)] },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json.results).toEqual([
      { id: referral.id, kind: 'referral', result: 'created' },
      expect.objectContaining({ kind: 'event', result: 'created' }),
    ]);
    const again = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [referral] },
    });
    expect((again.json.results as { result: string }[])[0]?.result).toBe('unchanged');
  });

  it('is in the client manager’s queue, without a client reference', async () => {
    const res = await h.call('GET', '/v1/referrals/queue', { as: 'manager' });
    expect(res.status, res.text).toBe(200);
    const item = (res.json as unknown as QueueResponse).items.find(
      (i) => i.referral.id === referral.id,
    );
    expect(item?.referral).toMatchObject({ summary: referral.summary, visitId: referral.visitId });
    expect(item?.referral.clientRef).toBeUndefined();
  });

  it('shows an empty client column in the log and in the CSV export', async () => {
    const log = await h.call('GET', '/v1/referral-log', { as: 'supervisor' });
    expect(log.status, log.text).toBe(200);
    const row = (log.json as unknown as ReferralLogPage).rows.find((r) => r.id === referral.id);
    expect(row).toBeDefined();
    expect(row && 'clientRef' in row).toBe(false);

    const res = await h.app.request('/v1/referral-log/export?format=csv&lang=en', {
      headers: { authorization: `Bearer ${h.tokens.supervisor}` },
    });
    expect(res.status).toBe(200);
    const rows: string[][] = parse((await bodyOf(res)).text, { bom: true });
    const header = rows[0] ?? [];
    const column = header.indexOf(
      TRACKING_FORM_COLUMNS.find((c) => c.key === 'clientRef')?.en ?? '?',
    );
    const idColumn = header.indexOf('Referral id');
    const line = rows.find((r) => r[idColumn] === referral.id);
    expect(column).toBeGreaterThanOrEqual(0);
    expect(line?.[column]).toBe('');
  });
});
