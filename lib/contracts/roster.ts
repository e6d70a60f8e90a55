/** The client-manager roster: `GET/PUT /v1/roster`, `PATCH /v1/roster/:staffId/availability`. */
import { z } from 'zod';
import { branchIdSchema, plainTextSchema, staffIdSchema } from './primitives';

export const rosterEntrySchema = z.strictObject({
  staffId: staffIdSchema,
  /** As shown to colleagues. */
  name: plainTextSchema(64),
  branchId: branchIdSchema,
  /** e.g. wealth, loans, forex, insurance. */
  specialties: z.array(z.string().regex(/^[a-z][a-z0-9_]{0,31}$/)).max(16),
  bookSize: z.number().int().min(0).max(100_000),
  capacity: z.number().int().min(0).max(100_000),
  available: z.boolean(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterResponseSchema = z.strictObject({ managers: z.array(rosterEntrySchema) });
export type RosterResponse = z.infer<typeof rosterResponseSchema>;

export const rosterReplaceRequestSchema = z
  .strictObject({ managers: z.array(rosterEntrySchema).max(500) })
  .refine(
    (b) => new Set(b.managers.map((m) => `${m.branchId}/${m.staffId}`)).size === b.managers.length,
    {
      message: 'each staffId at most once per branch',
      path: ['managers'],
    },
  );

export const availabilityRequestSchema = z.strictObject({ available: z.boolean() });
export const availabilityResponseSchema = z.strictObject({ manager: rosterEntrySchema });
