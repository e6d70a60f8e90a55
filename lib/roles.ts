/** Roles of the people who use the extension (../shared/domain.md). */
export const STAFF_ROLES = [
  'cash_teller', // 现金柜员
  'non_cash_teller', // 非现金柜员
  'lobby_manager', // 大堂经理
  'client_manager', // 客户经理
  'supervisor', // 主管
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
