/**
 * Times that come from a device (a referral's createdAt/updatedAt, an event's at) are only as good
 * as the counter PC's clock. A time more than `maxAheadMs` ahead of the server's clock, or before
 * `earliest` (before any branch used this product), is refused: a 2099 referral would sit at the
 * top of the log and never reach the retention cutoff. The server's own receive time is stored
 * beside it either way (referrals.received_at), and retention goes by the later of the two.
 */
export interface DeviceTimePolicy {
  /** How far a device's clock may run ahead of the server's (default 10 minutes). */
  maxAheadMs: number;
  /** No device time before this instant is plausible. */
  earliest: Date;
}

export const DEFAULT_DEVICE_TIME_POLICY: DeviceTimePolicy = {
  maxAheadMs: 10 * 60_000,
  earliest: new Date('2024-01-01T00:00:00.000Z'),
};

const minutes = (ms: number) => Math.round(ms / 60_000);

/** Why `iso` (named `field`) cannot be a real device time now, or undefined when it can. */
export function implausibleDeviceTime(
  field: string,
  iso: string,
  now: Date,
  policy: DeviceTimePolicy,
): string | undefined {
  const at = Date.parse(iso);
  const ahead = at - now.getTime();
  if (ahead > policy.maxAheadMs)
    return `${field} is ${minutes(ahead)} min ahead of the server's clock (at most ${minutes(policy.maxAheadMs)} min allowed): check this computer's date and time`;
  if (at < policy.earliest.getTime())
    return `${field} is before ${policy.earliest.toISOString().slice(0, 10)}: check this computer's date and time`;
  return undefined;
}
