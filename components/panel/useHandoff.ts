import { useState } from 'react';
import {
  createReferral,
  saveHandoff,
  undoHandoff,
  type HandoffInput,
  type HandoffRecord,
} from '@/lib/handoffs';
import { RecordValidationError } from '@/lib/db';
import type { LiveDetection } from '@/lib/detect/live-detection';
import type { Settings } from '@/lib/settings/schema';
import { getDb } from '../hooks/useDb';

export type HandoffResult =
  | { kind: 'saved'; record: HandoffRecord; managerName: string }
  | { kind: 'undone'; mode: 'removed' | 'withdrawn' }
  | { kind: 'error'; message: string };

/** Builds, validates and saves a handoff (referral + events + outbox in one transaction), and undoes it. */
export function useHandoff(detection: LiveDetection, settings: Settings, onSaved?: () => void) {
  const [result, setResult] = useState<HandoffResult | undefined>();

  const submit = async (input: HandoffInput, managerName: string, secondCredit?: string) => {
    try {
      const record = createReferral(input, {
        branchId: settings.branchId,
        staffId: settings.staffId,
        role: settings.role,
        detection,
        secondCreditStaffId: secondCredit?.trim() || undefined,
        now: new Date(),
        lang: 'zh_CN',
      });
      await saveHandoff(getDb(), record);
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

  return { result, submit, undo, clear: () => setResult(undefined) };
}
