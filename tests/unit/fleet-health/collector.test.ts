/**
 * Selector health on the device: what the collector makes of the tab states, and the report
 * schema that lets only the profile's field names and counts leave the device.
 */
import { describe, expect, it } from 'vitest';
import type { LiveDetection, TabState } from '@/lib/detect/live-detection';
import { createHealthCollector } from '@/lib/fleet-health/collector';
import { buildHealthReport } from '@/lib/fleet-health/report';
import { healthReportSchemaFor } from '@/lib/contracts/fleet-health';
import { demoProfile } from '@/lib/profile/builtin/demo';

const profile = { ...demoProfile, transactionComplete: { text: '交易成功' } };

function tab(
  tabId: number,
  d: Partial<LiveDetection>,
  fields: Record<string, string | null> = {},
): TabState {
  const detection = {
    clientPresent: true,
    tier: null,
    reasons: [],
    signals: [],
    retentionRisk: false,
    existingPremium: false,
    transactionComplete: false,
    missingRequired: [],
    paused: false,
    confidence: 1,
    clientKey: 'k',
    profileVersion: 'demo@1.0.0',
    updatedAt: 0,
    ...d,
  } satisfies LiveDetection;
  const frame = { fields, missing: [], transactionComplete: false, profileVersion: 'x', at: 0 };
  return { tabId, frames: { '0': frame }, softCues: [], detection, updatedAt: 0 };
}

const allFields = Object.fromEntries(
  Object.keys(profile.fields).map((f) => [f, '张三 6222 **** 3445']),
);

describe('fleet health collector', () => {
  it('counts missing required fields and pauses, once per pause', () => {
    const c = createHealthCollector();
    c.observe(tab(1, { missingRequired: ['clientLevel'] }, allFields), profile);
    c.observe(tab(1, { missingRequired: ['clientLevel'], paused: true }, allFields), profile);
    c.observe(tab(1, { missingRequired: ['clientLevel'], paused: true }, allFields), profile);
    const out = c.take();
    expect(out.observations).toBe(3);
    expect(out.problems).toEqual([
      { problem: 'missing', field: 'clientLevel', count: 3 },
      { problem: 'paused', count: 1 },
    ]);
    // A healthy interval reports no problems.
    c.observe(tab(1, { visitId: 'v1' }, allFields), profile);
    expect(c.take().problems).toEqual([]);
  });

  it('an optional field never found while a client is on screen is degraded', () => {
    const c = createHealthCollector();
    const { amount: _gone, ...withoutAmount } = allFields;
    c.observe(tab(1, {}, withoutAmount), profile);
    c.observe(tab(1, { clientPresent: false }, {}), profile);
    expect(c.take().problems).toEqual([{ problem: 'degraded', field: 'amount', count: 1 }]);
  });

  it('completion cue never seen over several visits', () => {
    const c = createHealthCollector();
    for (const v of ['a', 'b', 'c']) c.observe(tab(1, { visitId: v }, allFields), profile);
    expect(c.take().problems).toEqual([{ problem: 'completion_never_seen', count: 3 }]);
    for (const v of ['a', 'b', 'c'])
      c.observe(tab(1, { visitId: v, transactionComplete: v === 'b' }, allFields), profile);
    expect(c.take().problems).toEqual([]);
  });

  it('the report carries no page value: only profile field names and counts get through', () => {
    const c = createHealthCollector();
    c.observe(tab(1, { missingRequired: ['clientLevel'] }, allFields), profile);
    const counts = c.take();
    const report = buildHealthReport({
      deviceId: '5b0f3c1e-8f0a-4c55-9a77-3f9b2a1d0c11',
      profileSource: 'inline',
      profile,
      ...counts,
    });
    expect(report).toBeDefined();
    expect(JSON.stringify(report)).not.toMatch(/张三|6222|3445/);

    const schema = healthReportSchemaFor(Object.keys(profile.fields));
    const refused = [
      { ...report, problems: [{ problem: 'missing', field: 'surname', count: 1 }] },
      { ...report, problems: [{ problem: 'missing', field: 'amount', count: 1, value: '500000' }] },
      { ...report, problems: [{ problem: 'missing', field: 'amount', count: '500000' }] },
      { ...report, values: { amount: '500000' } },
      { ...report, profile: { id: 'demo', label: '6222020200112233445' } },
    ];
    for (const r of refused) expect(schema.safeParse(r).success).toBe(false);
    // buildHealthReport drops what the schema refuses instead of sending it.
    expect(
      buildHealthReport({
        deviceId: '5b0f3c1e-8f0a-4c55-9a77-3f9b2a1d0c11',
        profileSource: 'inline',
        profile,
        observations: 1,
        visits: 1,
        problems: [{ problem: 'missing', field: 'surname', count: 1 }],
      }),
    ).toBeUndefined();
  });
});

describe('fleet problems in words', () => {
  it('zh-CN first: branch, profile version, field, devices and since', async () => {
    const { problemWords } = await import('@/lib/fleet-health/problem-words');
    const { translate } = await import('@/lib/i18n/messages');
    const group = {
      branchId: '0101',
      profileLabel: '2026.12-2',
      problem: 'missing' as const,
      field: 'amount',
      devices: 5,
      since: '2026-12-01T02:32:00.000Z',
      lastSeenAt: '2026-12-01T03:00:00.000Z',
    };
    const zh = problemWords(
      (k, ...s) => translate('zh_CN', k, ...s),
      group,
      () => '10:32',
    );
    expect(zh).toBe('网点 0101，终端配置 2026.12-2：字段“amount”在 5 台设备上缺失，自 10:32 起');
    const en = problemWords(
      (k, ...s) => translate('en', k, ...s),
      { ...group, problem: 'paused' },
      () => '10:32',
    );
    expect(en).toBe('Branch 0101, profile 2026.12-2: detection paused on 5 devices since 10:32');
  });
});
