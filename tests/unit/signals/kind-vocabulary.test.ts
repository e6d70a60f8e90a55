import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { businessTypeKinds } from '../../../lib/detect/business-type';
import {
  businessRulesOf,
  DEFAULT_BUSINESS_RULES,
} from '../../../lib/detect/default-business-rules';
import { SIGNAL_KINDS, type SignalKind } from '../../../lib/signals/kinds';
import {
  KIND_VOCABULARY,
  KINDS_WITHOUT_BUSINESS_NAMES,
} from '../../../lib/signals/kind-vocabulary';
import { renderKindDocs } from '../../../scripts/kind-docs';

const DOC = join(import.meta.dirname, '../../../docs/terminals/business-kinds.md');
const without: readonly SignalKind[] = KINDS_WITHOUT_BUSINESS_NAMES;

describe('the business-name vocabulary', () => {
  it.each(SIGNAL_KINDS.filter((kind) => !without.includes(kind)))(
    '%s has Chinese and English names',
    (kind) => {
      const groups = KIND_VOCABULARY.filter((group) => group.kinds.includes(kind));
      expect(groups.flatMap((group) => group.zh).length).toBeGreaterThan(0);
      expect(groups.flatMap((group) => group.en).length).toBeGreaterThan(0);
    },
  );

  it('gives no name to a card shown or a teller impression', () => {
    const kinds = KIND_VOCABULARY.flatMap((group) => group.kinds);
    expect(kinds.filter((kind) => without.includes(kind))).toEqual([]);
  });

  it('lists every name once, and no kind twice in a group', () => {
    const names = KIND_VOCABULARY.flatMap((group) => [...group.zh, ...group.en]).map((name) =>
      name.normalize('NFKC').toLowerCase(),
    );
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    for (const group of KIND_VOCABULARY) expect(new Set(group.kinds).size).toBe(group.kinds.length);
  });

  it('becomes rules longest name first', () => {
    const lengths = DEFAULT_BUSINESS_RULES.map((rule) => rule.labels[0]?.length ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

/** Business names as terminals show them → the kinds they mean, with the defaults alone. */
const realNames: [string, SignalKind[]][] = [
  ['个人大额存单购买', ['time_deposit']],
  ['定期整存整取开户', ['time_deposit']],
  ['零存整取续存', ['time_deposit']],
  ['定活两便存款', ['time_deposit']],
  ['七天通知存款支取', ['time_deposit']],
  ['整存零取', ['time_deposit']],
  ['存本取息开户', ['time_deposit']],
  ['结构性存款认购', ['investment']],
  ['理财产品购买', ['investment']],
  ['基金定投签约', ['investment']],
  ['基金申购', ['investment']],
  ['储蓄国债(凭证式)认购', ['investment']],
  ['电子式国债购买', ['investment']],
  ['代理保险销售', ['investment']],
  ['保险箱租用', ['safe_deposit_box']],
  ['保管箱开箱', ['safe_deposit_box']],
  ['个人结售汇', ['forex']],
  ['外币兑换', ['forex']],
  ['外汇买卖', ['gold_forex_trading']],
  ['跨境汇款', ['remittance', 'forex']],
  ['境外汇款汇出', ['remittance', 'forex']],
  ['国际汇款', ['remittance', 'forex']],
  ['外汇汇款', ['remittance', 'forex']],
  ['电汇', ['remittance']],
  ['跨行汇款', ['remittance']],
  ['实物黄金购买', ['gold_forex_trading']],
  ['积存金定投', ['gold_forex_trading']],
  ['纸黄金', ['gold_forex_trading']],
  ['存款证明开立', ['deposit_certificate']],
  ['资信证明', ['deposit_certificate']],
  ['定期存款证明', ['deposit_certificate']],
  ['大额存单挂失', ['large_deposit_loss']],
  ['存折挂失', ['large_deposit_loss']],
  ['个人贷款还款', ['loan']],
  ['提前还款', ['loan']],
  ['现金存款', ['large_cash']],
  ['大额现金支取', ['large_cash']],
  ['活期存款', ['demand_deposit']],
  ['理财咨询', ['wealth_enquiry']],
  ['０１０２　定期存款', ['time_deposit']],
  ['International Wire', ['remittance', 'forex']],
  ['INTERNATIONAL WIRE TRANSFER - OUTGOING', ['remittance', 'forex']],
  ['Foreign Wire Transfer', ['remittance', 'forex']],
  ['Domestic Wire', ['remittance']],
  ['Outgoing Wire', ['remittance']],
  ['Certificate of Deposit Renewal', ['time_deposit']],
  ['CD Open - 12 Month', ['time_deposit']],
  ['Fixed Deposit Placement', ['time_deposit']],
  ['Safe Deposit Box Rental', ['safe_deposit_box']],
  ['Mutual Fund Purchase', ['investment']],
  ['Annuity Contribution', ['investment']],
  ['Treasury Bond Purchase', ['investment']],
  ['Foreign Exchange', ['forex']],
  ['FX Trading', ['gold_forex_trading']],
  ['Cash Withdrawal', ['large_cash']],
  ['Mortgage Payment', ['loan']],
  ['Lost Card Report', ['large_deposit_loss']],
  ['Checking Deposit', ['demand_deposit']],
  ['Gold Card Application', []],
  ['ABCD Fee', []],
  ['Balance Inquiry', []],
  ['余额查询', []],
  ['密码重置', []],
  ['存款', []],
];

describe('real business names → kinds', () => {
  it.each(realNames)('%s → %j', (name, kinds) => {
    expect(businessTypeKinds(name, DEFAULT_BUSINESS_RULES)).toEqual(kinds);
  });
});

describe('defaults and the profile’s own rules', () => {
  const own = [{ kind: 'demand_deposit' as const, codes: [], labels: ['存款'] }];

  it('uses the defaults only when the profile asks', () => {
    expect(businessRulesOf({ businessTypes: own })).toBe(own);
    expect(businessTypeKinds('跨境汇款', businessRulesOf({ businessTypes: own }))).toEqual([]);
    const rules = businessRulesOf({ businessTypes: own, businessTypeDefaults: true });
    expect(businessTypeKinds('跨境汇款', rules)).toEqual(['remittance', 'forex']);
  });

  it('lets the profile’s rules win, even a short label', () => {
    const rules = businessRulesOf({ businessTypes: own, businessTypeDefaults: true });
    expect(businessTypeKinds('定期存款证明', rules)).toEqual(['demand_deposit']);
    expect(businessTypeKinds('大额存单', rules)).toEqual(['time_deposit']);
  });
});

describe('docs/terminals/business-kinds.md', () => {
  /** Prettier may re-pad the table: compare the text with runs of spaces and dashes folded. */
  const fold = (text: string): string =>
    text
      .split('\n')
      .map((line) => line.replace(/-{3,}/g, '---').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');

  it('is the vocabulary (regenerate with npx tsx scripts/gen-kind-docs.ts)', () => {
    expect(fold(readFileSync(DOC, 'utf8'))).toBe(fold(renderKindDocs()));
  });
});
