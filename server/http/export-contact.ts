/**
 * When an export may carry contact details. Contact details normally go only to the assigned
 * client manager (repo/visibility.ts). The export is the one audited exception:
 *   - the caller asked for them (includeContact=true),
 *   - the caller is a supervisor and the server allows contact exports (CONTACT_EXPORT=on),
 *   - the caller gave a reason of at least 5 characters (kept in the audit log),
 * and then only rows whose client consented carry them (lib/export/log-row.ts).
 */
import { MIN_CONTACT_REASON, type ReferralLogExportQuery } from '../../lib/contracts/referral-log';
import type { AuthInfo } from './env';
import { HttpError, forbidden } from './errors';

export function contactExportWanted(
  query: Pick<ReferralLogExportQuery, 'includeContact' | 'reason'>,
  auth: AuthInfo,
  allowed: boolean,
): boolean {
  if (query.includeContact !== 'true') return false;
  if (auth.role !== 'supervisor' || !allowed)
    throw forbidden('contact details may not be exported on this server');
  if ((query.reason ?? '').length < MIN_CONTACT_REASON) {
    throw new HttpError(400, 'reason_required', {
      message: `give a reason of at least ${MIN_CONTACT_REASON} characters to export contact details`,
    });
  }
  return true;
}
