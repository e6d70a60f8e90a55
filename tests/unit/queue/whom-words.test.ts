import { describe, expect, it } from 'vitest';
import { translate, type Lang, type MessageKey } from '@/lib/i18n/messages';
import { clientWords, isWaiting, waitedWords } from '@/lib/queue/whom-words';

const tr =
  (lang: Lang) =>
  (key: MessageKey, ...subs: (string | number)[]) =>
    translate(lang, key, ...subs);

describe('clientWords', () => {
  it.each([
    [{ clientInitial: '张*', cardLast4: '1234' }, 'zh_CN', '张* · 卡尾 1234'],
    [{ clientInitial: '张*' }, 'zh_CN', '张*'],
    [{ cardLast4: '1234' }, 'zh_CN', '卡尾 1234'],
    [{}, 'zh_CN', '未关联客户'],
    [{ clientInitial: 'W*', cardLast4: '1234' }, 'en', 'W* · card ending 1234'],
    [{}, 'en', 'Client not linked'],
  ] as const)('%j in %s → %s', (r, lang, words) => {
    expect(clientWords(r, tr(lang))).toBe(words);
  });
});

describe('waitedWords', () => {
  const since = '2026-12-02T01:00:00.000Z';
  const at = (minutes: number) => Date.parse(since) + minutes * 60_000;
  it.each([
    [-3, 'zh_CN', '不到 1 分钟'],
    [0.5, 'zh_CN', '不到 1 分钟'],
    [6, 'zh_CN', '6 分钟'],
    [6.9, 'zh_CN', '6 分钟'],
    [65, 'zh_CN', '1 小时 5 分钟'],
    [6, 'en', '6 min'],
    [125, 'en', '2 h 5 min'],
  ] as const)('%s min in %s → %s', (minutes, lang, words) => {
    expect(waitedWords(since, at(minutes), tr(lang))).toBe(words);
  });
});

describe('isWaiting', () => {
  it.each([
    [{ followUp: { channel: 'meet_now' }, status: 'new' }, true],
    [{ followUp: { channel: 'meet_now' }, status: 'contacted' }, false],
    [{ followUp: { channel: 'phone' }, status: 'new' }, false],
    [{ status: 'new' }, false],
    [{ followUp: { channel: 'meet_now' }, status: 'new', undoneAt: '2026-12-02T01:00:00Z' }, false],
  ] as const)('%j → %s', (r, waiting) => {
    expect(isWaiting(r)).toBe(waiting);
  });
});
