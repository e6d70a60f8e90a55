/** Server settings from the environment (documented in docs/server.md). */
import type { RateLimitConfig } from './http/rate-limit';
import { DEFAULT_RATE_LIMIT } from './http/rate-limit';
import { DEFAULT_SQLITE_PATH } from './db/connect';

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  sqlitePath: string;
  rateLimit: RateLimitConfig;
  corsOrigins: string[];
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
  };
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
