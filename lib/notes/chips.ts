/**
 * The discreet notes' choices (../shared/domain.md, 收集优质客户详细信息): chips rather than free
 * text, so a teller can fill them in seconds while serving and nothing identifying gets typed.
 */
export interface ChipLabel {
  zh: string;
  en: string;
}

// 基本资料 basic
export const AGE_BANDS = ['under_30', '30_44', '45_59', '60_plus'] as const;
export const LANGUAGES = ['mandarin', 'cantonese', 'local_dialect', 'english'] as const;
// 特征资料 characteristics
export const LIFE_STAGES = ['single', 'married', 'with_children', 'retired'] as const;
export const RISK_ATTITUDES = ['conservative', 'balanced', 'growth'] as const;
export const INTERESTS = [
  'study_abroad',
  'retirement',
  'children_education',
  'property',
  'travel',
  'health',
  'legacy',
] as const;
// 联络资料 contact
export const CONTACT_CHANNELS = ['phone', 'wechat', 'in_person'] as const;
export const CONTACT_TIMES = ['morning', 'afternoon', 'evening', 'weekend'] as const;
// 职业资料 occupation
export const OCCUPATIONS = [
  'business_owner',
  'civil_servant',
  'doctor_teacher',
  'professional',
  'employee',
  'freelancer',
  'retired',
  'other',
] as const;
// 财富资料 wealth (rough bands, never a figure)
export const ASSET_BANDS = ['under_500k', '500k_3m', '3m_10m', 'over_10m'] as const;
export const PRODUCTS_HELD = [
  'deposits',
  'wealth_products',
  'funds',
  'insurance',
  'bonds',
  'gold',
  'loans',
] as const;

type Labels<T extends readonly string[]> = Readonly<Record<T[number], ChipLabel>>;

export const CHIP_LABELS: {
  ageBand: Labels<typeof AGE_BANDS>;
  language: Labels<typeof LANGUAGES>;
  lifeStage: Labels<typeof LIFE_STAGES>;
  riskAttitude: Labels<typeof RISK_ATTITUDES>;
  interests: Labels<typeof INTERESTS>;
  channels: Labels<typeof CONTACT_CHANNELS>;
  bestTimes: Labels<typeof CONTACT_TIMES>;
  occupation: Labels<typeof OCCUPATIONS>;
  assetBand: Labels<typeof ASSET_BANDS>;
  productsHeld: Labels<typeof PRODUCTS_HELD>;
} = {
  ageBand: {
    under_30: { zh: '30岁以下', en: 'Under 30' },
    '30_44': { zh: '30–44岁', en: '30–44' },
    '45_59': { zh: '45–59岁', en: '45–59' },
    '60_plus': { zh: '60岁及以上', en: '60+' },
  },
  language: {
    mandarin: { zh: '普通话', en: 'Mandarin' },
    cantonese: { zh: '粤语', en: 'Cantonese' },
    local_dialect: { zh: '本地方言', en: 'Local dialect' },
    english: { zh: '英语', en: 'English' },
  },
  lifeStage: {
    single: { zh: '单身', en: 'Single' },
    married: { zh: '已婚', en: 'Married' },
    with_children: { zh: '有子女', en: 'Has children' },
    retired: { zh: '退休', en: 'Retired' },
  },
  riskAttitude: {
    conservative: { zh: '保守', en: 'Conservative' },
    balanced: { zh: '稳健', en: 'Balanced' },
    growth: { zh: '进取', en: 'Growth' },
  },
  interests: {
    study_abroad: { zh: '留学', en: 'Study abroad' },
    retirement: { zh: '养老', en: 'Retirement' },
    children_education: { zh: '子女教育', en: "Children's education" },
    property: { zh: '房产', en: 'Property' },
    travel: { zh: '旅游', en: 'Travel' },
    health: { zh: '健康', en: 'Health' },
    legacy: { zh: '财富传承', en: 'Legacy planning' },
  },
  channels: {
    phone: { zh: '电话', en: 'Phone' },
    wechat: { zh: '微信', en: 'WeChat' },
    in_person: { zh: '面谈', en: 'In person' },
  },
  bestTimes: {
    morning: { zh: '上午', en: 'Morning' },
    afternoon: { zh: '下午', en: 'Afternoon' },
    evening: { zh: '晚上', en: 'Evening' },
    weekend: { zh: '周末', en: 'Weekend' },
  },
  occupation: {
    business_owner: { zh: '企业主', en: 'Business owner' },
    civil_servant: { zh: '公务员', en: 'Civil servant' },
    doctor_teacher: { zh: '医生/教师', en: 'Doctor / teacher' },
    professional: { zh: '专业人士', en: 'Professional' },
    employee: { zh: '企业职员', en: 'Employee' },
    freelancer: { zh: '自由职业', en: 'Freelancer' },
    retired: { zh: '退休', en: 'Retired' },
    other: { zh: '其他', en: 'Other' },
  },
  assetBand: {
    under_500k: { zh: '50万以下', en: 'Under ¥500k' },
    '500k_3m': { zh: '50万–300万', en: '¥500k–3M' },
    '3m_10m': { zh: '300万–1000万', en: '¥3M–10M' },
    over_10m: { zh: '1000万以上', en: 'Over ¥10M' },
  },
  productsHeld: {
    deposits: { zh: '存款', en: 'Deposits' },
    wealth_products: { zh: '理财产品', en: 'Wealth products' },
    funds: { zh: '基金', en: 'Funds' },
    insurance: { zh: '保险', en: 'Insurance' },
    bonds: { zh: '国债', en: 'Bonds' },
    gold: { zh: '贵金属', en: 'Gold' },
    loans: { zh: '贷款', en: 'Loans' },
  },
};

/** The five groups, in the order the form shows them. */
export const NOTE_GROUPS = ['basic', 'characteristics', 'contact', 'occupation', 'wealth'] as const;
export type NoteGroup = (typeof NOTE_GROUPS)[number];
export const NOTE_GROUP_LABELS: Readonly<Record<NoteGroup, ChipLabel>> = {
  basic: { zh: '基本资料', en: 'Basic' },
  characteristics: { zh: '特征资料', en: 'Characteristics' },
  contact: { zh: '联络资料', en: 'Contact' },
  occupation: { zh: '职业资料', en: 'Occupation' },
  wealth: { zh: '财富资料', en: 'Wealth' },
};
