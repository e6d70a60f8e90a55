/**
 * The few calls extension pages make to the branch server besides push/pull: who am I, the
 * roster, a client manager's assigned referrals and their status updates. Every answer is
 * validated with the shared contract; an error comes back as words, never thrown HTML.
 */
import { meResponseSchema, type MeResponse } from '../contracts/auth';
import { rosterResponseSchema, type RosterResponse } from '../contracts/roster';
import {
  listReferralsResponseSchema,
  statusUpdateResponseSchema,
  type ListReferralsResponse,
  type StatusUpdateRequest,
} from '../contracts/referrals-api';
import type { z } from 'zod';
import type { SyncConfig } from '../settings/sync-config';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status?: number; error: string };

async function call<T>(
  config: SyncConfig,
  path: string,
  schema: z.ZodType<T>,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`${config.url.replace(/\/+$/, '')}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${config.token}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { ok: false, error: 'server not reachable' };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, status: response.status, error: `HTTP ${response.status}` };
  }
  if (!response.ok) {
    const message = (json as { error?: unknown }).error;
    return {
      ok: false,
      status: response.status,
      error: typeof message === 'string' ? message : `HTTP ${response.status}`,
    };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, status: response.status, error: 'unexpected answer from the server' };
}

export const api = {
  me: (c: SyncConfig): Promise<ApiResult<MeResponse>> => call(c, '/v1/me', meResponseSchema),
  roster: (c: SyncConfig): Promise<ApiResult<RosterResponse>> =>
    call(c, '/v1/roster', rosterResponseSchema),
  assigned: (c: SyncConfig, status?: string): Promise<ApiResult<ListReferralsResponse>> =>
    call(
      c,
      `/v1/referrals?limit=500${status ? `&status=${encodeURIComponent(status)}` : ''}`,
      listReferralsResponseSchema,
    ),
  updateStatus: (c: SyncConfig, id: string, body: StatusUpdateRequest) =>
    call(c, `/v1/referrals/${encodeURIComponent(id)}/status`, statusUpdateResponseSchema, {
      method: 'PATCH',
      body,
    }),
};
