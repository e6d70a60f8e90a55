/**
 * The one HTTP client for the branch server. The base URL is normalised once, every request
 * carries the device's bearer token and a deadline (plus the caller's AbortSignal if it has one),
 * JSON answers are checked against the shared contract in lib/contracts, and every failure comes
 * back as a ServerError with a stable code, never thrown. A file (the supervisor's export) is read
 * as a stream: the deadline then applies to each chunk, so a long export is not cut off halfway.
 */
import type { z } from 'zod';
import { ServerError, badResponse, errorFromAnswer, errorFromThrown } from './server-error';

/** What the client needs of `fetch` (injected in tests; the global one by default). */
export type FetchLike = (
  input: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<Response>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ServerError };

export interface ServerTarget {
  url: string;
  token: string;
}

export type Query = URLSearchParams | Record<string, string | number | undefined>;

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  /** How long to wait for the answer (for a file: for the headers, then for each chunk). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Extra request headers (If-None-Match for the central config). */
  headers?: Record<string, string>;
}

/** A conditional GET's answer: 304 (what the caller has is current) or a new body and its ETag. */
export type Conditional<T> = { notModified: true } | { notModified: false; data: T; etag?: string };

/** A downloaded file: the bytes and the name the server chose. */
export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export interface FileOptions extends CallOptions {
  /** The name when the server sends no Content-Disposition. */
  fallbackName: string;
  /** Bytes received so far, after each chunk. */
  onProgress?: (bytes: number) => void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** " http://host:8787/base// " → "http://host:8787/base": trimmed, no trailing slashes. */
export function normaliseBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

export function urlFor(baseUrl: string, path: string, query?: Query): string {
  const params =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(
          Object.entries(query ?? {}).flatMap(([k, v]) =>
            v === undefined ? [] : [[k, String(v)]],
          ),
        );
  const qs = params.toString();
  return `${normaliseBaseUrl(baseUrl)}/${path.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}

/** The file name of a Content-Disposition header: `filename*` (UTF-8) first, then `filename`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

/** An abort that fires after `ms` of silence (`touch()` starts the wait again) or with the caller's. */
function deadline(ms: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onOuter = () => controller.abort(outer?.reason);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')),
      ms,
    );
  };
  if (outer?.aborted) onOuter();
  else outer?.addEventListener('abort', onOuter, { once: true });
  touch();
  // Settles the wait even for a fetch that ignores its signal.
  const expired = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), {
      once: true,
    });
  });
  expired.catch(() => undefined);
  return {
    signal: controller.signal,
    expired,
    touch,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}

type Watch = ReturnType<typeof deadline>;

/** The body as JSON (undefined when it is not JSON); gives up when the deadline passes. */
async function readJson(response: Response, watch: Watch): Promise<unknown> {
  const text = await Promise.race([response.text(), watch.expired]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The body chunk by chunk: each chunk starts the deadline again. */
async function readStream(
  response: Response,
  watch: Watch,
  onProgress?: (bytes: number) => void,
): Promise<Blob> {
  const type = response.headers.get('content-type') ?? '';
  if (!response.body) return new Blob([await response.arrayBuffer()], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), watch.expired]).catch(
      (error: unknown) => {
        void reader.cancel().catch(() => undefined);
        throw error;
      },
    );
    if (done) break;
    watch.touch();
    chunks.push(value);
    bytes += value.byteLength;
    onProgress?.(bytes);
  }
  return new Blob(chunks, { type });
}

export function createServerClient(
  target: ServerTarget,
  deps: { fetch?: FetchLike; timeoutMs?: number } = {},
) {
  const baseUrl = normaliseBaseUrl(target.url);
  const doFetch: FetchLike = deps.fetch ?? ((input, init) => fetch(input, init));

  /** Sends the request and hands a 2xx response to `read`; everything else becomes a ServerError. */
  async function send<T>(
    path: string,
    options: CallOptions,
    read: (response: Response, watch: Watch) => Promise<ApiResult<T>>,
    acceptNotModified = false,
  ): Promise<ApiResult<T>> {
    const timeoutMs = options.timeoutMs ?? deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const watch = deadline(timeoutMs, options.signal);
    const hasBody = options.body !== undefined;
    try {
      const response = await Promise.race([
        doFetch(urlFor(baseUrl, path, options.query), {
          method: options.method ?? 'GET',
          headers: {
            ...options.headers,
            authorization: `Bearer ${target.token}`,
            ...(hasBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(hasBody ? { body: JSON.stringify(options.body) } : {}),
          signal: watch.signal,
        }),
        watch.expired,
      ]);
      if (!response.ok && !(acceptNotModified && response.status === 304)) {
        const body = await readJson(response, watch);
        return {
          ok: false,
          error: errorFromAnswer(response.status, body, response.headers.get('retry-after')),
        };
      }
      return await read(response, watch);
    } catch (thrown) {
      const callerAborted = options.signal?.aborted === true;
      return { ok: false, error: errorFromThrown(thrown, { timeoutMs, callerAborted }) };
    } finally {
      watch.done();
    }
  }

  return {
    baseUrl,

    /** A JSON call whose answer must match `schema`. */
    json<T>(path: string, schema: z.ZodType<T>, options: CallOptions = {}): Promise<ApiResult<T>> {
      return send(path, options, async (response, watch) => {
        const parsed = schema.safeParse(await readJson(response, watch));
        return parsed.success
          ? { ok: true, data: parsed.data }
          : { ok: false, error: badResponse(response.status) };
      });
    },

    /** A JSON GET sending If-None-Match when `etag` is given; a 304 is `notModified`. */
    conditional<T>(
      path: string,
      schema: z.ZodType<T>,
      etag: string | undefined,
      options: CallOptions = {},
    ): Promise<ApiResult<Conditional<T>>> {
      const headers = { ...options.headers, ...(etag ? { 'if-none-match': etag } : {}) };
      return send<Conditional<T>>(
        path,
        { ...options, headers },
        async (response, watch) => {
          if (response.status === 304) return { ok: true, data: { notModified: true } };
          const parsed = schema.safeParse(await readJson(response, watch));
          const tag = response.headers.get('etag') ?? undefined;
          return parsed.success
            ? {
                ok: true,
                data: { notModified: false, data: parsed.data, ...(tag ? { etag: tag } : {}) },
              }
            : { ok: false, error: badResponse(response.status) };
        },
        true,
      );
    },

    /** A file, read chunk by chunk; its name comes from Content-Disposition. */
    file(path: string, options: FileOptions): Promise<ApiResult<ExportFile>> {
      return send(path, options, async (response, watch) => {
        const blob = await readStream(response, watch, options.onProgress);
        const fileName = fileNameFromDisposition(
          response.headers.get('content-disposition'),
          options.fallbackName,
        );
        return { ok: true, data: { blob, fileName } };
      });
    },
  };
}

export type ServerClient = ReturnType<typeof createServerClient>;
