/** Roles a server token can carry, and who `/v1/me` says the caller is. */
import { z } from 'zod';
import type { StaffRole } from '../roles';
import { branchIdSchema, staffIdSchema } from './primitives';

export const TOKEN_ROLES = ['teller', 'lobby', 'client_manager', 'supervisor', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];
export const tokenRoleSchema = z.enum(TOKEN_ROLES);

/** Which referrer roles (lib/roles.ts) a token of each role may push referrals as. */
export const REFERRER_ROLES_BY_TOKEN_ROLE: Record<TokenRole, readonly StaffRole[]> = {
  teller: ['cash_teller', 'non_cash_teller'],
  lobby: ['lobby_manager'],
  client_manager: [],
  supervisor: [],
  admin: [],
};

export const meResponseSchema = z.strictObject({
  tokenId: z.string(),
  role: tokenRoleSchema,
  branchId: branchIdSchema,
  staffId: staffIdSchema,
  label: z.string().optional(),
  /** The branch's IANA time zone: every time the supervisor sees or exports is in it. */
  timeZone: z.string().max(64).optional(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const healthResponseSchema = z.strictObject({
  ok: z.literal(true),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
