/**
 * Load client for the mixed soak (bench/suites/sync-soak.ts) — its own process, like
 * bench/server-load.ts. `BENCH_SOAK` (JSON, see SoakSpec): pushers each push one handoff
 * (referral + created event), pullers each pull from cursor 0 (a fresh install's first page, the
 * most expensive pull); every client starts a request every `paceMs` (staggered; at once when it
 * is behind), one at a time. Bounded in requests AND time, loopback only.
 * Prints one JSON line (SoakResult).
 */
import http from 'node:http';
import { clientRefFor, makeEvent, makeReferral } from '../support/server/fixtures';

export interface SoakSpec {
  url: string;
  pushers: { staffId: string; token: string }[];
  pullers: { token: string }[];
  seconds: number;
  /** Each client starts one request per this many ms. */
  paceMs: number;
  /** Upper bound of requests per client (push bodies are prepared up front). */
  requestsPerClient: number;
  /** Unmeasured requests per client first; then the client process sends `readySignal`. */
  warmupRequests: number;
}

export interface SoakResult {
  pushMs: number[];
  pullMs: number[];
  failures: number;
  firstFailure?: string;
  elapsedMs: number;
  /** Changes in the pull answers (to check the pages are full). */
  pulledChanges: number;
}

const spec = JSON.parse(process.env.BENCH_SOAK ?? '{}') as SoakSpec;
const target = new URL(spec.url);
if (target.hostname !== '127.0.0.1')
  throw new Error(`soak-load: loopback only, not ${target.hostname}`);
setTimeout(
  () => {
    process.stderr.write('soak-load: hard time limit reached\n');
    process.exit(3);
  },
  (spec.seconds + 60) * 1000,
).unref();

const T0 = Date.UTC(2026, 10, 20, 1, 0, 0);
let serial = 0;
function pushBody(staffId: string): string {
  serial += 1;
  const at = new Date(T0 + serial * 1000).toISOString();
  const referral = makeReferral({
    referrerStaffId: staffId,
    createdAt: at,
    updatedAt: at,
    clientRef: clientRefFor(`6222${String(serial).padStart(15, '0')}`),
  });
  return JSON.stringify({ referrals: [referral], events: [makeEvent(referral, 1, { at })] });
}

const agent = new http.Agent({
  keepAlive: true,
  maxSockets: spec.pushers.length + spec.pullers.length,
});

function send(
  token: string,
  path: string,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (e) => resolve({ status: 0, text: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, text: String(e) }));
    req.end(body);
  });
}

const result: SoakResult = { pushMs: [], pullMs: [], failures: 0, elapsedMs: 0, pulledChanges: 0 };
let measuring = false;

async function timed(token: string, path: string, into: number[], body?: string): Promise<void> {
  const sent = performance.now();
  const answer = await send(token, path, body);
  if (!measuring) return;
  into.push(performance.now() - sent);
  if (answer.status !== 200) {
    result.failures += 1;
    result.firstFailure ??= `${path} ${answer.status} ${answer.text.slice(0, 300)}`;
  } else if (body === undefined) {
    result.pulledChanges += (JSON.parse(answer.text) as { changes: unknown[] }).changes.length;
  }
}

const pushers = spec.pushers.map((p) => ({
  token: p.token,
  bodies: Array.from({ length: spec.requestsPerClient + spec.warmupRequests }, () =>
    pushBody(p.staffId),
  ),
}));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function runClients(count: number, deadline: number): Promise<void> {
  const clients = [
    ...pushers.map((p) => () => timed(p.token, '/v1/sync/push', result.pushMs, p.bodies.pop())),
    ...spec.pullers.map((p) => () => timed(p.token, '/v1/sync/pull?cursor=0', result.pullMs)),
  ];
  const start = performance.now();
  await Promise.all(
    clients.map(async (request, i) => {
      let next = start + (spec.paceMs * i) / clients.length;
      for (let n = 0; n < count; n++) {
        await pause(next - performance.now());
        next += spec.paceMs;
        if (performance.now() >= deadline) return;
        await request();
      }
    }),
  );
}

await runClients(spec.warmupRequests, Infinity);
// The bench resets the server's event-loop histogram on this line.
process.stderr.write('soak-load: measuring\n');
await new Promise((resolve) => setTimeout(resolve, 300));
measuring = true;
const started = performance.now();
await runClients(spec.requestsPerClient, started + spec.seconds * 1000);
result.elapsedMs = performance.now() - started;
agent.destroy();
process.stdout.write(`${JSON.stringify(result)}\n`);
