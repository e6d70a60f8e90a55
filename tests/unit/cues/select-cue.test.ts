import { describe, expect, it } from 'vitest';
import { selectCue, themeFor } from '../../../lib/cues/select-cue';
import { translate } from '../../../lib/i18n/messages';
import type { SignalKind } from '../../../lib/signals/kinds';
import { STAFF_ROLES } from '../../../lib/roles';

const base = { role: 'cash_teller' as const, signals: [] as SignalKind[], existingPremium: false, retentionRisk: false, transactionComplete: false };

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
  ])('signals %j (existing %s, retention %s) → theme %s', (signals, existingPremium, retentionRisk, theme) => {
    expect(themeFor({ signals, existingPremium, retentionRisk })).toBe(theme);
  });

  it('a loss report gets a retention cue and a no-selling reminder, never a sales line', () => {
    const cue = selectCue({ ...base, signals: ['large_deposit_loss'], retentionRisk: true });
    expect(cue.say).toBe('cueSay_retention');
    expect(cue.handover).toBe('cueHandoverRetention');
    expect(cue.never).toContain('cueNeverSellOnLoss');
  });

  it('tellers get the cue as pending until the transaction completes (transaction first)', () => {
    expect(selectCue({ ...base, signals: ['time_deposit'] }).pending).toBe(true);
    expect(selectCue({ ...base, signals: ['time_deposit'], transactionComplete: true }).pending).toBe(false);
    expect(selectCue({ ...base, role: 'lobby_manager', signals: ['time_deposit'] }).pending).toBe(false);
  });

  it('every role gets its own handover and every cue string exists in both languages', () => {
    const handovers = new Set(STAFF_ROLES.map((role) => selectCue({ ...base, role, signals: ['time_deposit'] }).handover));
    expect(handovers.size).toBe(STAFF_ROLES.length);
    for (const role of STAFF_ROLES) {
      const cue = selectCue({ ...base, role, signals: ['forex'] });
      for (const key of [cue.say, cue.handover, ...cue.never, ...cue.steps]) {
        expect(translate('zh_CN', key)).not.toBe(key);
        expect(translate('en', key)).not.toBe(key);
      }
    }
  });

  it('no cue line says a tier letter, "VIP" as a label, or an amount', () => {
    for (const role of STAFF_ROLES) {
      for (const theme of ['deposit', 'forex', 'loan', 'investment', 'safe_box', 'existing', 'general', 'study_abroad', 'retention']) {
        const line = translate('zh_CN', `cueSay_${theme}` as never);
        expect(line, `${role}/${theme}`).not.toMatch(/VIP|[A-D]类|\d/);
      }
    }
  });
});
