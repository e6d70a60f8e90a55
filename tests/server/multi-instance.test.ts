// @vitest-environment node
/**
 * Two server processes on one PostgreSQL, fed overlapping batches at the same time (the same
 * batch to both, and windows that share half their items): every request succeeds and every
 * referral, event and change is stored exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral, ReferralEvent } from '../../lib/contracts/referral';
import { replaceRoster } from '../../server/repo/roster';
import { createToken } from '../../server/repo/tokens';
import { ROSTER, makeEvent, makeReferral } from '../../support/server/fixtures';
import { startServer, type ServerProcess } from '../../support/server/server-process';
import { POSTGRES_SKIPPED, POSTGRES_TARGET, type TestDatabase } from './helpers/targets';

const DEVICES = 4;
const GROUPS_PER_DEVICE = 120;
const WINDOW = 20;
const STEP = 10;

describe.runIf(POSTGRES_TARGET)('two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let servers: ServerProcess[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    database = await POSTGRES_TARGET!.open();
    await replaceRoster(database.db, ROSTER, [], new Date(), 'test');
    for (let d = 0; d < DEVICES; d++) {
      tokens.push(
        (
          await createToken(
            database.db,
            { role: 'teller', branchId: '0101', staffId: `T10${d}` },
            new Date(),
          )
        ).token,
      );
    }
    servers = await Promise.all([startServer(database.env), startServer(database.env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.cleanup();
  });

  it('stores overlapping concurrent batches exactly once, with no errors', async () => {
    const groups = Array.from({ length: DEVICES }, (_, d) =>
      Array.from({ length: GROUPS_PER_DEVICE }, () => {
        const referral = makeReferral({ referrerStaffId: `T10${d}` });
        return {
          referral,
          events: [
            makeEvent(referral, 1),
            makeEvent(referral, 2, { type: 'note', data: { text: '稍后联系' } }),
          ],
        };
      }),
    );
    const requests: {
      server: ServerProcess;
      token: string;
      body: { referrals: Referral[]; events: ReferralEvent[] };
    }[] = [];
    groups.forEach((deviceGroups, d) => {
      for (let start = 0; start < deviceGroups.length; start += STEP) {
        const window = deviceGroups.slice(start, start + WINDOW);
        const body = {
          referrals: window.map((g) => g.referral),
          events: window.flatMap((g) => g.events),
        };
        for (const server of servers) requests.push({ server, token: tokens[d]!, body });
      }
    });

    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < requests.length) {
          const { server, token, body } = requests[next++]!;
          const res = await fetch(`${server.url}/v1/sync/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
          statuses.push(res.status);
          if (res.status !== 200)
            throw new Error(`push answered ${res.status}: ${await res.text()}`);
        }
      }),
    );
    expect(statuses.length).toBe(requests.length);
    expect(new Set(statuses)).toEqual(new Set([200]));

    const db = database.db.kysely;
    const count = async (table: 'referrals' | 'events' | 'changes') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('referrals')).toBe(DEVICES * GROUPS_PER_DEVICE);
    expect(await count('events')).toBe(DEVICES * GROUPS_PER_DEVICE * 2);
    expect(await count('changes')).toBe(DEVICES * GROUPS_PER_DEVICE);
    const ids = await db.selectFrom('referrals').select('id').execute();
    expect(new Set(ids.map((r) => r.id))).toEqual(new Set(groups.flat().map((g) => g.referral.id)));
    expect(servers.every((s) => s.child.exitCode === null)).toBe(true);
    expect(servers.flatMap((s) => s.output).filter((l) => l.includes('"level":"error"'))).toEqual(
      [],
    );
  }, 60_000);
});

if (!POSTGRES_TARGET) {
  describe('two server instances on one PostgreSQL', () => {
    it.skip(`skipped: ${POSTGRES_SKIPPED ?? 'PostgreSQL unavailable'}`, () => undefined);
  });
}
