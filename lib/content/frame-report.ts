/**
 * What a frame sends to the background: the fields it found, with identity numbers masked here,
 * in the page's frame, before anything leaves it (never a full card, account, ID or phone number).
 * Amounts and business types go as read: the background turns them into signals and bands and
 * keeps them only in memory.
 */
import type { Extraction } from '../profile/extract';
import type { TerminalProfile } from '../profile/schema';
import type { FrameReportMessage } from '../messaging/protocol-map';
import { maskDigitRuns, maskInitial, maskLast4, maskModeFor } from '../detect/mask';

/** The `terminal:frame-report` message, as the receiver's schema infers it. */
export type FrameReportPayload = FrameReportMessage;

const MAX_VALUE = 500;

export function maskForReport(key: string, value: string, profile: TerminalProfile): string {
  switch (maskModeFor(key, profile.fields[key]?.mask)) {
    case 'last4':
      return maskLast4(value);
    case 'initial':
      return maskInitial(value);
    case 'band':
      return value.slice(0, MAX_VALUE);
    case 'text':
      return maskDigitRuns(value).slice(0, MAX_VALUE);
  }
}

export function buildFrameReport(
  extraction: Extraction,
  profile: TerminalProfile,
): FrameReportPayload {
  const fields: Record<string, string | null> = {};
  for (const [key, field] of Object.entries(extraction.fields)) {
    if (!field.found || field.refused) continue;
    fields[key] = field.value === null ? null : maskForReport(key, field.value, profile);
  }
  return {
    type: 'terminal:frame-report',
    fields,
    missing: extraction.missing.slice(0, 64),
    transactionComplete: extraction.transactionComplete,
    profileVersion: `${profile.id}@${profile.version}`.slice(0, 64),
    ...(extraction.screen ? { screen: extraction.screen } : {}),
  };
}
