/** What the model reads from a referral (a stored Referral, a ServerReferral or a log row). */
import type { Referral } from '../contracts/referral';

export type PrioritiseInput = Pick<
  Referral,
  'id' | 'tier' | 'signals' | 'handoff' | 'followUp' | 'consent' | 'status' | 'createdAt'
>;

export interface Reason {
  code: string;
  zh: string;
  en: string;
}

export interface Score {
  score: number;
  reasons: Reason[];
}
