import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contentDisposition } from '@/lib/export';
import { translate, type Lang } from '@/lib/i18n/messages';
import { errorWords } from '@/lib/sync/error-words';
import {
  createServerClient,
  fileNameFromDisposition,
  normaliseBaseUrl,
  urlFor,
  type FetchLike,
} from '@/lib/sync/http-client';
import { SERVER_ERROR_CODES, type ServerError } from '@/lib/sync/server-error';

const ok = z.object({ ok: z.literal(true) });
const target = { url: 'http://server.test', token: 'tok-1234567890' };

function replying(response: () => Response | Promise<Response>) {
  return vi.fn<FetchLike>(() => Promise.resolve(response()));
}

async function failureOf(fetch: FetchLike, timeoutMs?: number): Promise<ServerError> {
  const client = createServerClient(target, { fetch, ...(timeoutMs ? { timeoutMs } : {}) });
  const res = await client.json('/v1/me', ok);
  if (res.ok) throw new Error('expected a failure');
  return res.error;
}

const words = (lang: Lang, error: ServerError) =>
  errorWords((key, ...subs) => translate(lang, key, ...subs), error);

afterEach(() => vi.useRealTimers());

describe('base URL', () => {
  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['http://127.0.0.1:8787///', 'http://127.0.0.1:8787'],
    ['  https://sync.branch.example/  ', 'https://sync.branch.example'],
    ['https://branch.example/sidekick/', 'https://branch.example/sidekick'],
    ['https://branch.example/sidekick', 'https://branch.example/sidekick'],
  ])('%j → %j', (input, base) => {
    expect(normaliseBaseUrl(input)).toBe(base);
    expect(urlFor(input, '/v1/me')).toBe(`${base}/v1/me`);
    expect(urlFor(input, 'v1/me', { limit: 5, status: undefined })).toBe(`${base}/v1/me?limit=5`);
  });

  it('is the one the client sends to, with the token', async () => {
    const fetch = replying(() => Response.json({ ok: true }));
    const client = createServerClient({ ...target, url: ' http://server.test/base/ ' }, { fetch });
    expect(client.baseUrl).toBe('http://server.test/base');
    expect(await client.json('/v1/me', ok, { query: new URLSearchParams('a=1') })).toEqual({
      ok: true,
      data: { ok: true },
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://server.test/base/v1/me?a=1');
    expect(init).toMatchObject({
      method: 'GET',
      headers: { authorization: 'Bearer tok-1234567890' },
    });
    expect(init?.body).toBeUndefined();
  });
});

