/** Injected time source: tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** ISO string in UTC, the form every sortable time column uses. */
export function toUtcIso(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}
