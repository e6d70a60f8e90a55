import { useState } from 'react';
import {
  createReferral,
  referralOfVisit,
  replaceHandoff,
  saveHandoff,
  undoHandoff,
  type HandoffInput,
  type HandoffRecord,
} from '@/lib/handoffs';
import { RecordValidationError } from '@/lib/db';
import type { StoredReferral } from '@/lib/db/rows';
import type { LiveDetection } from '@/lib/detect/live-detection';
import type { Settings } from '@/lib/settings/schema';
import { getDb } from '../hooks/useDb';
import { pageLang } from '@/lib/i18n/ui-language';

export type HandoffResult =
  | { kind: 'saved'; record: HandoffRecord; managerName: string }
  | { kind: 'undone'; mode: 'removed' | 'withdrawn' }
  | { kind: 'error'; message: string }
  /** This visit already has a referral of this kind: shown, replaced only on an explicit change. */
  | { kind: 'duplicate'; existing: StoredReferral; pending: PendingHandoff };

export interface PendingHandoff {
  input: HandoffInput;
  managerName: string;
  secondCredit?: string;
}

/** Builds, validates and saves a handoff (referral + events + outbox in one transaction), and undoes it. */
export function useHandoff(detection: LiveDetection, settings: Settings, onSaved?: () => void) {
  const [result, setResult] = useState<HandoffResult | undefined>();

  const submit = async (
    input: HandoffInput,
    managerName: string,
    secondCredit?: string,
    replaceId?: string,
  ) => {
    try {
      const record = createReferral(input, {
        branchId: settings.branchId,
        staffId: settings.staffId,
        role: settings.role,
        detection,
        counterLabel: settings.counterLabel,
        secondCreditStaffId: secondCredit?.trim() || undefined,
        now: new Date(),
        lang: pageLang(settings.lang),
      });
      const db = getDb();
      if (replaceId) await replaceHandoff(db, replaceId, record, new Date());
      else {
        const existing = await referralOfVisit(db, detection.visitId, input.handoff);
        if (existing) {
          setResult({ kind: 'duplicate', existing, pending: { input, managerName, secondCredit } });
          return;
        }
        await saveHandoff(db, record);
      }
      setResult({ kind: 'saved', record, managerName });
      onSaved?.();
    } catch (error) {
      const message =
        error instanceof RecordValidationError
          ? error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
          : error instanceof Error
            ? error.message
            : String(error);
      setResult({ kind: 'error', message });
    }
  };

  const undo = async (referralId: string) => {
    try {
      const outcome = await undoHandoff(getDb(), referralId, new Date());
      setResult({ kind: 'undone', mode: outcome.mode });
      onSaved?.();
    } catch (error) {
      setResult({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  /** The explicit change: the visit's referral is replaced by the one the teller asked for. */
  const replace = async (duplicate: Extract<HandoffResult, { kind: 'duplicate' }>) => {
    const { input, managerName, secondCredit } = duplicate.pending;
    await submit(input, managerName, secondCredit, duplicate.existing.id);
  };

  return { result, submit, undo, replace, clear: () => setResult(undefined) };
}
