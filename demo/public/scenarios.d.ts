// Types for scenarios.js (plain ES module served to the browser as-is).
import type { FieldKey } from './biz-types.js';

export type ClientLevel = '普通' | '金卡' | '白金' | '钻石' | '私人银行';
export interface ScenarioClient {
  name: string;
  /** As the client panel shows it: "6222 **** **** 1234". */
  cardMasked: string;
  /** As typed into 卡号/账号 after a card swipe. */
  cardFull: string;
  level: ClientLevel;
  idMasked: string;
  phoneMasked: string;
}
export interface ScenarioForm {
  bizType: string;
  /** Typed into 金额 (absent for 1001 账户余额查询). */
  amount?: number;
  currency?: string;
  remarks?: string;
  /** Typed into 交易密码: a honeypot that the extension must never read. */
  pin: string;
  /** Type-specific fields by key (option values for selects). */
  extra: Partial<Record<FieldKey, string>>;
}
export interface Scenario {
  id: string;
  title: string;
  titleEn: string;
  client: ScenarioClient;
  form: ScenarioForm;
}
export const SCENARIOS: Scenario[];
export function findScenario(id: string): Scenario | undefined;
