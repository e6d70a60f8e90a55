/**
 * Load client for the sync-server benchmark — a SECOND process, so the client's own work does not
 * run on the server's event loop. `BENCH_LOAD` (JSON, see LoadSpec) says where to push, as whom
 * and how much; bounded in requests AND time, loopback only. Each simulated counter (one teller
 * token) runs one request at a time: build nothing while measuring (every body is prepared
 * first), POST /v1/sync/push, read the whole answer, next — back to back, or one every `paceMs`.
 * Prints one JSON line (LoadResult).
 * Run by bench/suites/sync-server.ts: `node --import tsx bench/server-load.ts`.
 */
import http from 'node:http';
import { clientRefFor, makeEvent, makeReferral } from '../support/server/fixtures';

export interface LoadSpec {
  url: string;
  clients: { staffId: string; token: string }[];
  /** Referrals per push; each comes with its `created` event. */
  referralsPerRequest: number;
  /** Upper bound per client (bodies are prepared up front). */
  requestsPerClient: number;
  /** Stop starting requests after this long. */
  seconds: number;
  /** Unmeasured pushes per client before the clock starts. */
  warmupRequests: number;
  /** When set, each client starts a push every `paceMs` (staggered), not back to back. */
  paceMs?: number;
}

export interface LoadResult {
  requests: number;
  referrals: number;
  events: number;
  failures: number;
  /** First failure's status and body start, to say why. */
  firstFailure?: string;
  elapsedMs: number;
  /** CPU time this client process used while measuring (user + system). */
  clientCpuMs: number;
  latenciesMs: number[];
}

const spec = JSON.parse(process.env.BENCH_LOAD ?? '{}') as LoadSpec;
const target = new URL(spec.url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname))
  throw new Error(`server-load pushes to loopback only, not ${target.hostname}`);
const hardStop = setTimeout(
  () => {
    process.stderr.write('server-load: hard time limit reached\n');
    process.exit(3);
  },
  (spec.seconds + 60) * 1000,
);
hardStop.unref();

const T0 = Date.UTC(2026, 10, 20, 1, 0, 0);
let serial = 0;

function body(staffId: string): string {
  const referrals = Array.from({ length: spec.referralsPerRequest }, () => {
    serial += 1;
    const at = new Date(T0 + serial * 1000).toISOString();
    return makeReferral({
      referrerStaffId: staffId,
      createdAt: at,
      updatedAt: at,
      clientRef: clientRefFor(`6222${String(serial).padStart(15, '0')}`),
    });
  });
  const events = referrals.map((r) => makeEvent(r, 1, { at: r.createdAt }));
  return JSON.stringify({ referrals, events });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: spec.clients.length });

function push(token: string, payload: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: '/v1/sync/push',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const prepared = spec.clients.map((client) => ({
  ...client,
  warmup: Array.from({ length: spec.warmupRequests }, () => body(client.staffId)),
  bodies: Array.from({ length: spec.requestsPerClient }, () => body(client.staffId)),
}));

const result: LoadResult = {
  requests: 0,
  referrals: 0,
  events: 0,
  failures: 0,
  elapsedMs: 0,
  clientCpuMs: 0,
  latenciesMs: [],
};

await Promise.all(
  prepared.map(async (c) => {
    for (const payload of c.warmup) await push(c.token, payload);
  }),
);

const cpuBefore = process.cpuUsage();
const started = performance.now();
const deadline = started + spec.seconds * 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
await Promise.all(
  prepared.map(async (c, i) => {
    const pace = spec.paceMs ?? 0;
    let next = started + (pace * i) / prepared.length;
    for (const payload of c.bodies) {
      if (pace > 0) {
        await pause(next - performance.now());
        next += pace;
      }
      if (performance.now() >= deadline) return;
      const sent = performance.now();
      const answer = await push(c.token, payload).catch((error: unknown) => ({
        status: 0,
        text: String(error),
      }));
      result.latenciesMs.push(performance.now() - sent);
      result.requests += 1;
      if (answer.status === 200) {
        result.referrals += spec.referralsPerRequest;
        result.events += spec.referralsPerRequest;
      } else {
        result.failures += 1;
        result.firstFailure ??= `${answer.status} ${answer.text.slice(0, 300)}`;
      }
    }
  }),
);
result.elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
result.clientCpuMs = (cpu.user + cpu.system) / 1000;
agent.destroy();
process.stdout.write(`${JSON.stringify(result)}\n`);
