// Business types (交易类型) of the teller terminal and the fields each one shows.
// Labels are the only stable hook into the form: ids are regenerated on every render.

export const CURRENCIES = [
  { code: 'CNY', zh: '人民币' },
  { code: 'USD', zh: '美元' },
  { code: 'EUR', zh: '欧元' },
  { code: 'HKD', zh: '港币' },
  { code: 'JPY', zh: '日元' },
  { code: 'GBP', zh: '英镑' },
];

const currencyOptions = CURRENCIES.map((c) => ({ value: c.code, text: `${c.zh} ${c.code}` }));
const plain = (...texts) => texts.map((t) => ({ value: t, text: t }));

/** Every field the form can show, keyed by a name used only inside the demo's own code. */
export const FIELDS = {
  account: {
    zh: '卡号/账号',
    en: 'Card / Account No.',
    kind: 'text',
    placeholder: '请刷卡或输入账号',
    wide: true,
    medium: true,
  },
  amount: { zh: '金额', en: 'Amount', kind: 'amount', placeholder: '0.00' },
  currency: { zh: '币种', en: 'Currency', kind: 'select', options: currencyOptions, noBlank: true },
  term: {
    zh: '存期',
    en: 'Term',
    kind: 'select',
    options: plain('3个月', '6个月', '1年', '2年', '3年', '5年'),
  },
  payee: { zh: '收款人', en: 'Payee', kind: 'text' },
  payeeBank: { zh: '收款行', en: 'Payee bank', kind: 'text' },
  sellCurrency: { zh: '卖出币种', en: 'Sell currency', kind: 'select', options: currencyOptions },
  buyCurrency: { zh: '买入币种', en: 'Buy currency', kind: 'select', options: currencyOptions },
  grams: { zh: '克数', en: 'Grams', kind: 'text', placeholder: '克' },
  purpose: { zh: '用途', en: 'Purpose', kind: 'select', options: plain('留学', '签证', '其他') },
  loanContract: { zh: '贷款合同号', en: 'Loan contract', kind: 'text' },
  productCode: { zh: '产品代码', en: 'Product code', kind: 'text' },
  boxSize: { zh: '箱型', en: 'Box size', kind: 'select', options: plain('小', '中', '大') },
  lossType: {
    zh: '挂失类型',
    en: 'Loss report type',
    kind: 'select',
    options: plain('口头挂失', '正式挂失'),
  },
  lossMedium: {
    zh: '挂失介质',
    en: 'Medium',
    kind: 'select',
    options: plain('存单', '存折', '银行卡'),
  },
  remarks: { zh: '备注', en: 'Remarks', kind: 'text', wide: true },
  pin: { zh: '交易密码', en: 'PIN', kind: 'password', placeholder: '请客户在密码键盘输入' },
};

const t = (code, zh, en, group, extra = [], common = true) => ({
  code,
  zh,
  en,
  group,
  extra,
  common,
});

/** In menu order. `extra` lists the type-specific field keys; `common: false` = no amount line. */
export const BIZ_TYPES = [
  t('0101', '现金存款', 'Cash deposit', '现金业务'),
  t('0103', '现金取款', 'Cash withdrawal', '现金业务'),
  t('0201', '活期存款', 'Demand deposit', '储蓄业务'),
  t('0102', '定期整存整取', 'Time deposit', '储蓄业务', ['term']),
  t('0301', '跨行汇款(汇划)', 'Interbank remittance', '汇款结算', ['payee', 'payeeBank']),
  t('0302', '境外汇款', 'Overseas remittance', '汇款结算', ['payee', 'payeeBank']),
  t('0401', '外币兑换', 'Currency exchange', '外汇与贵金属', ['sellCurrency', 'buyCurrency']),
  t('0402', '外汇买卖', 'Forex trading', '外汇与贵金属', ['sellCurrency', 'buyCurrency']),
  t('0403', '账户黄金买卖', 'Paper gold trading', '外汇与贵金属', ['grams']),
  t('0501', '存款证明开立', 'Deposit certificate', '证明与挂失', ['purpose']),
  t('0901', '挂失(存单/存折/卡)', 'Loss report', '证明与挂失', ['lossType', 'lossMedium']),
  t('0601', '贷款还款', 'Loan repayment', '个人贷款', ['loanContract']),
  t('0602', '个人贷款申请', 'Personal loan application', '个人贷款', ['loanContract']),
  t('0701', '基金申购', 'Fund purchase', '代理业务', ['productCode']),
  t('0702', '保险代理销售', 'Insurance (agency)', '代理业务', ['productCode']),
  t('0703', '国债认购', 'Treasury bond subscription', '代理业务', ['productCode']),
  t('0801', '保管箱租用', 'Safe-deposit box rental', '其他业务', ['boxSize']),
  t('1001', '账户余额查询', 'Balance inquiry', '查询', [], false),
];

export const DEFAULT_BIZ_TYPE = '0101';

export function findBizType(code) {
  return BIZ_TYPES.find((b) => b.code === code);
}

/** Field keys shown for a business type, in screen order (the 大写金额 line follows `currency`). */
export function fieldKeysFor(code) {
  const biz = findBizType(code);
  if (!biz) return [];
  if (!biz.common) return ['account', 'pin'];
  return ['account', 'amount', 'currency', ...biz.extra, 'remarks', 'pin'];
}
