/**
 * The one error every call to the branch server fails with: a stable machine `code` the callers
 * branch on, the HTTP status when there was one, how long to wait when the server said so, and
 * the server's own words (`detail`, e.g. "forbidden: role teller may not do this") kept for IT.
 * Words for the user come from lib/sync/error-words.ts. No zod and no i18n here.
 */
export const SERVER_ERROR_CODES = [
  /** No answer: offline, DNS, refused connection, timed out, or the answer broke off. */
  'unreachable',
  /** 401: the token is unknown, revoked or missing. */
  'invalid_token',
  /** 403: the token may not do this. */
  'forbidden',
  /** 429: too many requests; `retryAfterMs` says for how long when the server did. */
  'rate_limited',
  /** Any other 4xx: the server refused this request (bad input, not found, conflict…). */
  'bad_request',
  /** 408 and 5xx: the server failed; trying again later may work. */
  'server_error',
  /** A 2xx whose body is not what the shared contract says. */
  'bad_response',
  /** The caller gave up (its AbortSignal fired). */
  'aborted',
] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

export interface ServerErrorInit {
  code: ServerErrorCode;
  detail: string;
  status?: number;
  retryAfterMs?: number;
  /** The server's `error` field, e.g. `token_revoked`, `invalid_transition`. */
  serverCode?: string;
  /** The server's `details` object as sent (e.g. the refused items of a push). */
  details?: unknown;
}

export class ServerError extends Error {
  readonly code: ServerErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly serverCode: string | undefined;
  readonly details: unknown;

  constructor(init: ServerErrorInit) {
    super(init.detail);
    this.name = 'ServerError';
    this.code = init.code;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.serverCode = init.serverCode;
    this.details = init.details;
  }

  /** The server's own words (or what went wrong on the way), for IT; not translated. */
  get detail(): string {
    return this.message;
  }
}

export function codeForStatus(status: number): ServerErrorCode {
  if (status === 401) return 'invalid_token';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status >= 500) return 'server_error';
  if (status >= 400) return 'bad_request';
  return 'bad_response';
}

/** `Retry-After` in seconds (the only form our server sends) as milliseconds. */
function retryAfterMs(header: string | null): number | undefined {
  const seconds = Number(header ?? '');
  return header !== null && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** A non-2xx answer: `{ error, details: { message } }` becomes "error: message". */
export function errorFromAnswer(
  status: number,
  body: unknown,
  retryAfter: string | null,
): ServerError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const serverCode = typeof record.error === 'string' ? record.error : undefined;
  const details = record.details;
  const message =
    typeof details === 'object' && details !== null && 'message' in details
      ? details.message
      : undefined;
  const head = serverCode ?? `HTTP ${status}`;
  const wait = status === 429 ? retryAfterMs(retryAfter) : undefined;
  return new ServerError({
    code: codeForStatus(status),
    status,
    detail: typeof message === 'string' && message !== '' ? `${head}: ${message}` : head,
    ...(serverCode ? { serverCode } : {}),
    ...(details === undefined ? {} : { details }),
    ...(wait ? { retryAfterMs: wait } : {}),
  });
}

/** What fetch (or reading the body) threw: the caller's abort, our timeout, or no connection. */
export function errorFromThrown(
  thrown: unknown,
  context: { timeoutMs: number; callerAborted: boolean },
): ServerError {
  if (thrown instanceof ServerError) return thrown;
  if (context.callerAborted)
    return new ServerError({ code: 'aborted', detail: 'request cancelled' });
  const name = thrown instanceof Error ? thrown.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return new ServerError({
      code: 'unreachable',
      detail: `no answer within ${Math.round(context.timeoutMs / 1000)} s`,
    });
  return new ServerError({ code: 'unreachable', detail: 'server not reachable' });
}

export const badResponse = (status: number): ServerError =>
  new ServerError({ code: 'bad_response', status, detail: 'unexpected answer from the server' });
