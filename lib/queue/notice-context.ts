/** The masked client, the visit's time and the business of a referral, for the teller's outcome notice. */
import type { Referral } from '../contracts/referral';

export function noticeContext(
  r: Pick<Referral, 'clientInitial' | 'cardLast4' | 'createdAt' | 'summary'>,
): { clientInitial?: string; cardLast4?: string; visitAt: string; summary: string } {
  return {
    ...(r.clientInitial ? { clientInitial: r.clientInitial } : {}),
    ...(r.cardLast4 ? { cardLast4: r.cardLast4 } : {}),
    visitAt: r.createdAt,
    summary: r.summary,
  };
}
