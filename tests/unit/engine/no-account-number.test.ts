// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { extractPage } from '../../../lib/profile/extract';
import { parseProfile } from '../../../lib/profile/parse';
import { identityHashInput, linkingEntries } from '../../../lib/profile/identity';
import { buildFrameReport } from '../../../lib/content/frame-report';
import { createTerminalService } from '../../../lib/background/terminal-service';
import type { SessionArea } from '../../../lib/background/tab-state';
import type { TabState } from '../../../lib/detect/live-detection';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import { createReferral } from '../../../lib/handoffs';
import { pushReferralSchema } from '../../../lib/contracts/sync';
import type { TerminalProfile } from '../../../lib/profile/schema';
import { loadPageFiles } from './saved-pages';

const DIR = join(import.meta.dirname, '../../fixtures/terminals/no-account-number');

function fixtureProfile(): TerminalProfile {
  const parsed = parseProfile(JSON.parse(readFileSync(join(DIR, 'profile.json'), 'utf8')));
  if (!parsed.ok) throw new Error('the fixture profile is invalid');
  return parsed.profile;
}

function memorySession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => Promise.resolve(void Object.assign(data, structuredClone(items))),
    remove: (key) => Promise.resolve(void delete data[key]),
  };
}

/** What the live path does with the page: the frame's report, then the background's detection. */
async function liveDetection(profile: TerminalProfile) {
  const session = memorySession();
  const service = createTerminalService({
    session,
    now: () => 1_000,
    profile: () => profile,
    config: () => DEFAULT_TIERING_CONFIG,
    pushBadge: () => undefined,
  });
  const { type: _type, ...report } = buildFrameReport(extractPage(document, profile), profile);
  await service.report(7, 0, report);
  return (session.data['tab:7'] as TabState).detection;
}

describe('a terminal that shows only a masked card and the name', () => {
  const profile = fixtureProfile();

  it('gives the tier, and a weak link only (last 4 + initial), with no number in the result', () => {
    loadPageFiles(join(DIR, 'index.html'), {});
    const result = detect(document, profile);
    expect(result.tier).toBe('B');
    expect(result.signals.map((s) => s.kind)).toEqual(['time_deposit']);
    expect(result.clientPresent).toBe(true);
    expect(result.clientLink).toBe('weak');
    expect(result.fields.cardNumber).toBe('**** 1234');
    expect(result.accountNumberForHashing).toBeUndefined();
  });

  it('the frame hashes "weak:1234|张" and reports only masked values', () => {
    loadPageFiles(join(DIR, 'index.html'), {});
    const extraction = extractPage(document, profile);
    const values = Object.fromEntries(
      Object.entries(extraction.fields).map(([k, f]) => [k, f.value]),
    );
    expect(identityHashInput(linkingEntries(profile), values)).toEqual({
      input: 'weak:1234|张',
      link: 'weak',
    });
    const report = JSON.stringify(buildFrameReport(extraction, profile));
    expect(report).not.toContain('张伟');
    expect(report).not.toContain('6222');
  });

  it('with the client panel empty: the tier still shows, nothing links, and the referral is saved unlinked', async () => {
    loadPageFiles(join(DIR, 'no-card.html'), {});
    const result = detect(document, profile);
    expect(result.tier).toBe('B');
    expect(result.clientPresent).toBe(true);
    expect(result.clientLink).toBeNull();
    expect(result.clientKey).toBeNull();

    const detection = await liveDetection(profile);
    expect(detection).toMatchObject({ clientPresent: true, tier: 'B' });
    expect(detection?.clientRef).toBeUndefined();
    expect(detection?.visitId).toMatch(/^[0-9a-f-]{36}$/);
    if (!detection) return;
    const { referral } = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      { branchId: '0101', staffId: 'T001', role: 'cash_teller', detection, now: new Date() },
    );
    expect(referral.clientRef).toBeUndefined();
    expect(referral.visitId).toBe(detection.visitId);
    expect(pushReferralSchema.safeParse(referral).success).toBe(true);
  });
});
