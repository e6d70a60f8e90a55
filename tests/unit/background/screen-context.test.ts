/**
 * The client's context across the screens of one visit: what the client screen showed (the level
 * 金卡, the masked card and name) holds on the deposit screen until another client shows; only the
 * shown screen's fields can be missing. Through the terminal service (the background's tab state)
 * and through the pure pieces (carryAcross, deriveLiveDetection).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTerminalService } from '../../../lib/background/terminal-service';
import type { SessionArea } from '../../../lib/background/tab-state';
import type { FrameReport, TabState } from '../../../lib/detect/live-detection';
import { carryAcross, screenExtraction } from '../../../lib/detect/screen-context';
import { deriveLiveDetection } from '../../../lib/detect/tab-detection';
import { parseProfileText } from '../../../lib/profile/parse';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';

const parsed = parseProfileText(
  readFileSync(new URL('../../fixtures/terminals/hash-spa/profile.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const profile = parsed.profile;

function memorySession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => Promise.resolve(void Object.assign(data, structuredClone(items))),
    remove: (key) => Promise.resolve(void delete data[key]),
  };
}

type Report = Omit<FrameReport, 'at'>;
const base = { transactionComplete: false, profileVersion: 'hash-spa-teller@2026.12' };
const clientScreen = (name: string, card: string, level: string): Report => ({
  ...base,
  screen: 'client',
  fields: { clientName: name, cardNumber: card, clientLevel: level },
  missing: ['accountNumber', 'amount', 'term'],
});
const depositScreen = (fields: Record<string, string | null> = {}): Report => ({
  ...base,
  screen: 'deposit',
  fields: { accountNumber: '**** 1234', amount: '600000', term: '一年', ...fields },
  missing: ['clientName', 'cardNumber', 'clientLevel'],
});
const homeScreen: Report = { ...base, screen: 'home', fields: {}, missing: [] };

function setUp(profileUsed = profile) {
  const session = memorySession();
  let now = 1_000;
  const service = createTerminalService({
    session,
    now: () => now,
    profile: () => profileUsed,
    config: () => DEFAULT_TIERING_CONFIG,
    pushBadge: () => undefined,
  });
  const state = () => session.data['tab:7'] as TabState | undefined;
  const show = async (report: Report) => {
    now += 500;
    await service.report(7, 0, report);
    return state();
  };
  return { service, state, show, tick: (ms: number) => (now += ms) };
}

describe('client context across the screens of one visit', () => {
  it('holds the level 金卡 from the client screen on the deposit screen', async () => {
    const { show } = setUp();
    expect((await show(clientScreen('张*', '**** 1234', '金卡')))?.detection).toMatchObject({
      clientPresent: true,
      existingPremium: true,
      missingRequired: [],
    });
    const onDeposit = await show(depositScreen());
    expect(onDeposit?.carried?.values).toMatchObject({ clientLevel: '金卡', clientName: '张*' });
    expect(onDeposit?.detection).toMatchObject({
      clientPresent: true,
      existingPremium: true,
      cardLast4: '1234',
      missingRequired: [],
      paused: false,
    });
    expect(onDeposit?.detection?.signals.map((s) => s.kind)).toEqual(['time_deposit']);
  });

  it('drops it when another client shows (a different identity value), and takes the new one', async () => {
    const { show } = setUp();
    await show(clientScreen('张*', '**** 1234', '金卡'));
    await show(depositScreen());
    const next = await show({
      ...clientScreen('李*', '**** 9876', ''),
      fields: { clientName: '李*', cardNumber: '**** 9876', clientLevel: null },
    });
    expect(next?.carried?.values).toEqual({ clientName: '李*', cardNumber: '**** 9876' });
    const onDeposit = await show(depositScreen({ accountNumber: '**** 9876' }));
    expect(onDeposit?.detection?.existingPremium).toBe(false);
  });

  it('drops it when the next client appears on the deposit screen directly (another account)', async () => {
    const { show } = setUp();
    await show(clientScreen('张*', '**** 1234', '金卡'));
    await show(depositScreen());
    const other = await show(depositScreen({ accountNumber: '**** 5555' }));
    expect(other?.carried?.values.clientLevel).toBeUndefined();
    expect(other?.detection?.existingPremium).toBe(false);
  });

  it('drops it on a screen that ends the visit (the queue screen)', async () => {
    const { show } = setUp();
    await show(clientScreen('张*', '**** 1234', '金卡'));
    expect((await show(homeScreen))?.carried).toBeUndefined();
    expect((await show(depositScreen()))?.detection?.existingPremium).toBe(false);
  });

  it('keeps the teller’s ticks across the screens of one visit, not across clients', async () => {
    const { service, show, state } = setUp();
    await show(clientScreen('张*', '**** 1234', '金卡'));
    await service.setSoftCues(7, ['soft_appearance']);
    await show(depositScreen());
    expect(state()?.softCues).toEqual(['soft_appearance']);
    await show(clientScreen('李*', '**** 9876', '普通'));
    expect(state()?.softCues).toEqual([]);
  });

  it('keeps them too when the screens show different identity fields (the client key moves)', async () => {
    // Default identity: card, ID number, name, account. The deposit screen adds the account.
    const { service, show, state } = setUp({ ...profile, clientIdentity: [] });
    const first = await show(clientScreen('张*', '**** 1234', '金卡'));
    await service.setSoftCues(7, ['soft_appearance']);
    const onDeposit = await show(depositScreen());
    expect(onDeposit?.detection?.clientKey).not.toBe(first?.detection?.clientKey);
    expect(state()?.softCues).toEqual(['soft_appearance']);
  });

  it('pauses only for the shown screen’s required fields', async () => {
    const { show, tick } = setUp();
    await show(clientScreen('张*', '**** 1234', '金卡'));
    tick(5_000);
    expect((await show(clientScreen('张*', '**** 1234', '金卡')))?.detection?.paused).toBe(false);
    await show(depositScreen({ amount: null }));
    const gone: Report = { ...depositScreen(), fields: { term: '一年' }, missing: ['amount'] };
    await show(gone);
    tick(3_000);
    expect((await show(gone))?.detection).toMatchObject({
      missingRequired: ['amount'],
      paused: true,
    });
  });
});

describe('the pure pieces', () => {
  const at = (report: Report, ms: number): FrameReport => ({ ...report, at: ms });
  const tab = (frames: Record<string, FrameReport>, carried?: TabState['carried']): TabState => ({
    tabId: 1,
    frames,
    softCues: [],
    updatedAt: 0,
    ...(carried ? { carried } : {}),
  });

  it('carryAcross keeps the visit’s start while the client stays, and restarts it when the client changes', () => {
    const first = carryAcross(
      tab({ 0: at(clientScreen('张*', '**** 1234', '金卡'), 1) }),
      profile,
      10,
    );
    expect(first).toMatchObject({ since: 10, values: { clientLevel: '金卡' } });
    const same = carryAcross(tab({ 0: at(depositScreen(), 2) }, first), profile, 20);
    expect(same).toMatchObject({ since: 10, values: { clientLevel: '金卡' } });
    const other = carryAcross(
      tab({ 0: at(clientScreen('李*', '**** 9876', '普通'), 3) }, same),
      profile,
      30,
    );
    expect(other).toMatchObject({ since: 30, values: { clientLevel: '普通' } });
  });

  it('screenExtraction fills carried values only where the page shows none', () => {
    const carried = carryAcross(
      tab({ 0: at(clientScreen('张*', '**** 1234', '金卡'), 1) }),
      profile,
      1,
    );
    const merged = screenExtraction(
      tab({ 0: at(depositScreen({ clientLevel: '白金卡' }), 2) }, carried),
      profile,
    );
    expect(merged.fields.clientLevel?.value).toBe('白金卡');
    expect(merged.fields.clientName?.value).toBe('张*');
    expect(merged.fields.businessType?.value).toBe('定期存款 整存整取');
  });

  it('deriveLiveDetection is pure: the same state gives the same detection', () => {
    const carried = carryAcross(
      tab({ 0: at(clientScreen('张*', '**** 1234', '金卡'), 1) }),
      profile,
      1,
    );
    const state = tab({ 0: at(depositScreen(), 2) }, carried);
    const snapshot = structuredClone(state);
    const a = deriveLiveDetection(state, profile, DEFAULT_TIERING_CONFIG, 100, undefined);
    const b = deriveLiveDetection(state, profile, DEFAULT_TIERING_CONFIG, 100, undefined);
    expect(a).toEqual(b);
    expect(state).toEqual(snapshot);
    expect(a.existingPremium).toBe(true);
  });
});
