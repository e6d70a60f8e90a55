/** `GET /v1/audit`: the branch's append-only audit log, newest first (read-only for everyone). */
import { z } from 'zod';
import { tokenRoleSchema } from './auth';
import { staffIdSchema } from './primitives';

/** A person behind a token, as the server knows them: staff ID, role, the token's label, roster name. */
export const auditPersonSchema = z.strictObject({
  staffId: staffIdSchema,
  role: tokenRoleSchema,
  /** The label given to the token when it was made (e.g. "前台 3 号窗口"). */
  label: z.string().optional(),
  /** From the branch's roster (client managers). */
  name: z.string().optional(),
});
export type AuditPerson = z.infer<typeof auditPersonSchema>;

export const auditEntrySchema = z.strictObject({
  id: z.number().int().positive(),
  at: z.string(),
  /** `token:<id>` for API callers, `cli` for the admin command line, `retention` for the scheduler. */
  actor: z.string(),
  /** Who `token:<id>` is (absent for `cli`, `retention`, … and for tokens no longer stored). */
  actorPerson: auditPersonSchema.optional(),
  /** Whose token a `token.*` entry is about (its `details.tokenId`). */
  subjectPerson: auditPersonSchema.optional(),
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
