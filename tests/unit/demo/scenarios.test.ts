import { describe, expect, it } from 'vitest';
import { BIZ_TYPES, FIELDS, fieldKeysFor, findBizType } from '../../../demo/public/biz-types.js';
import { parseAmount } from '../../../demo/public/amount.js';
import { SCENARIOS, findScenario } from '../../../demo/public/scenarios.js';

/** The business types of the DOM contract: option value → option text. */
const CONTRACT_BIZ_TYPES: [string, string][] = [
  ['0101', '现金存款'],
  ['0103', '现金取款'],
  ['0201', '活期存款'],
  ['0102', '定期整存整取'],
  ['0301', '跨行汇款(汇划)'],
  ['0302', '境外汇款'],
  ['0401', '外币兑换'],
  ['0402', '外汇买卖'],
  ['0403', '账户黄金买卖'],
  ['0501', '存款证明开立'],
  ['0601', '贷款还款'],
  ['0602', '个人贷款申请'],
  ['0701', '基金申购'],
  ['0702', '保险代理销售'],
  ['0703', '国债认购'],
  ['0801', '保管箱租用'],
  ['0901', '挂失(存单/存折/卡)'],
  ['1001', '账户余额查询'],
];

const LEVELS = ['普通', '金卡', '白金', '钻石', '私人银行'];

describe('business types', () => {
  it('offers exactly the business types of the contract', () => {
    expect(BIZ_TYPES.map((b) => [b.code, b.zh]).sort()).toEqual([...CONTRACT_BIZ_TYPES].sort());
  });

  it.each([
    ['0102', ['存期']],
    ['0301', ['收款人', '收款行']],
    ['0302', ['收款人', '收款行']],
    ['0401', ['卖出币种', '买入币种']],
    ['0402', ['卖出币种', '买入币种']],
    ['0403', ['克数']],
    ['0501', ['用途']],
    ['0601', ['贷款合同号']],
    ['0602', ['贷款合同号']],
    ['0701', ['产品代码']],
    ['0702', ['产品代码']],
    ['0703', ['产品代码']],
    ['0801', ['箱型']],
    ['0901', ['挂失类型', '挂失介质']],
  ])('%s shows its own fields %j besides the common ones', (code, labels) => {
    const shown = fieldKeysFor(code).map((k) => FIELDS[k].zh);
    expect(shown).toEqual(['卡号/账号', '金额', '币种', ...labels, '备注', '交易密码']);
  });

  it('shows no amount line for the balance inquiry', () => {
    expect(fieldKeysFor('1001').map((k) => FIELDS[k].zh)).toEqual(['卡号/账号', '交易密码']);
  });
});

describe('scenarios', () => {
  it('have unique ids', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s is well-formed', (_id, s) => {
    expect(s.id).toMatch(/^[a-z0-9-]+$/);
    expect(s.title).not.toBe('');
    expect(s.titleEn).not.toBe('');
    const biz = findBizType(s.form.bizType);
    expect(biz).toBeDefined();
    expect(LEVELS).toContain(s.client.level);
    expect(s.client.cardFull).toMatch(/^\d{16,19}$/);
    expect(s.client.cardMasked).toBe(
      `${s.client.cardFull.slice(0, 4)} **** **** ${s.client.cardFull.slice(-4)}`,
    );
    expect(s.client.idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(s.client.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const keys = fieldKeysFor(s.form.bizType);
    if (biz?.common) {
      expect(parseAmount(String(s.form.amount)).ok).toBe(true);
      const currency = FIELDS.currency.options?.map((o) => o.value);
      expect(currency).toContain(s.form.currency);
    }
    for (const [key, value] of Object.entries(s.form.extra)) {
      expect(keys, `${key} is not a field of ${s.form.bizType}`).toContain(key);
      const options = FIELDS[key as keyof typeof FIELDS].options;
      if (options) expect(options.map((o) => o.value)).toContain(value);
    }
  });

  it.each([
    ['time-deposit-vip', '0102', 600000, '普通', { term: '1年' }],
    ['cash-small', '0103', 2000, '普通', {}],
    ['diamond-existing', '0201', 30000, '钻石', {}],
    ['forex-usd', '0401', 150000, '普通', { sellCurrency: 'USD', buyCurrency: 'CNY' }],
    ['deposit-cert-study', '0501', 500000, '普通', { purpose: '留学' }],
    ['loss-report-large', '0901', 800000, '普通', { lossType: '正式挂失', lossMedium: '存单' }],
    ['fund-purchase', '0701', 120000, '金卡', {}],
    ['safe-box', '0801', 600, '普通', { boxSize: '中' }],
    ['gold-trading', '0403', 280000, '普通', { grams: '500' }],
    ['remittance-large', '0301', 1500000, '金卡', {}],
    ['loan-repayment', '0601', 85000, '普通', {}],
    ['hostile-remarks', '0101', 50000, '普通', {}],
  ])('the contract scenario %s exists as described', (id, bizType, amount, level, extra) => {
    const s = findScenario(id);
    expect(s?.form.bizType).toBe(bizType);
    expect(s?.form.amount).toBe(amount);
    expect(s?.client.level).toBe(level);
    expect(s?.form.extra).toMatchObject(extra);
  });

  it('puts the other bank’s VIP card in the time-deposit remarks', () => {
    expect(findScenario('time-deposit-vip')?.form.remarks).toBe('客户出示他行VIP卡');
  });

  it('exchanges US dollars in forex-usd', () => {
    expect(findScenario('forex-usd')?.form.currency).toBe('USD');
  });

  it('carries markup and a script breakout in the hostile remarks', () => {
    const remarks = findScenario('hostile-remarks')?.form.remarks ?? '';
    expect(remarks).toContain('<img src=x onerror=alert(1)>');
    expect(remarks).toContain('"><script>');
  });

  it('covers every business type with at least one scenario', () => {
    const used = new Set(SCENARIOS.map((s) => s.form.bizType));
    expect(BIZ_TYPES.filter((b) => !used.has(b.code)).map((b) => b.code)).toEqual([]);
  });
});
