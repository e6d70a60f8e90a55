import { describe, expect, it } from 'vitest';
import zhTable from '../../../public/_locales/zh_CN/messages.json';
import enTable from '../../../public/_locales/en/messages.json';
import { selectCue, themeFor, type CueInput, type CueTheme } from '../../../lib/cues/select-cue';
import type { MessageKey } from '../../../lib/i18n/messages';
import type { SignalKind } from '../../../lib/signals/kinds';
import { STAFF_ROLES, type StaffRole } from '../../../lib/roles';

/** The message tables as plain maps: a missing key reads as undefined, not as a type error. */
const zh: Record<string, { message: string } | undefined> = zhTable;
const en: Record<string, { message: string } | undefined> = enTable;

const base = {
  role: 'cash_teller' as const,
  signals: [] as SignalKind[],
  existingPremium: false,
  retentionRisk: false,
  transactionComplete: false,
};

describe('cue card selection', () => {
  it.each<[SignalKind[], boolean, boolean, string]>([
    [['time_deposit'], false, false, 'deposit'],
    [['deposit_certificate', 'time_deposit'], false, false, 'study_abroad'],
    [['forex'], false, false, 'forex'],
    [['loan'], false, false, 'loan'],
    [['investment'], false, false, 'investment'],
    [['safe_deposit_box'], false, false, 'safe_box'],
    [['large_deposit_loss', 'time_deposit'], false, true, 'retention'],
    [[], true, false, 'existing'],
    [['premium_card'], false, false, 'general'],
  ])(
    'signals %j (existing %s, retention %s) → theme %s',
    (signals, existingPremium, retentionRisk, theme) => {
      expect(themeFor({ signals, existingPremium, retentionRisk })).toBe(theme);
    },
  );

  it('a loss report gets a retention cue and a no-selling reminder, never a sales line', () => {
    const cue = selectCue({ ...base, signals: ['large_deposit_loss'], retentionRisk: true });
    expect(cue.say).toBe('cueSay_retention');
    expect(cue.handover).toBe('cueHandoverRetention');
    expect(cue.never).toContain('cueNeverSellOnLoss');
  });

  it('tellers get the cue as pending until the transaction completes (transaction first)', () => {
    expect(selectCue({ ...base, signals: ['time_deposit'] }).pending).toBe(true);
    expect(
      selectCue({ ...base, signals: ['time_deposit'], transactionComplete: true }).pending,
    ).toBe(false);
    expect(selectCue({ ...base, role: 'lobby_manager', signals: ['time_deposit'] }).pending).toBe(
      false,
    );
  });

  const HANDOVER_BY_ROLE: Record<StaffRole, MessageKey> = {
    cash_teller: 'cueHandoverCashTeller',
    non_cash_teller: 'cueHandoverNonCashTeller',
    lobby_manager: 'cueHandoverLobby',
    client_manager: 'cueHandoverClientManager',
    supervisor: 'cueHandoverSupervisor',
  };
  const STEPS_BY_ROLE: Record<StaffRole, MessageKey[]> = {
    cash_teller: [],
    non_cash_teller: ['cueStepNotesDiscreet'],
    lobby_manager: ['cueStepLobbyStay', 'cueStepLobbyQueue'],
    client_manager: [
      'cueStepPrepare',
      'cueStepListen',
      'cueStepNeeds',
      'cueStepObjections',
      'cueStepClose',
    ],
    supervisor: [],
  };

  it.each(STAFF_ROLES)('%s gets its own handover and steps', (role) => {
    const cue = selectCue({ ...base, role, signals: ['time_deposit'] });
    expect(cue.handover).toBe(HANDOVER_BY_ROLE[role]);
    expect(cue.steps).toEqual(STEPS_BY_ROLE[role]);
    // A loss report overrides the role's handover: retention first, whoever is at the counter.
    expect(selectCue({ ...base, role, retentionRisk: true }).handover).toBe('cueHandoverRetention');
  });

  /** One input per theme, so every cue card selectCue can make is built below. */
  const THEME_INPUTS: Record<
    CueTheme,
    Pick<CueInput, 'signals' | 'existingPremium' | 'retentionRisk'>
  > = {
    retention: { signals: ['large_deposit_loss'], existingPremium: false, retentionRisk: true },
    study_abroad: {
      signals: ['deposit_certificate'],
      existingPremium: false,
      retentionRisk: false,
    },
    forex: { signals: ['forex'], existingPremium: false, retentionRisk: false },
    deposit: { signals: ['time_deposit'], existingPremium: false, retentionRisk: false },
    loan: { signals: ['loan'], existingPremium: false, retentionRisk: false },
    investment: { signals: ['investment'], existingPremium: false, retentionRisk: false },
    safe_box: { signals: ['safe_deposit_box'], existingPremium: false, retentionRisk: false },
    existing: { signals: [], existingPremium: true, retentionRisk: false },
    general: { signals: [], existingPremium: false, retentionRisk: false },
  };
  const cards = STAFF_ROLES.flatMap((role) =>
    (Object.keys(THEME_INPUTS) as CueTheme[]).map((theme) => ({
      role,
      theme,
      cue: selectCue({ ...base, role, ...THEME_INPUTS[theme] }),
    })),
  );

  it('every role × theme card uses only strings present in both the zh-CN and English tables', () => {
    for (const { role, theme, cue } of cards) {
      expect(cue.theme, `${role}/${theme}`).toBe(theme);
      for (const key of [cue.say, cue.handover, ...cue.never, ...cue.steps]) {
        // Read the tables themselves: translate() falls back to zh-CN, then to the key.
        expect(zh[key]?.message, `zh-CN ${key}`).toMatch(/\S/);
        expect(en[key]?.message, `en ${key}`).toMatch(/\S/);
      }
    }
  });

  it('every cue message key exists in both tables', () => {
    const cueKeys = (table: Record<string, unknown>) =>
      Object.keys(table)
        .filter((k) => k.startsWith('cue'))
        .sort();
    expect(cueKeys(en)).toEqual(cueKeys(zh));
    const used = new Set(
      cards.flatMap(({ cue }) => [cue.say, cue.handover, ...cue.never, ...cue.steps]),
    );
    expect([...used].sort()).toEqual(cueKeys(zh)); // and none is left unused
  });

  it('no line said to the client names a tier letter, "VIP" as a label, or an amount', () => {
    for (const { role, theme, cue } of cards) {
      for (const table of [zh, en]) {
        const line = table[cue.say]?.message;
        expect(line, `${role}/${theme}`).toBeDefined();
        expect(line, `${role}/${theme}`).not.toMatch(/VIP|[A-D]类|\bTier\b|\d/);
      }
    }
  });
});
