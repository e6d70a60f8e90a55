/**
 * What a bank's IT sets once by policy (`storage.managed`, described to the browser by
 * public/managed_schema.json — keep the two in step). Validated here, at the receiver, key by key
 * and failing closed: an invalid value is dropped whole (never applied half-way) and comes back as
 * a warning the options page shows to IT.
 */
import { z } from 'zod';
import { branchIdSchema } from '../contracts/primitives';
import { terminalProfileSchema, type TerminalProfile } from '../profile/schema';
import { originProblem } from '../origins/pattern-policy';

/** Local settings a policy may lock (`lockedSettings`), by their names in the options page. */
export const LOCKABLE_SETTINGS = [
  'role',
  'staffId',
  'branchId',
  'lang',
  'counterLabel',
  'serverUrl',
  'deviceToken',
  'profile',
  'terminalOrigins',
] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((s) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s), 'an http(s) URL');

const terminalOrigin = z
  .string()
  .trim()
  .refine((p) => originProblem(p) === null, 'a match pattern for one terminal origin');

export const managedFieldSchemas = {
  serverUrl: httpUrl,
  branchId: branchIdSchema,
  language: z.enum(['zh_CN', 'en']),
  terminalOrigins: z.array(terminalOrigin).min(1).max(50),
  profileSource: z.enum(['inline', 'server']),
  profile: terminalProfileSchema,
  deviceToken: z.string().trim().min(1).max(512),
  counterLabel: z.string().trim().min(1).max(32),
  lockedSettings: z.array(z.enum(LOCKABLE_SETTINGS)).max(LOCKABLE_SETTINGS.length),
} as const;

export type ManagedKey = keyof typeof managedFieldSchemas;
export const MANAGED_KEYS = Object.keys(managedFieldSchemas) as ManagedKey[];

export interface ManagedConfig {
  serverUrl?: string;
  branchId?: string;
  language?: 'zh_CN' | 'en';
  terminalOrigins?: string[];
  profileSource?: 'inline' | 'server';
  profile?: TerminalProfile;
  deviceToken?: string;
  counterLabel?: string;
  lockedSettings?: LockableSetting[];
}

export interface ManagedWarning {
  /** The policy key as IT wrote it. */
  key: string;
  problem: 'invalid' | 'unknown';
  /** What the check said (English, for IT's details line). */
  detail: string;
}

export interface ManagedRead {
  config: ManagedConfig;
  warnings: ManagedWarning[];
}

export const EMPTY_MANAGED: ManagedRead = { config: {}, warnings: [] };

/** Checks what `storage.managed.get()` returned; anything not an object is "no policy". */
export function parseManaged(raw: unknown): ManagedRead {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return EMPTY_MANAGED;
  const config: Record<string, unknown> = {};
  const warnings: ManagedWarning[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (!(key in managedFieldSchemas)) {
      warnings.push({ key, problem: 'unknown', detail: 'not a setting this extension knows' });
      continue;
    }
    const parsed = managedFieldSchemas[key as ManagedKey].safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else
      warnings.push({
        key,
        problem: 'invalid',
        detail: parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`)
          .join('; '),
      });
  }
  return { config: config, warnings };
}
