// Types for biz-types.js (plain ES module served to the browser as-is).
export interface Currency {
  code: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'JPY' | 'GBP';
  zh: string;
}
export interface FieldOption {
  value: string;
  text: string;
}
export interface FieldDef {
  zh: string;
  en: string;
  kind: 'text' | 'amount' | 'select' | 'password';
  options?: FieldOption[];
  placeholder?: string;
  noBlank?: boolean;
  wide?: boolean;
  medium?: boolean;
}
export type FieldKey =
  | 'account'
  | 'amount'
  | 'currency'
  | 'term'
  | 'payee'
  | 'payeeBank'
  | 'sellCurrency'
  | 'buyCurrency'
  | 'grams'
  | 'purpose'
  | 'loanContract'
  | 'productCode'
  | 'boxSize'
  | 'lossType'
  | 'lossMedium'
  | 'remarks'
  | 'pin';
export interface BizType {
  /** 4-digit business type code, the <option value>. */
  code: string;
  /** zh-CN label, the <option> text. */
  zh: string;
  en: string;
  /** Menu group (现金业务, 储蓄业务 …). */
  group: string;
  /** Type-specific field keys. */
  extra: FieldKey[];
  /** false = no amount/currency/大写/remarks (balance inquiry). */
  common: boolean;
}
export const CURRENCIES: Currency[];
export const FIELDS: Record<FieldKey, FieldDef>;
export const BIZ_TYPES: BizType[];
export const DEFAULT_BIZ_TYPE: string;
export function findBizType(code: string): BizType | undefined;
export function fieldKeysFor(code: string): FieldKey[];
