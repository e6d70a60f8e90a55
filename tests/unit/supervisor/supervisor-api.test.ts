import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileNameFromDisposition, supervisorApi } from '@/lib/sync/supervisor-api';
import { contentDisposition } from '@/lib/export';

const config = { url: 'http://server.test/', token: 'secret-token' };
afterEach(() => vi.unstubAllGlobals());

function answer(response: Response | Error) {
  const fetch = vi.fn((_url: string, _init?: RequestInit) =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('fileNameFromDisposition', () => {
  it.each([
    [contentDisposition('0101', '2026-03-05', 'csv'), '推介跟踪表_0101_2026-03-05.csv'],
    ['attachment; filename="referral-log_0101.json"', 'referral-log_0101.json'],
    ['attachment; filename=plain.csv', 'plain.csv'],
    [null, 'fallback.csv'],
    ["attachment; filename*=UTF-8''%E0%A4%A", 'fallback.csv'],
  ])('%s → %s', (header, name) => {
    expect(fileNameFromDisposition(header, 'fallback.csv')).toBe(name);
  });
});

describe('supervisorApi', () => {
  it("downloads an export as a blob with the server's file name, sending the token", async () => {
    const fetch = answer(
      new Response('\uFEFF推介时间\r\n', {
        headers: { 'content-disposition': contentDisposition('0101', '2026-03-05', 'csv') },
      }),
    );
    const res = await supervisorApi.exportLog(config, new URLSearchParams('format=csv&tier=A'));
    expect(res.ok && res.data.fileName).toBe('推介跟踪表_0101_2026-03-05.csv');
    // The bytes are kept as sent, byte-order mark included (Blob.text() would hide it).
    const bytes = res.ok ? new Uint8Array(await res.data.blob.arrayBuffer()) : new Uint8Array();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://server.test/v1/referral-log/export?format=csv&tier=A');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer secret-token');
  });

  it("returns the server's error words and status for a refusal", async () => {
    answer(
      Response.json(
        { error: 'forbidden', details: { message: 'supervisors only' } },
        { status: 403 },
      ),
    );
    expect(await supervisorApi.exportLog(config, new URLSearchParams())).toEqual({
      ok: false,
      status: 403,
      error: 'forbidden: supervisors only',
    });
  });

  it('says the server is unreachable when the connection fails (no status)', async () => {
    answer(new TypeError('fetch failed'));
    expect(await supervisorApi.logPage(config, new URLSearchParams())).toEqual({
      ok: false,
      error: 'server not reachable',
    });
  });

  it('refuses an answer that does not match the contract', async () => {
    answer(Response.json({ rows: [{ id: 'x' }], total: 1 }));
    const res = await supervisorApi.logPage(config, new URLSearchParams());
    expect(res).toMatchObject({ ok: false, error: 'unexpected answer from the server' });
  });

  it('asks for the audit log page before a given id', async () => {
    const fetch = answer(Response.json({ entries: [] }));
    await supervisorApi.audit(config, { before: 42, action: 'referral_log.' });
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'http://server.test/v1/audit?limit=100&before=42&action=referral_log.',
    );
  });
});
