/**
 * Suggests a client manager for a referral and says why: available now first, then the best
 * specialty fit for the client's signals, then the lightest book; managers whose book is full
 * come last ("book full"). The teller can always pick someone else.
 */
import type { RosterEntry } from '../contracts/roster';
import type { LiveSignal } from '../detect/live-detection';
import type { SignalKind } from '../signals/kinds';
import { SIGNAL_SPECIALTIES, specialtyLabel } from './specialties';

export interface Reason {
  zh: string;
  en: string;
}

export interface ManagerSuggestion {
  manager: RosterEntry;
  /** 1 = suggested. */
  rank: number;
  available: boolean;
  full: boolean;
  /** The manager's specialties that fit the signals, best fit first. */
  matchedSpecialties: string[];
  /** Signals (of those given) that one of the manager's specialties serves. */
  matchedSignals: number;
  /** Clients the book can still take (0 when full). */
  capacityLeft: number;
  reasons: Reason[];
}

const load = (m: RosterEntry) =>
  m.capacity > 0 ? m.bookSize / m.capacity : Number.POSITIVE_INFINITY;

function assess(
  manager: RosterEntry,
  kinds: readonly SignalKind[],
): Omit<ManagerSuggestion, 'rank'> {
  const own = new Set(manager.specialties);
  const fits = kinds.map((kind) => SIGNAL_SPECIALTIES[kind].filter((s) => own.has(s)));
  const matchedSpecialties = [...new Set(fits.flat())];
  const capacityLeft = Math.max(0, manager.capacity - manager.bookSize);
  const full = capacityLeft === 0;
  const reasons: Reason[] = [];
  if (full) reasons.push({ zh: '客户已满', en: 'Book full' });
  reasons.push(
    manager.available
      ? { zh: '现在有空', en: 'Available now' }
      : { zh: '暂不在岗', en: 'Not available now' },
  );
  if (matchedSpecialties.length > 0) {
    reasons.push({
      zh: `擅长${matchedSpecialties.map((s) => specialtyLabel(s, 'zh')).join('、')}`,
      en: `Specialty: ${matchedSpecialties.map((s) => specialtyLabel(s, 'en')).join(', ')}`,
    });
  }
  if (!full)
    reasons.push({
      zh: `还可接 ${capacityLeft} 位客户`,
      en: `Room for ${capacityLeft} more clients`,
    });
  return {
    manager,
    available: manager.available,
    full,
    matchedSpecialties,
    matchedSignals: fits.filter((f) => f.length > 0).length,
    capacityLeft,
    reasons,
  };
}

function compare(a: Omit<ManagerSuggestion, 'rank'>, b: Omit<ManagerSuggestion, 'rank'>): number {
  return (
    Number(a.full) - Number(b.full) ||
    Number(b.available) - Number(a.available) ||
    b.matchedSignals - a.matchedSignals ||
    load(a.manager) - load(b.manager) ||
    b.capacityLeft - a.capacityLeft ||
    a.manager.staffId.localeCompare(b.manager.staffId)
  );
}

/**
 * Ranks every manager of the roster (best first). `signals` may be the live signals or their
 * kinds. The roster has no working hours, so "available now" is the roster's `available` flag.
 */
export function suggestManager(
  roster: readonly RosterEntry[],
  signals: readonly (SignalKind | LiveSignal)[],
): ManagerSuggestion[] {
  const kinds = [...new Set(signals.map((s) => (typeof s === 'string' ? s : s.kind)))];
  return roster
    .map((m) => assess(m, kinds))
    .sort(compare)
    .map((s, i) => ({ ...s, rank: i + 1 }));
}