describe('errors: one shape, a stable code, words in both languages (the detail kept apart)', () => {
  it.each([
    [
      401,
      { error: 'token_revoked', details: { message: 'this token was revoked' } },
      'invalid_token',
      'token_revoked: this token was revoked',
      '服务器不接受这台设备的令牌（无效或已被撤销）。请在设置页填入 IT 发放的有效令牌。',
      "The server does not accept this device's token (invalid or revoked). Enter a valid token from IT on the options page.",
    ],
    [
      403,
      { error: 'forbidden', details: { message: 'role teller may not do this' } },
      'forbidden',
      'forbidden: role teller may not do this',
      '这个令牌无权做这件事。请换用有相应权限的令牌，或请主管处理。',
      'This token may not do that. Use a token with the right role, or ask your supervisor.',
    ],
    [
      403,
      { error: 'forbidden', details: { items: [] } },
      'forbidden',
      'forbidden',
      '这个令牌无权做这件事。请换用有相应权限的令牌，或请主管处理。',
      'This token may not do that. Use a token with the right role, or ask your supervisor.',
    ],
    [
      429,
      { error: 'rate_limited', details: { retryAfterMs: 1500 } },
      'rate_limited',
      'rate_limited',
      '请求太频繁，服务器暂时不受理。请等一分钟再试。',
      'Too many requests; the server is holding off. Wait a minute and try again.',
    ],
    [
      400,
      { error: 'invalid_request', details: { issues: [] } },
      'bad_request',
      'invalid_request',
      '服务器拒绝了这次请求。请检查填写的内容后重试；仍不行，请联系 IT。',
      'The server refused this request. Check what you entered and try again; if it still fails, call IT.',
    ],
    [
      409,
      { error: 'invalid_transition', details: { message: 'won is final' } },
      'bad_request',
      'invalid_transition: won is final',
      '服务器拒绝了这次请求。请检查填写的内容后重试；仍不行，请联系 IT。',
      'The server refused this request. Check what you entered and try again; if it still fails, call IT.',
    ],
    [
      404,
      '<html>Not Found</html>',
      'bad_request',
      'HTTP 404',
      '服务器拒绝了这次请求。请检查填写的内容后重试；仍不行，请联系 IT。',
      'The server refused this request. Check what you entered and try again; if it still fails, call IT.',
    ],
    [
      503,
      { error: 'database_unavailable', details: { message: 'the database does not answer' } },
      'server_error',
      'database_unavailable: the database does not answer',
      '分行服务器出错了。请稍后重试；一直出错，请联系 IT。',
      'The branch server failed. Try again shortly; if it keeps failing, call IT.',
    ],
    [
      500,
      '',
      'server_error',
      'HTTP 500',
      '分行服务器出错了。请稍后重试；一直出错，请联系 IT。',
      'The branch server failed. Try again shortly; if it keeps failing, call IT.',
    ],
    [
      408,
      null,
      'server_error',
      'HTTP 408',
      '分行服务器出错了。请稍后重试；一直出错，请联系 IT。',
      'The branch server failed. Try again shortly; if it keeps failing, call IT.',
    ],
  ])('%i %j → %s', async (status, body, code, detail, zh, en) => {
    const fetch = replying(() =>
      typeof body === 'string' ? new Response(body, { status }) : Response.json(body, { status }),
    );
    const error = await failureOf(fetch);
    expect(error).toMatchObject({ name: 'ServerError', code, status, detail });
    expect(words('zh_CN', error)).toBe(zh);
    expect(words('en', error)).toBe(en);
  });

  it('keeps the wait the server asks for on a 429', async () => {
    const fetch = replying(() =>
      Response.json({ error: 'rate_limited' }, { status: 429, headers: { 'retry-after': '30' } }),
    );
    expect(await failureOf(fetch)).toMatchObject({ code: 'rate_limited', retryAfterMs: 30_000 });
  });

  it('a 2xx that does not match the contract is a bad response', async () => {
    const error = await failureOf(replying(() => Response.json({ ok: 'yes' })));
    expect(error).toMatchObject({ code: 'bad_response', status: 200 });
    expect(words('en', error)).toBe(
      "The server's answer could not be read (perhaps a version mismatch). Please call IT.",
    );
    const notJson = await failureOf(replying(() => new Response('<html>')));
    expect(notJson.code).toBe('bad_response');
  });

  it('a network failure is unreachable, without a status', async () => {
    const error = await failureOf(() => Promise.reject(new TypeError('fetch failed')));
    expect(error).toMatchObject({ code: 'unreachable', status: undefined });
    expect(words('zh_CN', error)).toBe(
      '连不上分行服务器。请检查网络后稍后重试；一直连不上，请联系 IT。',
    );
    expect(words('en', error)).toBe(
      'The branch server cannot be reached. Check the network and try again shortly; if it keeps happening, call IT.',
    );
  });

  it('an answer that breaks off halfway is unreachable too', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"ok":'));
        c.error(new TypeError('terminated'));
      },
    });
    const error = await failureOf(replying(() => new Response(broken)));
    expect(error.code).toBe('unreachable');
  });

  it('gives up after the timeout, even on a fetch that ignores its signal', async () => {
    vi.useFakeTimers();
    const seen: AbortSignal[] = [];
    const never: FetchLike = (_url, init) => {
      if (init.signal) seen.push(init.signal);
      return new Promise<Response>(() => undefined);
    };
    const pending = failureOf(never, 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(seen[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(seen[0]?.aborted).toBe(true);
    expect(error).toMatchObject({ code: 'unreachable', detail: 'no answer within 5 s' });
  });

  it("the caller's abort is 'aborted', not a server problem", async () => {
    const caller = new AbortController();
    const fetch: FetchLike = (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')));
      });
    const client = createServerClient(target, { fetch });
    const pending = client.json('/v1/me', ok, { signal: caller.signal });
    caller.abort();
    const res = await pending;
    expect(res.ok ? undefined : res.error.code).toBe('aborted');
  });

  it.each(SERVER_ERROR_CODES)('%s has its own words in zh-CN and English', (code) => {
    for (const lang of ['zh_CN', 'en'] as const) {
      const text = errorWords((key, ...subs) => translate(lang, key, ...subs), {
        code,
        detail: 'DETAIL',
      });
      expect(text).not.toContain('srvErr_');
      // The server's words belong to the details line, not to the sentence the user reads.
      expect(text).not.toContain('DETAIL');
      expect(text).toMatch(lang === 'zh_CN' ? /\p{Script=Han}/u : /^[\x20-\x7e]+$/);
    }
  });
});

describe('files', () => {
  it.each([
    [contentDisposition('0101', '2026-03-05', 'csv'), '推介跟踪表_0101_2026-03-05.csv'],
    ['attachment; filename="referral-log_0101.json"', 'referral-log_0101.json'],
    ['attachment; filename=plain.csv', 'plain.csv'],
    [null, 'fallback.csv'],
    ["attachment; filename*=UTF-8''%E0%A4%A", 'fallback.csv'],
  ])('Content-Disposition %s → %s', (header, name) => {
    expect(fileNameFromDisposition(header, 'fallback.csv')).toBe(name);
  });

  it('streams a long download: the timeout applies to each chunk, not to the whole file', async () => {
    vi.useFakeTimers();
    let push: ((text: string | null) => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        push = (text) => (text === null ? c.close() : c.enqueue(new TextEncoder().encode(text)));
      },
    });
    const client = createServerClient(target, { fetch: replying(() => new Response(body)) });
    const pending = client.file('/v1/referral-log/export', {
      fallbackName: 'x.csv',
      timeoutMs: 1_000,
    });
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      push?.(`row ${i}\n`);
    }
    push?.(null);
    const res = await pending;
    expect(res.ok && (await res.data.blob.text())).toBe('row 0\nrow 1\nrow 2\nrow 3\nrow 4\n');
  });

  it('a download that stalls is cut off as unreachable', async () => {
    vi.useFakeTimers();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('row 0\n'));
      },
    });
    const client = createServerClient(target, { fetch: replying(() => new Response(body)) });
    const pending = client.file('/x', { fallbackName: 'x.csv', timeoutMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    const res = await pending;
    expect(res.ok ? undefined : res.error.code).toBe('unreachable');
  });
});
