import { describe, expect, it } from 'vitest';
import {
  checkFilters,
  DEFAULT_SORT,
  EMPTY_FILTERS,
  exportParams,
  logPageParams,
  type LogFilterForm,
} from '@/lib/supervisor/log-query';
import { reasonProblem } from '@/lib/supervisor/contact-reason';

const form = (over: Partial<LogFilterForm>): LogFilterForm => ({ ...EMPTY_FILTERS, ...over });

describe('checkFilters', () => {
  it.each<[string, Partial<LogFilterForm>, string]>([
    ['nothing set', {}, ''],
    ['dates', { from: '2026-03-01', to: '2026-03-31' }, 'from=2026-03-01&to=2026-03-31'],
    [
      'lists are comma-separated',
      { status: ['new', 'met'], tier: ['A'] },
      'status=new%2Cmet&tier=A',
    ],
    ['blank text is left out', { referrer: '  ', q: ' 定期 ' }, 'q=%E5%AE%9A%E6%9C%9F'],
  ])('%s', (_name, over, query) => {
    const check = checkFilters(form(over));
    expect(check.ok && check.params.toString()).toBe(query);
  });

  it.each<[string, Partial<LogFilterForm>, string[]]>([
    ['start after end', { from: '2026-04-01', to: '2026-03-01' }, ['to']],
    ['a card number in the search', { q: '卡号 6222021234' }, ['q']],
    ['a staff id with spaces', { referrer: 'T 001' }, ['referrer']],
  ])('refuses %s and names the field', (_name, over, fields) => {
    const check = checkFilters(form(over));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.fields).toEqual(fields);
  });
});

describe('query strings', () => {
  const filters = new URLSearchParams('tier=A');
  it('a log page carries sort, order, limit and (after the first page) the offset', () => {
    expect(logPageParams(filters, DEFAULT_SORT, { offset: 0, limit: 500 }).toString()).toBe(
      'tier=A&sort=createdAt&order=desc&limit=500',
    );
    expect(
      logPageParams(filters, { sort: 'status', order: 'asc' }, { offset: 1000, limit: 500 }).get(
        'offset',
      ),
    ).toBe('1000');
  });

  it('a page fetched once the table has the total tells the server to skip the count', () => {
    const later = logPageParams(filters, DEFAULT_SORT, {
      offset: 500,
      limit: 500,
      withTotal: false,
    });
    expect(later.get('total')).toBe('false');
    const first = logPageParams(filters, DEFAULT_SORT, { offset: 0, limit: 500, withTotal: true });
    expect(first.has('total')).toBe(false);
  });

  it('an export asks for contact details only together with the reason', () => {
    const plain = exportParams(filters, DEFAULT_SORT, { format: 'csv', lang: 'zh' });
    expect(plain.has('includeContact')).toBe(false);
    expect(plain.has('reason')).toBe(false);
    const withReason = exportParams(filters, DEFAULT_SORT, {
      format: 'json',
      lang: 'en',
      contactReason: ' 季度回访名单 ',
    });
    expect(withReason.get('includeContact')).toBe('true');
    expect(withReason.get('reason')).toBe('季度回访名单');
    expect(withReason.get('format')).toBe('json');
  });
});

describe('reasonProblem (why contact details are exported)', () => {
  it.each([
    ['', 'short'],
    ['回访', 'short'],
    ['    ', 'short'],
    ['季度回访名单', undefined],
    ['call back 13800138000', 'unsafe'],
    ['Q3 follow-up calls', undefined],
  ])('%j → %s', (reason, problem) => {
    expect(reasonProblem(reason)).toBe(problem);
  });
});
