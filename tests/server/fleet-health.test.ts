// @vitest-environment node
/**
 * Fleet health: devices report counts and profile field names; the server aggregates per branch
 * and profile version, counting each device once, "since" the first report of the problem, and
 * clears a device's problem when it reports healthy. Supervisors see their branch, admins all.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReport } from '../../lib/contracts/fleet-health';
import { demoProfile } from '../../lib/profile/builtin/demo';
import { BRANCH, OTHER_BRANCH } from '../../support/server/fixtures';
import { makeHarness, type Harness, type Person } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const MINUTE = 60_000;

function report(deviceId: string, overrides: Partial<HealthReport> = {}): HealthReport {
  return {
    deviceId,
    extensionVersion: '0.1.0',
    profileSource: 'inline',
    profile: { id: 'demo', label: '2026.12-2' },
    observations: 40,
    visits: 6,
    problems: [{ problem: 'missing', field: 'amount', count: 12 }],
    ...overrides,
  };
}

describe.each(DB_TARGETS)('fleet health on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  const send = (as: Person, body: unknown) => h.call('POST', '/v1/fleet/health', { as, body });
  const overview = async (as: Person = 'supervisor', query = '') => {
    const res = await h.call('GET', `/v1/fleet${query}`, { as });
    expect(res.status).toBe(200);
    return res.json as {
      devices: { deviceId: string; problems: number; profileLabel?: string }[];
      problems: {
        branchId: string;
        profileLabel: string;
        problem: string;
        field?: string;
        devices: number;
        since: string;
      }[];
    };
  };
  const devices = Array.from({ length: 5 }, () => randomUUID());

  it('counts each device once, since the first report, per branch and profile version', async () => {
    const firstAt = h.clock.now().toISOString();
    for (const id of devices) expect((await send('teller', report(id))).status).toBe(200);
    h.clock.advance(5 * MINUTE);
    // The same devices report again: still 5 devices, still since the first report.
    for (const id of devices) expect((await send('teller', report(id))).status).toBe(200);
    await send('otherTeller', report(randomUUID()));

    const { problems, devices: listed } = await overview();
    expect(problems).toEqual([
      expect.objectContaining({
        branchId: BRANCH,
        profileLabel: '2026.12-2',
        problem: 'missing',
        field: 'amount',
        devices: 5,
        since: firstAt,
      }),
    ]);
    expect(listed).toHaveLength(5);
    expect(listed.every((d) => d.problems === 1 && d.profileLabel === '2026.12-2')).toBe(true);
  });

  it('a device reporting healthy is cleared; a new problem starts its own "since"', async () => {
    await send('teller', report(devices[0]!, { problems: [] }));
    h.clock.advance(MINUTE);
    const pausedAt = h.clock.now().toISOString();
    await send(
      'teller',
      report(devices[1]!, {
        problems: [
          { problem: 'missing', field: 'amount', count: 3 },
          { problem: 'paused', count: 2 },
        ],
      }),
    );
    const { problems, devices: listed } = await overview();
    expect(problems.find((p) => p.field === 'amount')?.devices).toBe(4);
    expect(problems.find((p) => p.problem === 'paused')).toMatchObject({
      devices: 1,
      since: pausedAt,
    });
    expect(listed.find((d) => d.deviceId === devices[0])?.problems).toBe(0);
  });

  it('a report with no observations (a quiet counter) keeps the device’s problems', async () => {
    await send('teller', report(devices[4]!, { observations: 0, visits: 0, problems: [] }));
    const { problems } = await overview();
    expect(problems.find((p) => p.field === 'amount')?.devices).toBe(4);
  });

  it('a new profile version on a device is a new problem, not the old one carried on', async () => {
    h.clock.advance(MINUTE);
    const at = h.clock.now().toISOString();
    await send('teller', report(devices[2]!, { profile: { id: 'demo', label: '2026.12-3' } }));
    const { problems } = await overview();
    expect(problems.find((p) => p.profileLabel === '2026.12-3')).toMatchObject({
      devices: 1,
      since: at,
    });
    expect(
      problems.find((p) => p.profileLabel === '2026.12-2' && p.field === 'amount')?.devices,
    ).toBe(3);
  });

  it('devices not heard from for a day drop out of the counts', async () => {
    h.clock.advance(25 * 60 * MINUTE);
    await send('teller', report(devices[3]!));
    const { problems } = await overview();
    expect(problems).toEqual([expect.objectContaining({ field: 'amount', devices: 1 })]);
  });

  it('supervisors see their branch only; admins every branch; tellers nothing', async () => {
    h.clock.advance(MINUTE);
    await send('otherTeller', report(randomUUID()));
    expect((await overview('supervisor')).problems.map((p) => p.branchId)).toEqual([BRANCH]);
    expect((await overview('admin')).problems.map((p) => p.branchId).sort()).toEqual([
      BRANCH,
      OTHER_BRANCH,
    ]);
    expect(
      (await overview('admin', `?branch=${OTHER_BRANCH}`)).problems.map((p) => p.branchId),
    ).toEqual([OTHER_BRANCH]);
    expect(
      (await h.call('GET', `/v1/fleet?branch=${OTHER_BRANCH}`, { as: 'supervisor' })).status,
    ).toBe(403);
    expect((await h.call('GET', '/v1/fleet', { as: 'teller' })).status).toBe(403);
  });

  it('a report cannot carry a page value: strict shape, field names only, counts only', async () => {
    const id = randomUUID();
    const refusals: unknown[] = [
      report(id, { problems: [{ problem: 'missing', field: '6222020200112233445', count: 1 }] }),
      report(id, {
        problems: [{ problem: 'missing', field: 'amount', count: 1, value: '¥500,000' } as never],
      }),
      report(id, { problems: [{ problem: 'paused', count: 1, field: 'amount' } as never] }),
      { ...report(id), fields: { amount: '500000' } },
      report(id, { profile: { id: 'demo', label: '张三 6222020200112233445' } }),
      report(id, { problems: [{ problem: 'missing', field: 'amount', count: 1.5 }] }),
    ];
    for (const body of refusals) expect((await send('teller', body)).status).toBe(400);
  });

  it('for a profile the server stored, only that profile’s field names are accepted', async () => {
    const pushed = await h.call('POST', '/v1/config', {
      as: 'admin',
      body: { kind: 'profile', scope: BRANCH, config: demoProfile },
    });
    const serverVersion = Number(pushed.json.version);
    const id = randomUUID();
    const base = {
      profileSource: 'server' as const,
      profile: { id: 'demo', label: '1.0.0', serverVersion },
    };
    const unknown = await send(
      'teller',
      report(id, { ...base, problems: [{ problem: 'missing', field: 'surname', count: 1 }] }),
    );
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.json)).toContain('problems.0.field');
    const known = await send('teller', report(id, { ...base, tieringVersion: 7 }));
    expect(known.status).toBe(200);
    const listed = (await overview()).devices.find((d) => d.deviceId === id);
    expect(listed).toMatchObject({
      profileSource: 'server',
      profileVersion: serverVersion,
      tieringVersion: 7,
      staffId: 'T001',
    });
  });
});
