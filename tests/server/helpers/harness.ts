/**
 * An app on a fresh test database with one token per role (and some in another branch), a clock
 * the test can move, and the log lines the app wrote.
 */
import type { Hono } from 'hono';
import { buildApp, type AppDeps } from '../../../server/app';
import type { AppEnv } from '../../../server/http/env';
import type { RateLimitConfig } from '../../../server/http/rate-limit';
import { replaceRoster } from '../../../server/repo/roster';
import { createToken, revokeToken } from '../../../server/repo/tokens';
import type { TokenRole } from '../../../lib/contracts/auth';
import { BRANCH, OTHER_BRANCH, ROSTER } from '../../../support/server/fixtures';
import type { DbTarget, TestDatabase } from './targets';

export const PEOPLE = {
  teller: { role: 'teller', branchId: BRANCH, staffId: 'T001' },
  teller2: { role: 'teller', branchId: BRANCH, staffId: 'T002' },
  lobby: { role: 'lobby', branchId: BRANCH, staffId: 'L001' },
  manager: { role: 'client_manager', branchId: BRANCH, staffId: 'CM01' },
  manager2: { role: 'client_manager', branchId: BRANCH, staffId: 'CM02' },
  supervisor: { role: 'supervisor', branchId: BRANCH, staffId: 'S001' },
  admin: { role: 'admin', branchId: BRANCH, staffId: 'A001' },
  otherTeller: { role: 'teller', branchId: OTHER_BRANCH, staffId: 'T001' },
  otherManager: { role: 'client_manager', branchId: OTHER_BRANCH, staffId: 'CM01' },
  otherSupervisor: { role: 'supervisor', branchId: OTHER_BRANCH, staffId: 'S901' },
  otherAdmin: { role: 'admin', branchId: OTHER_BRANCH, staffId: 'A901' },
} as const satisfies Record<string, { role: TokenRole; branchId: string; staffId: string }>;

export type Person = keyof typeof PEOPLE;

export interface Harness {
  app: Hono<AppEnv>;
  database: TestDatabase;
  tokens: Record<Person | 'revoked', string>;
  logs: string[];
  clock: { now(): Date; advance(ms: number): void };
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  close(): Promise<void>;
}

export interface CallOptions {
  as?: Person | 'revoked';
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  json: Record<string, unknown>;
  headers: Headers;
  text: string;
}

/** Which of `ids` the database holds as referrals (an "all or nothing" push check). */
export async function storedReferralIds(database: TestDatabase, ids: string[]): Promise<string[]> {
  const rows = await database.db.kysely
    .selectFrom('referrals')
    .select('id')
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

export async function makeHarness(
  target: DbTarget,
  options: { rateLimit?: RateLimitConfig | false } & Pick<
    AppDeps,
    'failedAuthLimit' | 'allowedExtensionIds' | 'clientAddress' | 'extensionHosting'
  > = {},
): Promise<Harness> {
  const database = await target.open();
  let nowMs = Date.parse('2026-11-20T02:00:00Z');
  const clock = { now: () => new Date(nowMs), advance: (ms: number) => void (nowMs += ms) };
  const logs: string[] = [];
  const logger = {
    info: (msg: string, fields?: object) => void logs.push(JSON.stringify({ msg, ...fields })),
    error: (msg: string, fields?: object) => void logs.push(JSON.stringify({ msg, ...fields })),
  };
  const app = buildApp({
    db: database.db,
    clock,
    logger,
    rateLimit: options.rateLimit ?? false,
    failedAuthLimit: options.failedAuthLimit ?? false,
    ...(options.allowedExtensionIds ? { allowedExtensionIds: options.allowedExtensionIds } : {}),
    ...(options.clientAddress ? { clientAddress: options.clientAddress } : {}),
    ...(options.extensionHosting ? { extensionHosting: options.extensionHosting } : {}),
  });
  const tokens = {} as Record<Person | 'revoked', string>;
  for (const [name, person] of Object.entries(PEOPLE)) {
    tokens[name as Person] = (await createToken(database.db, person, clock.now())).token;
  }
  const revoked = await createToken(database.db, PEOPLE.teller, clock.now());
  await revokeToken(database.db, revoked.id, clock.now());
  tokens.revoked = revoked.token;
  await replaceRoster(database.db, ROSTER, [], clock.now(), 'test');

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
    const token = opts.token ?? (opts.as ? tokens[opts.as] : undefined);
    const headers: Record<string, string> = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers: { ...headers, ...opts.headers },
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON: tests assert on that
    }
    return { status: response.status, json, headers: response.headers, text };
  }

  return { app, database, tokens, logs, clock, call, close: () => database.cleanup() };
}
