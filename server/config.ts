/** Server settings from the environment (documented in docs/server.md). */
import path from 'node:path';
import type { RateLimitConfig } from './http/rate-limit';
import { DEFAULT_FAILED_AUTH_LIMIT, DEFAULT_RATE_LIMIT } from './http/rate-limit';
import { CHROME_EXTENSION_ID } from './util/extension-id';
import { DEFAULT_SQLITE_PATH } from './db/connect';
import { isValidTimeZone } from '../lib/time/zone-clock';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from '../lib/retention/policy';

/** Where the default deployment is: mainland China. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  sqlitePath: string;
  rateLimit: RateLimitConfig;
  corsOrigins: string[];
  /** Personal fields of referrals older than this many days are purged daily; 0 = no automatic purge. */
  retentionDays?: number;
  /** IANA zone of the branch (TIME_ZONE, default Asia/Shanghai). */
  timeZone?: string;
  /** CONTACT_EXPORT=off forbids contact details in exports. */
  contactExport?: boolean;
  /** ALLOWED_EXTENSION_IDS: the extension ids CORS lets in (none when unset). */
  allowedExtensionIds?: string[];
  /** FAILED_AUTH_BURST / FAILED_AUTH_PER_MINUTE: failed authentications per client address. */
  failedAuthLimit?: RateLimitConfig;
  /** TRUST_PROXY=on: the client address is the last X-Forwarded-For entry (behind a reverse proxy). */
  trustProxy?: boolean;
  /** MAX_CLOCK_SKEW_MINUTES: how far a device's clock may run ahead of the server's (default 10). */
  maxClockSkewMinutes?: number;
  /** EXTENSION_DIR: the folder `npm run package` wrote, served under /extension (none when unset). */
  extensionDir?: string;
  /** PUBLIC_URL: this server's address as browsers reach it, for update.xml (default: the request's). */
  publicUrl?: string;
}

function intFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intFrom(env, 'PORT', 8787, 0, 65535),
    host: env.HOST || '127.0.0.1',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    sqlitePath: env.SQLITE_PATH || DEFAULT_SQLITE_PATH,
    rateLimit: {
      capacity: intFrom(env, 'RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.capacity, 1, 1_000_000),
      refillPerSecond: intFrom(
        env,
        'RATE_LIMIT_PER_SECOND',
        DEFAULT_RATE_LIMIT.refillPerSecond,
        1,
        1_000_000,
      ),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    retentionDays: intFrom(env, 'RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 0, MAX_RETENTION_DAYS),
    timeZone: timeZoneFrom(env),
    contactExport: onOff(env, 'CONTACT_EXPORT', true),
    maxClockSkewMinutes: intFrom(env, 'MAX_CLOCK_SKEW_MINUTES', 10, 1, 24 * 60),
    allowedExtensionIds: extensionIdsFrom(env),
    failedAuthLimit: {
      capacity: intFrom(env, 'FAILED_AUTH_BURST', DEFAULT_FAILED_AUTH_LIMIT.capacity, 1, 100_000),
      refillPerSecond:
        intFrom(
          env,
          'FAILED_AUTH_PER_MINUTE',
          Math.round(DEFAULT_FAILED_AUTH_LIMIT.refillPerSecond * 60),
          1,
          100_000,
        ) / 60,
    },
    trustProxy: onOff(env, 'TRUST_PROXY', false),
    ...(env.EXTENSION_DIR ? { extensionDir: path.resolve(env.EXTENSION_DIR) } : {}),
    ...publicUrlFrom(env),
  };
}

function publicUrlFrom(env: NodeJS.ProcessEnv): { publicUrl?: string } {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return {};
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash)
    throw new Error('PUBLIC_URL must be an http(s) URL such as https://sidekick.branch.example');
  return { publicUrl: raw.replace(/\/+$/, '') };
}

/** Chromium ids (32 letters a–p) or Firefox's per-installation UUIDs, comma-separated. */
function extensionIdsFrom(env: NodeJS.ProcessEnv): string[] {
  const ids = (env.ALLOWED_EXTENSION_IDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const bad = ids.find((id) => !CHROME_EXTENSION_ID.test(id) && !uuid.test(id));
  if (bad !== undefined)
    throw new Error(
      'ALLOWED_EXTENSION_IDS: each id is 32 letters a–p (chrome://extensions) or a Firefox UUID',
    );
  return ids;
}

function timeZoneFrom(env: NodeJS.ProcessEnv): string {
  const zone = env.TIME_ZONE || DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(zone))
    throw new Error(`TIME_ZONE must be an IANA time zone such as ${DEFAULT_TIME_ZONE}`);
  return zone;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be on or off`);
}

/** Where the data lives, for messages: never prints a password. */
export function describeDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'sqlitePath'>): string {
  if (!config.databaseUrl) return `SQLite ${config.sqlitePath}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
