/**
 * The supervisor page's filter form as data, and the query strings it becomes for the log, its
 * stats and its export. The form holds plain strings; `checkFilters` validates them with the
 * shared contract so a bad field is shown beside the field instead of sent to the server.
 */
import {
  referralLogFiltersSchema,
  type ExportFormat,
  type ExportLang,
  type LogSort,
  type ReferralLogFilters,
  type SortOrder,
} from '@/lib/contracts/referral-log';
import type { ReferralStatus } from '@/lib/contracts/referral';
import type { SignalKind, Tier } from '@/lib/signals/kinds';

export interface LogFilterForm {
  from: string;
  to: string;
  referrer: string;
  manager: string;
  status: ReferralStatus[];
  signal: SignalKind[];
  tier: Tier[];
  q: string;
}

export interface LogSortState {
  sort: LogSort;
  order: SortOrder;
}

export const EMPTY_FILTERS: LogFilterForm = {
  from: '',
  to: '',
  referrer: '',
  manager: '',
  status: [],
  signal: [],
  tier: [],
  q: '',
};

export const DEFAULT_SORT: LogSortState = { sort: 'createdAt', order: 'desc' };

export type FilterCheck =
  | { ok: true; filters: ReferralLogFilters; params: URLSearchParams }
  | { ok: false; fields: (keyof LogFilterForm)[] };

/** The non-empty fields as query parameters (lists comma-separated). */
function rawParams(form: LogFilterForm): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const key of ['from', 'to', 'referrer', 'manager', 'q'] as const) {
    const value = form[key].trim();
    if (value) raw[key] = value;
  }
  for (const key of ['status', 'signal', 'tier'] as const) {
    if (form[key].length) raw[key] = form[key].join(',');
  }
  return raw;
}

export function checkFilters(form: LogFilterForm): FilterCheck {
  const raw = rawParams(form);
  const parsed = referralLogFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => String(i.path[0]) as keyof LogFilterForm);
    return { ok: false, fields: [...new Set(fields)] };
  }
  return { ok: true, filters: parsed.data, params: new URLSearchParams(raw) };
}

function withExtra(params: URLSearchParams, extra: Record<string, string | number | undefined>) {
  const out = new URLSearchParams(params);
  for (const [key, value] of Object.entries(extra))
    if (value !== undefined) out.set(key, String(value));
  return out;
}

/** A page of the log; `withTotal: false` once the table knows the total (the count is costly). */
export function logPageParams(
  filters: URLSearchParams,
  sort: LogSortState,
  page: { offset: number; limit: number; withTotal?: boolean },
): URLSearchParams {
  return withExtra(filters, {
    sort: sort.sort,
    order: sort.order,
    limit: page.limit,
    offset: page.offset > 0 ? page.offset : undefined,
    total: page.withTotal === false ? 'false' : undefined,
  });
}

export interface ExportChoice {
  format: ExportFormat;
  lang: ExportLang;
  /** Set only when the supervisor asked for contact details and gave a reason. */
  contactReason?: string;
}

export function exportParams(
  filters: URLSearchParams,
  sort: LogSortState,
  choice: ExportChoice,
): URLSearchParams {
  const reason = choice.contactReason?.trim();
  return withExtra(filters, {
    sort: sort.sort,
    order: sort.order,
    format: choice.format,
    lang: choice.lang,
    includeContact: reason ? 'true' : undefined,
    reason: reason || undefined,
  });
}
