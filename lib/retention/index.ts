/** Retention of personal information: the pure policy both the server and the device apply. */
export {
  DEFAULT_RETENTION_DAYS,
  MAX_RETENTION_DAYS,
  isExpired,
  isValidRetentionDays,
  retentionCutoff,
} from './policy';
export { PERSONAL_REFERRAL_FIELDS, hasPersonal, personalFieldsOf, stripPersonal } from './strip';
export type { PersonalField } from './strip';
