/**
 * No English machine code reaches a zh-CN reader: every zh_CN catalogue string, and every table
 * that turns a code into words (server and sync errors, zod issues in a profile or roster import,
 * specialties, roles, statuses, signals, summaries), is checked with the same rule the e2e walk
 * uses on the live pages (lib/i18n/machine-words.ts).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import zh from '@/public/_locales/zh_CN/messages.json';
import { machineWords } from '@/lib/i18n/machine-words';
import { translate, type MessageKey } from '@/lib/i18n/messages';
import { SERVER_ERROR_CODES } from '@/lib/sync/server-error';
import { errorWords, syncErrorWords } from '@/lib/sync/error-words';
import { issueWords, jsonSyntaxWords } from '@/lib/i18n/issue-words';
import { PROFILE_KEY_WORDS, profileKeyWords } from '@/lib/profile/key-words';
import { ROSTER_KEY_WORDS, rosterKeyWords } from '@/lib/settings/roster-key-words';
import { parseProfileText } from '@/lib/profile/parse';
import { SPECIALTIES, specialtyLabel } from '@/lib/routing/specialties';
import { STAFF_ROLES } from '@/lib/roles';
import { TOKEN_ROLES } from '@/lib/contracts/auth';
import { STATUS_LABELS } from '@/lib/handoffs/status';
import { SIGNAL_KINDS } from '@/lib/signals/kinds';
import { SIGNAL_LABELS } from '@/lib/signals/labels';
import { buildSummary, referralSummary } from '@/lib/handoffs/summary';
import { rosterEntrySchema } from '@/lib/contracts/roster';

const t = (key: MessageKey, ...subs: (string | number)[]) => translate('zh_CN', key, ...subs);

describe('the rule itself', () => {
  it.each([
    ['连接失败：invalid_token', ['invalid_token']],
    ['同步问题：server not reachable', ['server', 'not', 'reachable']],
    ['连接成功：T001（teller，网点 0101）', ['teller']],
    ['擅长 wealth', ['wealth']],
    ['Invalid input: expected 1', ['Invalid', 'input', 'expected']],
    ['不要说 VIP', ['VIP']],
    ['未翻译的键 optionsTitle', ['optionsTitle']],
    ['柜员 T001 · 网点 0101 · 张* · 卡尾 1234', []],
    ['按 Alt+R 推介；导出 Excel (CSV) 或 JSON', []],
    ['字段 › 「amount」 › 选择器', []],
    ['柜面助手 Teller Sidekick', []],
  ])('%s → %j', (text, found) => {
    expect(machineWords(text)).toEqual(found);
  });
});

describe('zh_CN catalogue', () => {
  it.each(Object.entries(zh))('%s', (_key, { message }) => {
    expect(machineWords(message)).toEqual([]);
  });
});

describe('server and sync errors in words', () => {
  it.each(SERVER_ERROR_CODES)('%s', (code) => {
    const text = t('syncFail', errorWords(t, { code, detail: 'invalid_token: token revoked' }));
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(machineWords(text)).toEqual([]);
  });
  it.each(['refused', undefined] as const)('sync problem %s', (code) => {
    expect(machineWords(t('syncError', syncErrorWords(t, code)))).toEqual([]);
  });
});

/** One issue of every code zod 4 raises (the Record makes a new code a compile error here). */
const ISSUES: Record<z.core.$ZodIssue['code'], z.core.$ZodIssue> = {
  invalid_type: {
    code: 'invalid_type',
    expected: 'string',
    input: 3,
    path: ['fields', 'amount', 'selector'],
    message: 'Invalid input: expected string, received number',
  },
  too_big: {
    code: 'too_big',
    origin: 'string',
    maximum: 64,
    inclusive: true,
    path: ['name'],
    message: 'Too big',
  },
  too_small: {
    code: 'too_small',
    origin: 'array',
    minimum: 1,
    inclusive: true,
    path: ['matches'],
    message: 'Too small',
  },
  invalid_format: {
    code: 'invalid_format',
    format: 'regex',
    pattern: '/^a$/',
    path: ['screens', 0, 'id'],
    message: 'Invalid string',
  },
  not_multiple_of: {
    code: 'not_multiple_of',
    divisor: 5,
    path: ['version'],
    message: 'Invalid number',
  },
  unrecognized_keys: {
    code: 'unrecognized_keys',
    keys: ['colour', 'selector'],
    path: ['fields', 'amount'],
    message: 'Unrecognized keys',
  },
  invalid_union: {
    code: 'invalid_union',
    errors: [],
    path: ['clientIdentity'],
    message: 'Invalid input',
  },
  invalid_key: {
    code: 'invalid_key',
    origin: 'record',
    issues: [],
    path: ['fields'],
    message: 'Invalid key',
  },
  invalid_element: {
    code: 'invalid_element',
    origin: 'map',
    key: 'x',
    issues: [],
    path: ['fields'],
    message: 'Invalid element',
  },
  invalid_value: {
    code: 'invalid_value',
    values: ['auto', 'attribute'],
    path: ['fields', 'amount', 'read'],
    message: 'Invalid option: expected one of "auto"|"attribute"',
  },
  custom: {
    code: 'custom',
    path: ['fields', 'pin', 'selector'],
    message: 'binds a PIN/password/CVV field',
  },
};

