/** `GET /v1/audit`: the branch's append-only audit log, newest first (read-only for everyone). */
import { z } from 'zod';

export const auditEntrySchema = z.strictObject({
  id: z.number().int().positive(),
  at: z.string(),
  /** `token:<id>` for API callers, `cli` for the admin command line, `retention` for the scheduler. */
  actor: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** The `next` of the previous page. */
  before: z.coerce.number().int().positive().optional(),
  /** Exact action, or a prefix ending in `.` (e.g. `referral_log.`). */
  action: z
    .string()
    .regex(/^[a-z_.]{1,64}$/)
    .optional(),
});

export const auditPageSchema = z.strictObject({
  entries: z.array(auditEntrySchema),
  next: z.number().int().positive().optional(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
