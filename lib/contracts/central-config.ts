/**
 * The branch server's central profile and tiering config: what an admin pushes, what a device
 * fetches. The config document itself is checked with the extension's own schemas
 * (lib/central-config/validate.ts), on the server before it is stored and on the device again.
 */
import { z } from 'zod';
import { branchIdSchema } from './primitives';

export const CONFIG_KINDS = ['profile', 'tiering'] as const;
export type ConfigKind = (typeof CONFIG_KINDS)[number];
export const configKindSchema = z.enum(CONFIG_KINDS);

/** `*` stands for every branch; a branch's own version wins over it (see docs/central-config.md). */
export const ALL_BRANCHES = '*';
export const configScopeSchema = z.union([branchIdSchema, z.literal(ALL_BRANCHES)]);
export type ConfigScope = z.infer<typeof configScopeSchema>;

/** Server-assigned version numbers: one sequence for every kind and scope, never reused. */
export const configVersionSchema = z.number().int().positive();

export const configPushRequestSchema = z.strictObject({
  kind: configKindSchema,
  /** A branch id or `*` (admins only); supervisors may push for their own branch only. */
  scope: configScopeSchema,
  /** The profile or tiering config, exactly as an admin would paste it into the options page. */
  config: z.unknown().optional(),
  /** Instead of a config: this branch follows the all-branches (`*`) version again. */
  inherit: z.literal(true).optional(),
  /** Why (shown in `config list` and the audit log). */
  note: z.string().trim().max(200).optional(),
});
export type ConfigPushRequest = z.infer<typeof configPushRequestSchema>;

export const configVersionInfoSchema = z.strictObject({
  version: configVersionSchema,
  kind: configKindSchema,
  scope: configScopeSchema,
  /** The profile's own `version` (e.g. 2026.12-2); for tiering configs `v<version>`. */
  label: z.string().max(64),
  /** SHA-256 of the canonical JSON of `config`. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  actor: z.string(),
  note: z.string().optional(),
});
export type ConfigVersionInfo = z.infer<typeof configVersionInfoSchema>;

/** One stored version with its document (`GET /v1/config/profile`, `config show`). */
export const configDocumentSchema = configVersionInfoSchema.extend({ config: z.unknown() });
export type ConfigDocument = z.infer<typeof configDocumentSchema>;

export const configListQuerySchema = z.strictObject({
  kind: configKindSchema.optional(),
  scope: configScopeSchema.optional(),
});

export const configListResponseSchema = z.strictObject({
  versions: z.array(configVersionInfoSchema),
});
export type ConfigListResponse = z.infer<typeof configListResponseSchema>;

/** The ETag of one version: changes whenever the version in force for the caller changes. */
export function configEtag(kind: ConfigKind, version: number): string {
  return `"${kind}-${version}"`;
}
