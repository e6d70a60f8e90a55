/**
 * The terminal profile's own keys (docs/terminal-profiles.md) in words, so an import error can say
 * where the bad value is ("字段「amount」的选择器") instead of a JSON path. A key not listed here
 * is a name the bank chose (a field, a screen id) and is shown quoted, as written.
 */
type Words = { zh: string; en: string };

export const PROFILE_KEY_WORDS: Readonly<Record<string, Words>> = {
  schemaVersion: { zh: '格式版本号', en: 'format version' },
  name: { zh: '配置名称', en: 'profile name' },
  version: { zh: '配置版本', en: 'profile version' },
  matches: { zh: '适用网址', en: 'terminal addresses' },
  fields: { zh: '字段', en: 'fields' },
  selector: { zh: '选择器', en: 'selector' },
  selectors: { zh: '选择器列表', en: 'selectors' },
  label: { zh: '标签文字', en: 'label text' },
  labels: { zh: '标签列表', en: 'labels' },
  labelFrom: { zh: '标签来源', en: 'label source' },
  labelCase: { zh: '标签大小写', en: 'label case' },
  frame: { zh: '所在框架', en: 'frame' },
  read: { zh: '读取方式', en: 'read mode' },
  attribute: { zh: '属性名', en: 'attribute name' },
  required: { zh: '是否必填', en: 'required flag' },
  mask: { zh: '遮蔽方式', en: 'mask mode' },
  neverRead: { zh: '禁止读取', en: 'never-read list' },
  screens: { zh: '画面', en: 'screens' },
  id: { zh: '编号', en: 'id' },
  url: { zh: '网址', en: 'address' },
  marker: { zh: '画面标志', en: 'screen marker' },
  text: { zh: '文字', en: 'text' },
  field: { zh: '字段名', en: 'field name' },
  kind: { zh: '信号类型', en: 'signal type' },
  kinds: { zh: '信号类型', en: 'signal types' },
  codes: { zh: '代码', en: 'codes' },
  pattern: { zh: '匹配式', en: 'pattern' },
  flags: { zh: '匹配选项', en: 'pattern options' },
  weak: { zh: '弱匹配', en: 'weak match' },
  premiumLevels: { zh: '贵宾等级', en: 'premium levels' },
  remarksRules: { zh: '备注规则', en: 'remark rules' },
  businessTypes: { zh: '业务类型', en: 'business types' },
  businessType: { zh: '业务类型', en: 'business type' },
  businessTypeDefaults: { zh: '业务类型默认值', en: 'business type defaults' },
  transactionComplete: { zh: '交易完成标志', en: 'transaction-complete marker' },
  endsVisit: { zh: '结束本次来访', en: 'ends the visit' },
  emptyValues: { zh: '空值写法', en: 'empty values' },
  defaultCurrency: { zh: '默认币种', en: 'default currency' },
  decimalCommaCurrencies: { zh: '逗号作小数点的币种', en: 'decimal-comma currencies' },
  clientIdentity: { zh: '客户识别', en: 'client identity' },
  carryAcrossScreens: { zh: '跨画面沿用', en: 'carried across screens' },
};

export function profileKeyWords(key: string, lang: 'zh' | 'en'): string | undefined {
  return Object.hasOwn(PROFILE_KEY_WORDS, key) ? PROFILE_KEY_WORDS[key]?.[lang] : undefined;
}
