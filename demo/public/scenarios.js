// Client scenarios a tester can load in one click (or with ?scenario=<id>[&submit=1]).
// All people and numbers are fictitious.

const client = (name, cardFull, level, idMasked, phoneMasked) => ({
  name,
  cardMasked: `${cardFull.slice(0, 4)} **** **** ${cardFull.slice(-4)}`,
  cardFull,
  level,
  idMasked,
  phoneMasked,
});

const form = (bizType, amount, currency, remarks, extra = {}) => ({
  bizType,
  amount,
  currency,
  remarks,
  pin: '402816',
  extra,
});

export const SCENARIOS = [
  {
    id: 'time-deposit-vip',
    title: '定期整存整取60万元，客户出示他行VIP卡',
    titleEn: '¥600,000 1-year time deposit; client shows another bank’s VIP card',
    client: client('张伟', '6222021234567891234', '普通', '110101********1234', '138****5678'),
    form: form('0102', 600000, 'CNY', '客户出示他行VIP卡', { term: '1年' }),
  },
  {
    id: 'cash-small',
    title: '现金取款2,000元（普通客户）',
    titleEn: '¥2,000 cash withdrawal, ordinary client',
    client: client('王秀英', '6217001234567890123', '普通', '320102********2046', '139****1122'),
    form: form('0103', 2000, 'CNY', ''),
  },
  {
    id: 'diamond-existing',
    title: '钻石客户活期存款3万元',
    titleEn: 'Diamond client, ¥30,000 demand deposit',
    client: client('陈志强', '6228481234567896789', '钻石', '440301********5531', '136****8890'),
    form: form('0201', 30000, 'CNY', ''),
  },
  {
    id: 'forex-usd',
    title: '外币兑换：美元15万元结汇为人民币',
    titleEn: 'Currency exchange: USD 150,000 → CNY',
    client: client('刘洋', '6222021234500004321', '普通', '310104********0817', '137****2468'),
    form: form('0401', 150000, 'USD', '个人结汇', { sellCurrency: 'USD', buyCurrency: 'CNY' }),
  },
  {
    id: 'deposit-cert-study',
    title: '开立存款证明50万元（留学）',
    titleEn: '¥500,000 deposit certificate for study abroad',
    client: client('杨静', '6217001234500007788', '普通', '510107********3326', '135****4411'),
    form: form('0501', 500000, 'CNY', '子女赴英国留学', { purpose: '留学' }),
  },
  {
    id: 'loss-report-large',
    title: '存单正式挂失80万元',
    titleEn: 'Formal loss report of an ¥800,000 certificate of deposit',
    client: client('赵敏', '6228481234500002580', '普通', '330106********7742', '158****3309'),
    form: form('0901', 800000, 'CNY', '存单遗失，昨日已电话口头挂失', {
      lossType: '正式挂失',
      lossMedium: '存单',
    }),
  },
  {
    id: 'fund-purchase',
    title: '基金申购12万元',
    titleEn: '¥120,000 fund purchase',
    client: client('黄磊', '6222021234500001357', '金卡', '420106********1953', '186****7020'),
    form: form('0701', 120000, 'CNY', '', { productCode: 'JX0032' }),
  },
  {
    id: 'safe-box',
    title: '租用中型保管箱',
    titleEn: 'Medium safe-deposit box rental',
    client: client('周婷', '6217001234500009753', '普通', '120103********6608', '152****9176'),
    form: form('0801', 600, 'CNY', '年租金', { boxSize: '中' }),
  },
  {
    id: 'gold-trading',
    title: '账户黄金买入500克（28万元）',
    titleEn: 'Paper gold: buy 500 g (¥280,000)',
    client: client('吴刚', '6228481234500003141', '普通', '370102********2219', '133****6501'),
    form: form('0403', 280000, 'CNY', '', { grams: '500' }),
  },
  {
    id: 'remittance-large',
    title: '跨行汇款150万元',
    titleEn: '¥1,500,000 interbank remittance',
    client: client('徐丽', '6222021234500002718', '金卡', '330102********4480', '189****2233'),
    form: form('0301', 1500000, 'CNY', '购房款', {
      payee: '徐明',
      payeeBank: '建设银行杭州西湖支行',
    }),
  },
  {
    id: 'loan-repayment',
    title: '个人贷款还款8.5万元',
    titleEn: '¥85,000 personal loan repayment',
    client: client('孙浩', '6217001234500006174', '普通', '210102********9035', '131****5587'),
    form: form('0601', 85000, 'CNY', '提前部分还款', { loanContract: 'GR2023-0101-004518' }),
  },
  {
    id: 'hostile-remarks',
    title: '备注含恶意脚本（安全测试）',
    titleEn: 'Remarks containing hostile markup (security test)',
    client: client('郑凯', '6228481234500001618', '普通', '500103********3372', '150****6644'),
    form: form(
      '0101',
      50000,
      'CNY',
      "<img src=x onerror=alert(1)> \"><script>alert('xss')</script>",
    ),
  },
  {
    id: 'cash-deposit-large',
    title: '大额现金存款20万元',
    titleEn: '¥200,000 cash deposit',
    client: client('何军', '6222021234500008642', '普通', '610103********1206', '153****7731'),
    form: form('0101', 200000, 'CNY', ''),
  },
  {
    id: 'gold-card-client',
    title: '金卡客户小额现金存款',
    titleEn: 'Gold-card client, small cash deposit',
    client: client('林芳', '6225881234561111', '金卡', '350102********0524', '159****0808'),
    form: form('0101', 5000, 'CNY', ''),
  },
  {
    id: 'overseas-remittance',
    title: '境外汇款5万美元（学费）',
    titleEn: 'Overseas remittance USD 50,000 (tuition)',
    client: client('郭晓东', '6217001234500004455', '白金', '110105********6637', '138****0099'),
    form: form('0302', 50000, 'USD', '学费', {
      payee: 'University of Manchester',
      payeeBank: 'HSBC UK Manchester',
    }),
  },
  {
    id: 'forex-trading',
    title: '外汇买卖：卖出美元2万买入欧元',
    titleEn: 'Forex trading: sell USD 20,000 for EUR',
    client: client('马超', '6228481234500005566', '普通', '230103********8812', '182****4560'),
    form: form('0402', 20000, 'USD', '', { sellCurrency: 'USD', buyCurrency: 'EUR' }),
  },
  {
    id: 'loan-application',
    title: '个人消费贷款申请30万元',
    titleEn: '¥300,000 personal loan application',
    client: client('韩雪', '6222021234500007070', '普通', '130102********2741', '135****1357'),
    form: form('0602', 300000, 'CNY', '装修', { loanContract: 'GR2024-0101-000731' }),
  },
  {
    id: 'insurance-sale',
    title: '代销保险10万元',
    titleEn: '¥100,000 insurance (agency sale)',
    client: client('曹敏', '6217001234500003030', '白金', '410105********5563', '177****2468'),
    form: form('0702', 100000, 'CNY', '', { productCode: 'BX2207' }),
  },
  {
    id: 'treasury-bond',
    title: '私人银行客户认购储蓄国债5万元',
    titleEn: 'Private-banking client, ¥50,000 savings bond',
    client: client('邓华', '6228481234500009191', '私人银行', '440104********0019', '139****6060'),
    form: form('0703', 50000, 'CNY', '', { productCode: 'GZ2403' }),
  },
  {
    id: 'balance-inquiry',
    title: '账户余额查询（无信号）',
    titleEn: 'Balance inquiry (no signal)',
    client: client('彭亮', '6222021234500005151', '普通', '360102********4418', '155****3030'),
    form: { bizType: '1001', pin: '402816', extra: {} },
  },
];

export function findScenario(id) {
  return SCENARIOS.find((s) => s.id === id);
}
