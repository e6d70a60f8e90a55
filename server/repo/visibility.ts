/**
 * Who sees which referral (the one place this rule lives):
 *   teller / lobby   — referrals they made or got the second credit for, in their branch
 *   client_manager   — referrals assigned to them, in their branch
 *   supervisor       — every referral of their branch
 *   admin            — none (admins manage tokens and the roster, not client data)
 * The same columns exist on `referrals` and `changes`, so one filter serves both.
 */
import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import type { Database } from '../db/types';
import type { AuthInfo } from '../http/env';
import { forbidden } from '../http/errors';

type ScopedTable = 'referrals' | 'changes';

export const READER_ROLES = ['teller', 'lobby', 'client_manager', 'supervisor'] as const;

export function visibleTo<T extends ScopedTable>(auth: AuthInfo) {
  return (eb: ExpressionBuilder<Database, T>): ExpressionWrapper<Database, T, SqlBool> => {
    const e = eb as unknown as ExpressionBuilder<Database, 'referrals'>;
    const branch = e('branch_id', '=', auth.branchId);
    let scoped: ExpressionWrapper<Database, 'referrals', SqlBool>;
    switch (auth.role) {
      case 'teller':
      case 'lobby':
        scoped = e.and([
          branch,
          e.or([
            e('referrer_staff_id', '=', auth.staffId),
            e('second_credit_staff_id', '=', auth.staffId),
          ]),
        ]);
        break;
      case 'client_manager':
        scoped = e.and([branch, e('manager_staff_id', '=', auth.staffId)]);
        break;
      case 'supervisor':
        scoped = branch;
        break;
      case 'admin':
        throw forbidden('administrators do not read referrals');
    }
    return scoped;
  };
}

/** Contact details go only to the client manager who will call the client. */
export function seesContact(auth: AuthInfo): boolean {
  return auth.role === 'client_manager';
}
