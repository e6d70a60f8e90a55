/** The retention purge on this device: personal data past the configured days, purged and audited. */
export { purgeDevice, purgedTotal, type DevicePurgeCounts, type DevicePurgeResult } from './purge';
export {
  loadRetentionDays,
  retentionDaysItem,
  retentionRunItem,
  type RetentionRun,
} from './settings';
export { runRetention } from './run';
export { setUpRetention, RETENTION_ALARM } from './setup';
