import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '@/lib/contracts/audit-api';
import { translate, type Lang, type MessageKey } from '@/lib/i18n/messages';
import { zoneClock } from '@/lib/time/zone-clock';
import { actorText, auditSentence } from '@/lib/supervisor/audit-sentence';

const names = new Map([['CM01', '李经理']]);
const ctx = (lang: Lang) => ({
  t: (key: MessageKey, ...subs: (string | number)[]) => translate(lang, key, ...subs),
  zone: zoneClock('Asia/Shanghai'),
  names,
});
const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1,
  at: '2026-11-20T02:00:00.000Z',
  actor: 'token:800fa9e2607c',
  action: 'referral_log.export',
  details: {},
  ...over,
});
const supervisor = { staffId: 'S001', role: 'supervisor' } as const;

describe('who did it', () => {
  it.each([
    [entry({ actorPerson: supervisor }), 'S001（主管）'],
    [
      entry({ actorPerson: { staffId: 'CM01', role: 'client_manager' } }),
      '李经理 CM01（客户经理）',
    ],
    [
      entry({ actorPerson: { staffId: 'T009', role: 'teller', label: '3 号窗口' } }),
      'T009（柜员 · 3 号窗口）',
    ],
    [entry({ actor: 'cli' }), '服务器管理命令行'],
    [entry({ actor: 'retention' }), '自动清除（保留期限）'],
    [entry({}), '已不在服务器上的令牌'],
  ])('%#: %s', (e, text) => {
    expect(actorText(e, ctx('zh_CN'))).toBe(text);
  });
});

describe('what happened, one sentence per kind of action', () => {
  const exportDetails = {
    format: 'csv',
    lang: 'zh',
    filter: { tier: ['A'] },
    includeContact: false,
    outcome: 'completed',
    rowCount: 2,
    contactRows: 0,
  };
  it.each([
    [
      'referral_log.export',
      exportDetails,
      '导出了 2 条推介：Excel (CSV)，中文表头，不含联系方式，按筛选条件',
    ],
    [
      'referral_log.export',
      {
        ...exportDetails,
        outcome: 'aborted',
        rowCount: 1000,
        filter: { sort: 'createdAt', order: 'desc' },
      },
      '导出中途停止：下载被取消，已写出 1000 条：Excel (CSV)，中文表头，不含联系方式，全部推介',
    ],
    [
      'referral_log.export',
      { ...exportDetails, includeContact: true, contactRows: 3, reason: '客户经理交接' },
      '导出了 2 条推介：Excel (CSV)，中文表头，含客户联系方式，按筛选条件。其中 3 条含联系方式，理由：客户经理交接',
    ],
    [
      'referral_log.export.start',
      { format: 'json', lang: 'en', filter: {} },
      '开始导出推介跟踪表：JSON，英文表头，不含联系方式，全部推介',
    ],
    [
      'retention.purge',
      {
        days: 180,
        cutoff: '2026-05-23T16:00:00.000Z',
        referrals: 4,
        contacts: 2,
        tellerNotes: 1,
        cards: 3,
      },
      '按保留期限 180 天，清除了 2026-05-24 之前推介的个人信息：4 条推介（联系方式 2 条、柜员备注 1 条、卡号尾号 3 条）',
    ],
    ['roster.replace', { managers: 3 }, '更新了客户经理名单：共 3 位客户经理'],
    ['roster.availability', { staffId: 'CM01', available: false }, '李经理 CM01 设为暂停接新推介'],
    [
      'token.create',
      { tokenId: 'abc', role: 'teller', staffId: 'T001' },
      '为 T001（柜员）创建了访问令牌',
    ],
    ['token.revoke', { tokenId: 'abc' }, '撤销了一个访问令牌（持有人已不在服务器上）'],
    ['something.new', { x: 1 }, '其他操作（见详情）'],
  ])('%s %j', (action, details, sentence) => {
    expect(auditSentence(entry({ action, details }), ctx('zh_CN'))).toBe(sentence);
  });

  it('names the holder of the token a token entry is about', () => {
    const e = entry({
      action: 'token.revoke',
      details: { tokenId: 'abc' },
      subjectPerson: { staffId: 'CM01', role: 'client_manager' },
    });
    expect(auditSentence(e, ctx('zh_CN'))).toBe('撤销了 李经理 CM01（客户经理）的访问令牌');
    expect(auditSentence(e, ctx('en'))).toBe(
      'Revoked the access token of 李经理 CM01 (client manager)',
    );
  });

  it('in zh-CN, no sentence or actor carries a code such as token:… or key=value', () => {
    const all = [
      'referral_log.export',
      'referral_log.export.start',
      'retention.purge',
      'token.create',
      'token.revoke',
      'roster.replace',
      'roster.availability',
      'privacy.legacy_text_scrub',
      'handoff.replaced',
      'unknown.kind',
    ].map((action) => entry({ action, details: exportDetails }));
    for (const e of all) {
      const text = auditSentence(e, ctx('zh_CN')) + actorText(e, ctx('zh_CN'));
      expect(text).not.toMatch(/token:|=|_[a-z]|[a-z]\.[a-z]/);
    }
  });
});
