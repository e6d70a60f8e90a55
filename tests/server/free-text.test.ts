// @vitest-environment node
/**
 * Every free-text field the server accepts refuses card, account, ID and phone numbers however
 * they are written (spaces, dashes, zero-width or bidi characters, full-width or circled digits),
 * control characters and lone surrogates — with a 400 naming the field — and none of it is stored
 * or reaches a pull, the log or the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral, ReferralEvent } from '../../lib/contracts/referral';
import { findIdentifiers } from '../../lib/privacy';
import { makeEvent, makeReferral, ROSTER } from '../../support/server/fixtures';
import { makeHarness, type CallResult, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';
import { eventually } from './helpers/eventually';

/** Numbers that passed the old "no 5 unbroken digits" rule, or had no check at all. */
const IDENTIFIERS: [label: string, text: string][] = [
  ['a spaced card', '5500 0000 0000 0004'],
  ['a dashed 19-digit card', '6222-0212-3456-7890-128'],
  ['a card split by zero-width spaces', '6222\u200b0212\u200b3456\u200b7890'],
  ['a card in full-width digits, spaced', '６２２２ ０２１２ ３４５６ ７８９０'],
  ['a card split by bidi controls', '6222\u202e0212\u202c3456\u20667890\u2069'],
  ['a card in circled digits', '⑥②②②⓪②①②③④⑤⑥⑦⑧⑨⓪'],
  ['an ID number with X, spaced', '110105 19491231 002X'],
  ['a mobile with +86 and spaces', '+86 138 1234 5678'],
];
const CONTROLS: [label: string, text: string][] = [
  ['NUL', '客户\u0000说明'],
  ['BEL', '客户\u0007说明'],
  ['ESC', '客户\u001b[2J说明'],
];
const LONE_SURROGATE = '客户\ud800说明';

interface Attack {
  label: string;
  text: string;
  /** The error code expected for the field. */
  code: string;
}
const ATTACKS: Attack[] = [
  ...IDENTIFIERS.map(([label, t]) => ({
    label,
    text: `客户 ${t} 说明`,
    code: 'text_contains_identifier',
  })),
  ...CONTROLS.map(([label, text]) => ({ label, text, code: 'text_contains_control_character' })),
];
const WITH_SURROGATE: Attack[] = [
  ...ATTACKS,
  { label: 'a lone surrogate', text: LONE_SURROGATE, code: 'invalid_unicode' },
];

const declined = (overrides: Partial<Referral>): Referral =>
  makeReferral({
    handoff: 'declined',
    status: 'declined',
    consent: false,
    contact: undefined,
    followUp: undefined,
    ...overrides,
  });

/** Each pushed referral field: a referral with `text` in it. */
const REFERRAL_FIELDS: [field: string, build: (text: string) => Referral][] = [
  ['summary', (text) => makeReferral({ summary: text })],
  ['tellerNote', (text) => makeReferral({ tellerNote: text })],
  ['declineReason', (text) => declined({ declineReason: text })],
  ['contact.name', (text) => makeReferral({ contact: { name: text, phone: '138 0013 8000' } })],
  ['profileVersion', (text) => makeReferral({ profileVersion: text })],
];

/** Each pushed event field, on a referral the server already holds. */
const EVENT_FIELDS: [field: string, build: (base: Referral, text: string) => ReferralEvent][] = [
  [
    'declined event reason',
    (base, text) => makeEvent(base, 2, { type: 'declined', data: { reason: text } }),
  ],
  ['note event text', (base, text) => makeEvent(base, 3, { type: 'note', data: { text } })],
];

const FREE_TEXT_KEYS = ['summary', 'tellerNote', 'declineReason', 'profileVersion'] as const;

/** Every free-text value a pulled referral carries. */
function freeTextOf(referral: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of FREE_TEXT_KEYS) if (typeof referral[key] === 'string') out.push(referral[key]);
  const contact = referral.contact as { name?: string } | undefined;
  const outcome = referral.outcome as { product?: string; reason?: string } | undefined;
  for (const v of [contact?.name, outcome?.product, outcome?.reason]) if (v) out.push(v);
  return out;
}

