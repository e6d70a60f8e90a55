/**
 * Chooses the cue card for the signed-in role from what was detected (../shared/domain.md):
 * transaction first, then one short benefit line; never say tier, balances or amounts aloud;
 * hand over to a client manager or hand over the business card. A large-deposit loss report gets
 * a retention cue (reassure, make the money safe), never a sales cue.
 */
import type { SignalKind } from '../signals/kinds';
import type { StaffRole } from '../roles';
import type { MessageKey } from '../i18n/messages';

export type CueTheme = 'retention' | 'study_abroad' | 'forex' | 'deposit' | 'loan' | 'investment' | 'safe_box' | 'existing' | 'general';

export interface CueCard {
  theme: CueTheme;
  /** The one line to say once the transaction is done. */
  say: MessageKey;
  /** What never to say aloud (always shown). */
  never: MessageKey[];
  /** When to hand over, and to whom — depends on the role. */
  handover: MessageKey;
  /** Extra steps for this role (e.g. the client manager's preparation checklist). */
  steps: MessageKey[];
  /** The cue waits for the transaction to complete (先办业务再引导). */
  pending: boolean;
}

export interface CueInput {
  role: StaffRole;
  signals: SignalKind[];
  existingPremium: boolean;
  retentionRisk: boolean;
  transactionComplete: boolean;
}

const THEME_BY_SIGNAL: [SignalKind, CueTheme][] = [
  ['deposit_certificate', 'study_abroad'],
  ['forex', 'forex'],
  ['gold_forex_trading', 'investment'],
  ['investment', 'investment'],
  ['wealth_enquiry', 'investment'],
  ['loan', 'loan'],
  ['safe_deposit_box', 'safe_box'],
  ['time_deposit', 'deposit'],
  ['large_cash', 'deposit'],
  ['remittance', 'deposit'],
  ['demand_deposit', 'deposit'],
];

export function themeFor(input: Pick<CueInput, 'signals' | 'existingPremium' | 'retentionRisk'>): CueTheme {
  if (input.retentionRisk) return 'retention';
  for (const [kind, theme] of THEME_BY_SIGNAL) if (input.signals.includes(kind)) return theme;
  return input.existingPremium ? 'existing' : 'general';
}

const HANDOVER: Record<StaffRole, MessageKey> = {
  cash_teller: 'cueHandoverCashTeller',
  non_cash_teller: 'cueHandoverNonCashTeller',
  lobby_manager: 'cueHandoverLobby',
  client_manager: 'cueHandoverClientManager',
  supervisor: 'cueHandoverSupervisor',
};

const STEPS: Partial<Record<StaffRole, MessageKey[]>> = {
  non_cash_teller: ['cueStepNotesDiscreet'],
  lobby_manager: ['cueStepLobbyStay', 'cueStepLobbyQueue'],
  client_manager: ['cueStepPrepare', 'cueStepListen', 'cueStepNeeds', 'cueStepObjections', 'cueStepClose'],
};

export function selectCue(input: CueInput): CueCard {
  const theme = themeFor(input);
  const say: MessageKey = `cueSay_${theme}`;
  const never: MessageKey[] = ['cueNeverTier', 'cueNeverLabels'];
  if (theme === 'retention') never.push('cueNeverSellOnLoss');
  return {
    theme,
    say,
    never,
    handover: theme === 'retention' ? 'cueHandoverRetention' : HANDOVER[input.role],
    steps: STEPS[input.role] ?? [],
    // The lobby manager and client manager are not mid-transaction at a counter.
    pending: !input.transactionComplete && (input.role === 'cash_teller' || input.role === 'non_cash_teller'),
  };
}
