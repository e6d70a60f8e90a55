// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { detect, type DetectionResult } from '../../../lib/detect/detect';
import type { SignalKind, Tier } from '../../../lib/signals/kinds';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import { loadSavedPage, savedPages } from './saved-pages';

const pages = savedPages();

/** What a teller should see for each demo scenario with the default branch config. */
const expected: Record<string, { tier: Tier; kinds: SignalKind[]; retention?: true }> = {
  'time-deposit-vip': { tier: 'B', kinds: ['time_deposit', 'premium_card'] },
  'cash-small': { tier: 'D', kinds: [] },
  'diamond-existing': { tier: 'A', kinds: [] },
  'forex-usd': { tier: 'B', kinds: ['forex'] },
  'deposit-cert-study': { tier: 'B', kinds: ['deposit_certificate'] },
  'loss-report-large': { tier: 'B', kinds: ['large_deposit_loss'], retention: true },
  'fund-purchase': { tier: 'A', kinds: ['investment'] },
  'safe-box': { tier: 'C', kinds: ['safe_deposit_box'] },
  'gold-trading': { tier: 'B', kinds: ['gold_forex_trading'] },
  'remittance-large': { tier: 'A', kinds: ['remittance'] },
  'loan-repayment': { tier: 'C', kinds: ['loan'] },
  'hostile-remarks': { tier: 'C', kinds: ['large_cash'] },
  'cash-deposit-large': { tier: 'B', kinds: ['large_cash'] },
  'gold-card-client': { tier: 'A', kinds: [] },
  'overseas-remittance': { tier: 'A', kinds: ['remittance'] },
  'forex-trading': { tier: 'C', kinds: ['gold_forex_trading'] },
  'loan-application': { tier: 'B', kinds: ['loan'] },
  'insurance-sale': { tier: 'A', kinds: ['investment'] },
  'treasury-bond': { tier: 'A', kinds: ['investment'] },
  'balance-inquiry': { tier: 'D', kinds: [] },
};

function detectPage(dir: string, tellerCues: SignalKind[] = []): DetectionResult {
  loadSavedPage(dir);
  return detect(document, demoProfile, { config: DEFAULT_TIERING_CONFIG, tellerCues });
}

/** What may leave the engine: everything but the internal account number. */
function shareable(result: DetectionResult): string {
  const { accountNumberForHashing: _internal, ...rest } = result;
  return JSON.stringify(rest);
}

describe.runIf(pages.length > 0)('the demo terminal’s saved pages', () => {
  it('has a page for every scenario in the table', () => {
    const ids = new Set(pages.map((page) => page.scenario.id));
    for (const id of Object.keys(expected)) expect(ids, id).toContain(id);
  });

  it.each(pages.map((page) => [page.dir, page] as const))('%s', (dir, page) => {
    const result = detectPage(dir);
    const want = expected[page.scenario.id];
    if (want) {
      expect(result.tier).toBe(want.tier);
      expect(result.signals.map((signal) => signal.kind)).toEqual(want.kinds);
      expect(result.retentionRisk).toBe(!!want.retention);
    }
    expect(result.missingRequired).toEqual([]);
    expect(result.clientPresent).toBe(true);
    expect(result.transactionComplete).toBe(page.submitted);
    expect(result.reasons.length).toBeGreaterThan(0);
    // privacy: no full card number, no PIN, no long digit runs, no full name
    const json = shareable(result);
    expect(json).not.toContain(page.scenario.client.cardFull);
    if (page.scenario.form.pin) expect(json).not.toContain(page.scenario.form.pin);
    expect(json).not.toMatch(/\d{8,}/);
    expect(json).not.toContain(page.scenario.client.name);
    expect(result.accountNumberForHashing).toBe(page.scenario.client.cardFull);
  });

  it('shows the time deposit as bands and masked fields only', () => {
    const result = detectPage('time-deposit-vip');
    expect(result.fields).toMatchObject({
      businessType: '0102',
      accountNumber: '**** 1234',
      cardNumber: '**** 1234',
      idNumber: '**** 1234',
      phone: '**** 5678',
      clientName: '张*',
      clientLevel: '普通',
      amount: '¥200,000–¥2,000,000',
      remarks: '客户出示他行VIP卡',
    });
    expect(result.amountBand).toEqual({ min: 200_000, max: 2_000_000 });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['amount_tier_b', 'strong_signal']);
    expect(result.confidence).toBe(1);
  });

  it('keeps the client key across a submit and changes it with the client', () => {
    const before = detectPage('time-deposit-vip').clientKey;
    const after = detectPage('time-deposit-vip-submitted').clientKey;
    const other = detectPage('cash-small').clientKey;
    expect(before).toMatch(/^c-[0-9a-f]{8}$/);
    expect(after).toBe(before);
    expect(other).not.toBe(before);
  });

  it('has no client key when the client panel shows "—", but the transaction on screen is a client', () => {
    loadSavedPage('cash-small');
    const inner = document.querySelector<HTMLIFrameElement>('#client-frame')?.contentDocument;
    inner?.querySelectorAll('td').forEach((cell) => (cell.textContent = '—'));
    const result = detect(document, demoProfile);
    expect(result.clientPresent).toBe(true);
    expect(result.clientKey).toBeNull();
    expect(result.missingRequired).toEqual([]);
  });

  it('has no client at all when neither the client panel nor the transaction shows anything', () => {
    loadSavedPage('cash-small');
    const inner = document.querySelector<HTMLIFrameElement>('#client-frame')?.contentDocument;
    inner?.querySelectorAll('td').forEach((cell) => (cell.textContent = '—'));
    document.querySelectorAll('input').forEach((input) => (input.value = ''));
    document.querySelectorAll('select').forEach((select) => (select.selectedIndex = -1));
    document.querySelectorAll('output').forEach((out) => (out.textContent = ''));
    const result = detect(document, demoProfile);
    expect(result.fields.amount ?? null).toBeNull();
    expect(result.clientPresent).toBe(false);
    expect(result.clientLink).toBeNull();
  });

  it('keeps hostile remarks as inert text', () => {
    const result = detectPage('hostile-remarks');
    expect(result.fields.remarks).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelectorAll('img, script').length).toBe(0);
  });

  it('lets teller-ticked cues raise the tier', () => {
    expect(detectPage('cash-small', ['soft_appearance']).tier).toBe('C');
    expect(detectPage('cash-small', ['premium_card']).tier).toBe('B');
    expect(
      detectPage('cash-small', ['soft_appearance', 'soft_residential_area', 'wealth_enquiry']).tier,
    ).toBe('B');
  });

  it('reports a missing required field and lowers confidence, without throwing', () => {
    loadSavedPage('time-deposit-vip');
    document.querySelector('#biz-type')?.remove();
    const result = detect(document, demoProfile);
    expect(result.missingRequired).toEqual(['businessType']);
    expect(result.confidence).toBeLessThan(1);
    expect(result.signals.map((signal) => signal.kind)).toEqual(['premium_card']);
  });

  it('never reads the PIN field, even when a profile points straight at it', () => {
    loadSavedPage('time-deposit-vip');
    const sneaky = {
      ...demoProfile,
      fields: {
        ...demoProfile.fields,
        pin: { selector: 'input[type=password]', read: 'value' as const, required: false },
      },
    };
    const result = detect(document, sneaky);
    expect(result.refusedFields).toEqual(['pin']);
    expect(result.fields.pin).toBeNull();
  });
});