describe('zod issues in a profile or roster import', () => {
  it.each(Object.entries(ISSUES))('%s', (_code, issue) => {
    for (const keyWords of [profileKeyWords, rosterKeyWords]) {
      const words = issueWords(issue, 'zh_CN', keyWords);
      expect(machineWords(`${words.where}：${words.what}`)).toEqual([]);
      expect(words.what).not.toBe(issue.message);
      // The raw path and zod's message stay available for the details line.
      expect(words.detail).toContain(issue.message);
    }
  });

  it('a missing key and a wrong type are told apart', () => {
    const parsed = parseProfileText(
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        version: '1',
        matches: ['http://a/*'],
        fields: { amount: { selector: 3 } },
      }),
    );
    const lines = parsed.ok
      ? []
      : parsed.errors.map((e) => issueWords(e.issue!, 'zh_CN', profileKeyWords));
    expect(lines).toContainEqual(
      expect.objectContaining({ where: '配置名称', what: '缺少这一项，必须填写' }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ where: '字段 › 「amount」 › 选择器', what: '这里应填文字' }),
    );
  });

  it('the literal schemaVersion, type, empty and size issues of a real profile', () => {
    const parsed = parseProfileText(
      JSON.stringify({
        schemaVersion: 2,
        id: 'x',
        name: '',
        version: 1,
        matches: [],
        fields: { a: { selector: 3 } },
        extra: true,
      }),
    );
    expect(parsed.ok).toBe(false);
    const lines = parsed.ok ? [] : parsed.errors;
    expect(lines.length).toBeGreaterThan(3);
    for (const e of lines) {
      expect(e.issue).toBeDefined();
      const w = issueWords(e.issue!, 'zh_CN', profileKeyWords);
      expect(machineWords(`${w.where}：${w.what}`)).toEqual([]);
    }
  });

  it('a file that is not JSON', () => {
    const w = jsonSyntaxWords('Unexpected token } in JSON at position 3', 'zh_CN', profileKeyWords);
    expect(machineWords(`${w.where}：${w.what}`)).toEqual([]);
  });

  it('roster issues of a real import', () => {
    const parsed = rosterEntrySchema.safeParse({
      staffId: 'M 1',
      name: 3,
      specialties: ['Wealth'],
      bookSize: -1,
      available: 'yes',
    });
    expect(parsed.success).toBe(false);
    for (const issue of parsed.error?.issues ?? []) {
      const w = issueWords(issue, 'zh_CN', rosterKeyWords);
      expect(machineWords(`${w.where}：${w.what}`)).toEqual([]);
    }
  });

  it.each([...Object.entries(PROFILE_KEY_WORDS), ...Object.entries(ROSTER_KEY_WORDS)])(
    'key %s',
    (_key, words) => {
      expect(machineWords(words.zh)).toEqual([]);
    },
  );
});

describe('codes shown as words', () => {
  it.each(SPECIALTIES)('specialty %s', (s) => {
    expect(machineWords(specialtyLabel(s, 'zh'))).toEqual([]);
  });
  it('a specialty the bank made up is quoted as written, not passed off as a word', () => {
    expect(specialtyLabel('mortgage', 'zh')).toBe('「mortgage」');
  });
  it.each(STAFF_ROLES)('staff role %s', (role) => {
    expect(machineWords(t(`role_${role}`))).toEqual([]);
  });
  it.each(TOKEN_ROLES)('token role %s, as the connection test says it', (role) => {
    expect(machineWords(t('syncOk', 'T001', t(`svTokenRole_${role}`), '0101'))).toEqual([]);
  });
  it.each(Object.entries(SIGNAL_LABELS))('signal label %s', (_kind, label) => {
    expect(machineWords(label.zh)).toEqual([]);
  });
  it.each(Object.entries(STATUS_LABELS))('status %s', (_s, label) => {
    expect(machineWords(label.zh)).toEqual([]);
  });
  it.each(SIGNAL_KINDS)('signal %s and its summary', (kind) => {
    expect(machineWords(t(`signal_${kind}`))).toEqual([]);
    const band = { min: 100_000, max: 500_000 };
    expect(
      machineWords(referralSummary({ signals: [{ kind, amountBand: band }] }, 'zh_CN')),
    ).toEqual([]);
  });
});

describe('summaries follow the reader', () => {
  it('a stored referral reads in English for an English reader, whatever the teller wrote', () => {
    const referral = {
      summary: '信号：定期存款、外汇',
      signals: [{ kind: 'time_deposit' as const }, { kind: 'forex' as const }],
    };
    const en = referralSummary(referral, 'en');
    expect(en).toMatch(/^Signals: /);
    expect(en).not.toMatch(/\p{Script=Han}/u);
    expect(referralSummary(referral, 'zh_CN')).toBe('信号：定期存款、外汇');
    expect(referralSummary({ ...referral, summary: 'Signals: x' }, 'zh_CN')).toMatch(/^信号：/);
    expect(buildSummary({ signals: [] }, 'en')).toBe("Teller's judgement (no detected signal)");
  });
});
