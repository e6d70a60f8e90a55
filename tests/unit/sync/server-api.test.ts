import { describe, expect, it, vi } from 'vitest';
import { contentDisposition } from '@/lib/export';
import type { FetchLike } from '@/lib/sync/http-client';
import { serverApi } from '@/lib/sync/server-api';

const config = { url: 'http://server.test/', token: 'secret-token' };

function answer(response: Response | Error) {
  return vi.fn<FetchLike>(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
}

describe('serverApi', () => {
  it("downloads an export as a blob with the server's file name, sending the token", async () => {
    const fetch = answer(
      new Response('\uFEFF推介时间\r\n', {
        headers: { 'content-disposition': contentDisposition('0101', '2026-03-05', 'csv') },
      }),
    );
    const progress: number[] = [];
    const res = await serverApi(config, fetch).exportLog(
      new URLSearchParams('format=csv&tier=A'),
      (bytes) => progress.push(bytes),
    );
    expect(res.ok && res.data.fileName).toBe('推介跟踪表_0101_2026-03-05.csv');
    // The bytes are kept as sent, byte-order mark included (Blob.text() would hide it).
    const bytes = res.ok ? new Uint8Array(await res.data.blob.arrayBuffer()) : new Uint8Array();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(progress.at(-1)).toBe(bytes.byteLength);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://server.test/v1/referral-log/export?format=csv&tier=A');
    expect(init?.headers.authorization).toBe('Bearer secret-token');
  });

  it('a refusal of the export has the same shape as any other call', async () => {
    const refusal = () =>
      Response.json(
        { error: 'forbidden', details: { message: 'supervisors only' } },
        { status: 403 },
      );
    const exported = await serverApi(config, answer(refusal())).exportLog(new URLSearchParams());
    const me = await serverApi(config, answer(refusal())).me();
    for (const res of [exported, me]) {
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      expect(res.error).toMatchObject({
        code: 'forbidden',
        status: 403,
        serverCode: 'forbidden',
        detail: 'forbidden: supervisors only',
      });
    }
  });

  it('says the server is unreachable when the connection fails (no status)', async () => {
    const res = await serverApi(config, answer(new TypeError('fetch failed'))).logPage(
      new URLSearchParams(),
    );
    expect(res.ok ? undefined : res.error).toMatchObject({
      code: 'unreachable',
      status: undefined,
      detail: 'server not reachable',
    });
  });

  it('refuses an answer that does not match the contract', async () => {
    const res = await serverApi(
      config,
      answer(Response.json({ rows: [{ id: 'x' }], total: 1 })),
    ).logPage(new URLSearchParams());
    expect(res.ok ? undefined : res.error).toMatchObject({ code: 'bad_response', status: 200 });
  });

  it('asks for the audit log page before a given id', async () => {
    const fetch = answer(Response.json({ entries: [] }));
    await serverApi(config, fetch).audit({ before: 42, action: 'referral_log.' });
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'http://server.test/v1/audit?limit=100&before=42&action=referral_log.',
    );
  });

  it('sends a status update as JSON with PATCH', async () => {
    const fetch = answer(Response.json({ error: 'invalid_transition' }, { status: 409 }));
    const res = await serverApi(config, fetch).updateStatus('r/1', { status: 'contacted' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://server.test/v1/referrals/r%2F1/status');
    expect(init).toMatchObject({
      method: 'PATCH',
      body: '{"status":"contacted"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.ok ? undefined : res.error).toMatchObject({
      code: 'bad_request',
      status: 409,
      detail: 'invalid_transition',
    });
  });
});
