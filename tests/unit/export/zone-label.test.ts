import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/export/csv';
import { exportFileName } from '../../../lib/export/file-name';
import { zoneClock } from '../../../lib/time/zone-clock';
import { utcOffsetsText, zoneLabel } from '../../../lib/time/zone-label';
import { logRow } from './fixtures';

const WINTER = Date.parse('2026-12-01T12:00:00Z');

describe('zoneLabel: the branch zone in words', () => {
  it.each([
    ['Asia/Shanghai', 'zh', '北京时间 UTC+8'],
    ['Asia/Shanghai', 'en', 'Beijing time, UTC+8'],
    ['PRC', 'zh', '北京时间 UTC+8'],
    ['America/New_York', 'zh', '北美东部时间 UTC-5/-4'],
    ['America/New_York', 'en', 'Eastern Time, UTC-5/-4'],
    ['Europe/London', 'en', 'United Kingdom Time, UTC+0/+1'],
    ['Asia/Kolkata', 'en', 'India Standard Time, UTC+5:30'],
    ['UTC', 'zh', 'UTC+0'],
  ] as const)('%s in %s is %s', (zone, lang, label) => {
    expect(zoneLabel(zone, lang, WINTER)).toBe(label);
  });

  it('gives the winter offset first, also south of the equator', () => {
    expect(utcOffsetsText('Australia/Sydney', 2026)).toBe('UTC+10/+11');
  });
});

/**
 * One export, made by a process whose own zone is New York, London or Shanghai: the file's times,
 * header and name date are the branch's (Shanghai) whatever the process zone. The process zone is
 * injected as a clock, the way a browser on a PC in that zone would format "local" time.
 */
describe('an export in the branch zone, whatever the PC zone', () => {
  // 16:30Z on 1 Dec is already 2 Dec in Shanghai, still 1 Dec in New York and London.
  const createdAt = '2026-12-01T16:30:00.000Z';
  const branch = zoneClock('Asia/Shanghai');
  it.each([
    ['America/New_York', '2026-12-01 11:30'],
    ['Europe/London', '2026-12-01 16:30'],
    ['Asia/Shanghai', '2026-12-02 00:30'],
  ])('a PC in %s (its own clock says %s) still gets Shanghai times', (pcZone, pcTime) => {
    const pc = zoneClock(pcZone);
    expect(pc.localDateTime(Date.parse(createdAt))).toBe(pcTime);
    const text = toCsv([logRow({ createdAt })], {
      lang: 'zh',
      zone: branch,
      withContact: false,
      atMs: Date.parse(createdAt),
    });
    const [row] = parse<Record<string, string>>(text, { bom: true, columns: true });
    expect(row?.['推介时间（北京时间 UTC+8）']).toBe('2026-12-02 00:30');
    const name = exportFileName('0101', branch.localDate(Date.parse(createdAt)), 'csv');
    expect(name.unicode).toBe('推介跟踪表_0101_2026-12-02.csv');
  });

  it('follows the branch across daylight saving time when the branch has it', () => {
    const london = zoneClock('Europe/London');
    const summer = toCsv([logRow({ createdAt: '2026-07-01T08:00:00.000Z' })], {
      lang: 'en',
      zone: london,
      withContact: false,
      atMs: Date.parse('2026-07-01T08:00:00.000Z'),
    });
    const [row] = parse<Record<string, string>>(summer, { bom: true, columns: true });
    expect(row?.['Date and time (United Kingdom Time, UTC+0/+1)']).toBe('2026-07-01 09:00');
  });
});
