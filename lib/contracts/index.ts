/** Wire contracts shared by the extension and the sync server (zod schemas + inferred types). */
export * from './primitives';
export * from './auth';
export * from './server-referral';
export * from './sync';
export * from './referrals-api';
export * from './roster';
export * from './referral-log';
export * from './referral-stats';
export * from './queue-api';
export * from './audit-api';
