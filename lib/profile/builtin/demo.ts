import type { TerminalProfile } from '../schema';

const CLIENT_FRAME = '#client-frame';

/**
 * The built-in profile for the demo teller terminal (demo/, DOM contract in the demo's docs).
 * Most fields are found by their visible label, because the demo — like many legacy
 * terminals — regenerates field ids on every re-render. Validated by tests/unit/engine.
 */
export const demoProfile: TerminalProfile = {
  schemaVersion: 1,
  id: 'demo',
  name: '演示柜面系统 Demo teller terminal',
  version: '1.0.0',
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  fields: {
    businessType: { selector: '#biz-type', read: 'value', required: true },
    accountNumber: { label: '卡号/账号', read: 'value', required: false },
    amount: { label: '金额', read: 'value', required: false },
    currency: { label: '币种', read: 'selectedText', required: false },
    amountWords: {
      selector: '.amount-words output',
      label: '大写金额',
      read: 'text',
      required: false,
    },
    remarks: { label: '备注', read: 'value', required: false },
    term: { label: '存期', read: 'selectedText', required: false },
    purpose: { label: '用途', read: 'selectedText', required: false },
    lossType: { label: '挂失类型', read: 'selectedText', required: false },
    lossMedium: { label: '挂失介质', read: 'selectedText', required: false },
    clientName: { label: '客户姓名', frame: CLIENT_FRAME, read: 'text', required: true },
    cardNumber: { label: '卡号', frame: CLIENT_FRAME, read: 'text', required: false },
    clientLevel: { label: '客户等级', frame: CLIENT_FRAME, read: 'text', required: true },
    idNumber: { label: '证件号码', frame: CLIENT_FRAME, read: 'text', required: false },
    phone: { label: '联系电话', frame: CLIENT_FRAME, read: 'text', required: false },
  },
  clientIdentity: ['cardNumber', 'idNumber', 'clientName'],
  premiumLevels: ['金卡', '白金', '钻石', '私人银行'],
  businessTypes: [
    { kind: 'large_cash', codes: ['0101', '0103'], labels: ['现金存款', '现金取款'] },
    { kind: 'time_deposit', codes: ['0102'], labels: ['定期整存整取'] },
    { kind: 'demand_deposit', codes: ['0201'], labels: ['活期存款'] },
    { kind: 'remittance', codes: ['0301', '0302'], labels: ['跨行汇款', '境外汇款'] },
    { kind: 'forex', codes: ['0401'], labels: ['外币兑换'] },
    { kind: 'gold_forex_trading', codes: ['0402', '0403'], labels: ['外汇买卖', '账户黄金买卖'] },
    { kind: 'deposit_certificate', codes: ['0501'], labels: ['存款证明'] },
    { kind: 'loan', codes: ['0601', '0602'], labels: ['贷款还款', '个人贷款申请'] },
    {
      kind: 'investment',
      codes: ['0701', '0702', '0703'],
      labels: ['基金申购', '保险代理销售', '国债认购'],
    },
    { kind: 'safe_deposit_box', codes: ['0801'], labels: ['保管箱租用'] },
    { kind: 'large_deposit_loss', codes: ['0901'], labels: ['挂失'] },
  ],
  remarksRules: [
    {
      kind: 'premium_card',
      pattern: '他行\\s*VIP|VIP\\s*卡|贵宾卡|白金卡|金卡|钻石卡|黑金卡|无限卡|私人银行卡',
      flags: 'i',
      fields: ['remarks'],
    },
    {
      kind: 'wealth_enquiry',
      pattern: '理财|高端|财富管理|私人银行|资产配置',
      flags: 'i',
      fields: ['remarks'],
    },
  ],
  transactionComplete: { selector: 'section.receipt', text: '交易成功' },
  decimalCommaCurrencies: [],
  emptyValues: ['—', '-', '--', '无', 'N/A'],
  neverRead: { selectors: ['input[type=password]'], labels: ['交易密码'] },
};
