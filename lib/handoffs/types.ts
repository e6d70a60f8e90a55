/** What the panel passes to createReferral, and what it gets back. */
import type { Lang } from '../i18n/messages';
import type { LiveDetection } from '../detect/live-detection';
import type { FollowUp, Referral, ReferralEvent } from '../contracts/referral';
import type { StaffRole } from '../roles';

/** How the client manager follows up after the card was handed over. */
export type CardFollowUpChannel = Exclude<FollowUp['channel'], 'meet_now'>;
export type Instant = Date | string;

export interface ContactInput {
  name: string;
  phone: string;
}

export type HandoffInput =
  | {
      handoff: 'refer_now';
      managerStaffId: string;
      consent: boolean;
      contact?: ContactInput;
      tellerNote?: string;
    }
  | {
      handoff: 'card_handed';
      managerStaffId: string;
      followUp: { channel: CardFollowUpChannel; windowStart?: Instant; windowEnd?: Instant };
      consent: boolean;
      contact?: ContactInput;
      tellerNote?: string;
    }
  /** `managerStaffId`: the manager the panel suggested (the prompt that led nowhere is still theirs). */
  | { handoff: 'declined'; managerStaffId: string; reason?: string; tellerNote?: string };

export interface HandoffContext {
  branchId: string;
  staffId: string;
  role: StaffRole;
  /** What the panel knows about the client now (bands and last 4 only). */
  detection: Pick<
    LiveDetection,
    'tier' | 'signals' | 'clientRef' | 'cardLast4' | 'profileVersion' | 'visitId'
  > &
    Partial<Pick<LiveDetection, 'clientInitial'>>;
  /** The counter or window this device stands at ("3号窗口"), from its settings. */
  counterLabel?: string;
  /** The lobby manager who guided the client to this counter (dual credit). */
  secondCreditStaffId?: string;
  now: Date;
  /** Language of the generated summary (zh-CN by default: the client manager's first language). */
  lang?: Lang;
  newId?: () => string;
}

/** A referral with its events, as built by createReferral and saved by saveHandoff(s). */
export interface HandoffRecord {
  referral: Referral;
  events: ReferralEvent[];
}
