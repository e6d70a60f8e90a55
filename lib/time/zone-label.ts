/**
 * A time zone in words, for headers and notices: 北京时间 UTC+8 / Beijing time, UTC+8. A zone with
 * daylight saving time gives both offsets (英国时间 UTC+0/+1), since one file or page may hold
 * times from either side of the change.
 */
import { zoneClock } from './zone-clock';

export type ZoneLabelLang = 'zh' | 'en';

/** IANA names of mainland China's single zone, old and new. */
const BEIJING = new Set([
  'Asia/Shanghai',
  'Asia/Chongqing',
  'Asia/Chungking',
  'Asia/Harbin',
  'PRC',
]);

function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / 60_000;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** 'UTC+8', or 'UTC-5/-4' for a zone that changes in `year` (winter offset first). */
export function utcOffsetsText(timeZone: string, year: number): string {
  const zone = zoneClock(timeZone);
  const january = zone.offsetAt(Date.UTC(year, 0, 15, 12));
  const july = zone.offsetAt(Date.UTC(year, 6, 15, 12));
  if (january === july) return `UTC${offsetText(january)}`;
  const [winter, summer] = january < july ? [january, july] : [july, january];
  return `UTC${offsetText(winter)}/${offsetText(summer)}`;
}

function genericName(timeZone: string, lang: ZoneLabelLang): string {
  if (BEIJING.has(timeZone)) return lang === 'zh' ? '北京时间' : 'Beijing time';
  try {
    const name = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
      timeZone,
      timeZoneName: 'longGeneric',
    })
      .formatToParts(new Date(Date.UTC(2026, 0, 15, 12)))
      .find((p) => p.type === 'timeZoneName')?.value;
    // Zones without a name come back as an offset ("GMT+00:00"): the IANA name says more.
    return name && !/^(GMT|UTC)/.test(name) ? name : timeZone;
  } catch {
    return timeZone;
  }
}

/** '北京时间 UTC+8' · 'Beijing time, UTC+8' · '北美东部时间 UTC-5/-4'. `atMs` picks the year. */
export function zoneLabel(timeZone: string, lang: ZoneLabelLang, atMs: number): string {
  const year = new Date(atMs + zoneClock(timeZone).offsetAt(atMs)).getUTCFullYear();
  const offsets = utcOffsetsText(timeZone, year);
  const name = genericName(timeZone, lang);
  if (name === timeZone && /^(Etc\/)?(UTC|GMT)$/.test(timeZone)) return offsets;
  return lang === 'zh' ? `${name} ${offsets}` : `${name}, ${offsets}`;
}

/** '推介时间（北京时间 UTC+8）' · 'Date and time (Beijing time, UTC+8)'. */
export function withZone(header: string, label: string, lang: ZoneLabelLang): string {
  return lang === 'zh' ? `${header}（${label}）` : `${header} (${label})`;
}