function expectRefused(res: CallResult, code: string, path: string): void {
  expect(res.status).toBe(400);
  expect(res.json.error).toBe(code);
  const issues = (res.json.details as { issues?: { path: string; error?: string }[] }).issues;
  expect(issues).toContainEqual(expect.objectContaining({ path, error: code }));
}

describe.each(DB_TARGETS)('free text on $name', (target) => {
  let h: Harness;
  const base = makeReferral();
  const met = makeReferral();
  const refusedIds: string[] = [];

  beforeAll(async () => {
    h = await makeHarness(target);
    const pushed = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [base, met] },
    });
    expect(pushed.status).toBe(200);
    for (const status of ['contacted', 'met'])
      expect(
        (
          await h.call('PATCH', `/v1/referrals/${met.id}/status`, {
            as: 'manager',
            body: { status },
          })
        ).status,
      ).toBe(200);
  });
  afterAll(async () => h.close());

  describe.each(REFERRAL_FIELDS)('pushed referral %s', (field, build) => {
    it.each(ATTACKS)('refuses $label ($code)', async ({ text, code }) => {
      const referral = build(text);
      refusedIds.push(referral.id);
      const res = await h.call('POST', '/v1/sync/push', {
        as: 'teller',
        body: { referrals: [referral] },
      });
      expect(res.status).toBe(400);
      expect(res.json.error).toBe('invalid_items');
      expect(res.json.details).toEqual({
        items: [
          {
            kind: 'referral',
            index: 0,
            id: referral.id,
            error: code,
            issues: [expect.objectContaining({ path: field, error: code })],
          },
        ],
      });
    });

    it('refuses a lone surrogate (invalid_unicode)', async () => {
      const referral = build(LONE_SURROGATE);
      refusedIds.push(referral.id);
      const res = await h.call('POST', '/v1/sync/push', {
        as: 'teller',
        body: { referrals: [referral] },
      });
      expectRefused(res, 'invalid_unicode', `referrals.0.${field}`);
    });
  });

  it.each([
    ['a card', '5500 0000 0000 0004'],
    ['a 19-digit card', '6222-0212-3456-7890-128'],
    ['an ID number', '110105194912310021'],
  ])('pushed contact.phone refuses %s in place of a phone', async (_label, phone) => {
    const referral = makeReferral({ contact: { name: '王女士', phone } });
    refusedIds.push(referral.id);
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [referral] },
    });
    expect(res.status).toBe(400);
    expect(res.json.details).toMatchObject({
      items: [{ id: referral.id, error: 'text_contains_identifier' }],
    });
  });

  describe.each(EVENT_FIELDS)('pushed %s', (_field, build) => {
    it.each(WITH_SURROGATE)('refuses $label ($code)', async ({ text, code }) => {
      const event = build(base, text);
      const res = await h.call('POST', '/v1/sync/push', {
        as: 'teller',
        body: { events: [event] },
      });
      expect(res.status).toBe(400);
      if (code === 'invalid_unicode') expect(res.json.error).toBe(code);
      else
        expect(res.json.details).toMatchObject({
          items: [{ kind: 'event', id: event.id, error: code }],
        });
      const stored = await h.database.db.kysely
        .selectFrom('events')
        .select('id')
        .where('id', '=', event.id)
        .execute();
      expect(stored).toEqual([]);
    });
  });

  describe.each([
    ['won', 'outcome.product', (text: string) => ({ status: 'won', outcome: { product: text } })],
    ['lost', 'outcome.reason', (text: string) => ({ status: 'lost', outcome: { reason: text } })],
  ] as const)('status update %s: %s', (_status, path, body) => {
    it.each(WITH_SURROGATE)('refuses $label ($code)', async ({ text, code }) => {
      const res = await h.call('PATCH', `/v1/referrals/${met.id}/status`, {
        as: 'manager',
        body: body(text),
      });
      expectRefused(res, code, code === 'invalid_unicode' ? path : path);
    });
  });

  describe('roster name', () => {
    it.each(WITH_SURROGATE)('refuses $label ($code)', async ({ text, code }) => {
      const managers = ROSTER.filter((m) => m.branchId === '0101').map((m, i) =>
        i === 0 ? { ...m, name: text } : m,
      );
      const res = await h.call('PUT', '/v1/roster', { as: 'admin', body: { managers } });
      expectRefused(res, code, 'managers.0.name');
    });
  });

  describe.each([
    [
      'contact export reason',
      'reason',
      (q: string) => `/v1/referral-log/export?format=csv&includeContact=true&reason=${q}`,
    ],
    ['log search', 'q', (q: string) => `/v1/referral-log?q=${q}`],
  ] as const)('%s', (_name, path, url) => {
    it.each(ATTACKS)('refuses $label ($code)', async ({ text, code }) => {
      const res = await h.call('GET', url(encodeURIComponent(text)), { as: 'supervisor' });
      expectRefused(res, code, path);
    });
  });

  it('refuses a lone surrogate anywhere in a body, keys included', async () => {
    const key = await h.call('PATCH', '/v1/roster/CM01/availability', {
      as: 'manager',
      rawBody: '{"available": true, "\\ud800": 1}',
    });
    expectRefused(key, 'invalid_unicode', '(key)');
    const nested = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      rawBody: `${'['.repeat(200_000)}"\\udc00"${']'.repeat(200_000)}`,
    });
    expect(nested.status).toBe(400);
    expect(nested.json.error).toBe('invalid_unicode');
  });

  it('lets ordinary text through: amounts, dates, masked numbers, line breaks in the summary', async () => {
    const fine = makeReferral({
      summary: '到期 ¥200,000.00，约 2026-12-01 10:30 面谈\n卡 **** 0004',
      tellerNote: '客户 😀 满意',
      contact: { name: '王女士', phone: '+86 138 0013 8000' },
    });
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [fine] },
    });
    expect(res.status).toBe(200);
  });

  it('nothing refused was stored, and nothing readable reaches a pull, the log, the roster or the audit trail', async () => {
    const stored = await h.database.db.kysely
      .selectFrom('referrals')
      .select('id')
      .where('id', 'in', refusedIds)
      .execute();
    expect(stored).toEqual([]);
    const row = await h.database.db.kysely
      .selectFrom('referrals')
      .select(['status', 'outcome_json'])
      .where('id', '=', met.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'met', outcome_json: null });

    for (const as of ['supervisor', 'manager', 'teller'] as const) {
      const pull = await eventually(
        () => h.call('GET', '/v1/sync/pull?limit=500', { as }),
        (res) => (res.json.changes as { id: string }[]).length >= 3,
      );
      expect(pull.status).toBe(200);
      const changes = pull.json.changes as Record<string, unknown>[];
      expect(changes.map((r) => r.id).sort()).toEqual(expect.arrayContaining([base.id, met.id]));
      for (const text of changes.flatMap(freeTextOf)) expect(findIdentifiers(text)).toEqual([]);
      expect(pull.text).not.toMatch(/\\u0000|\\u0007|\\u001b|\\ud800/i);
    }
    const log = await h.call('GET', '/v1/referral-log?limit=500', { as: 'supervisor' });
    expect(log.status).toBe(200);
    for (const r of log.json.rows as { summary: string }[])
      expect(findIdentifiers(r.summary)).toEqual([]);
    const roster = await h.call('GET', '/v1/roster', { as: 'supervisor' });
    expect((roster.json.managers as { name: string }[]).map((m) => m.name).sort()).toEqual(
      ['张经理', '李经理'].sort(),
    );
    const audits = await h.database.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'referral_log.export%')
      .execute();
    expect(audits).toEqual([]);
  });
});
