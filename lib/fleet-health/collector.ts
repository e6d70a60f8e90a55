/**
 * Collects selector health over one reporting interval from the tab states the background
 * derives (lib/background/terminal-service.ts): required fields missing, tabs paused, optional
 * fields never found while a client was on screen (degraded), and visits where the profile's
 * completion cue never showed. It keeps field NAMES and counts only, never a value.
 */
import type { HealthProblemReport } from '../contracts/fleet-health';
import type { TabState } from '../detect/live-detection';
import type { TerminalProfile } from '../profile/schema';

/** Visits without the completion cue before "completion never seen" is reported. */
export const COMPLETION_MIN_VISITS = 3;

export interface HealthCollector {
  observe(state: TabState, profile: TerminalProfile): void;
  /** The interval's counts and problems; starts a new interval. */
  take(): { observations: number; visits: number; problems: HealthProblemReport[] };
}

export function createHealthCollector(): HealthCollector {
  let observations = 0;
  const missing = new Map<string, number>();
  const foundWithClient = new Set<string>();
  const optionalSeen = new Map<string, number>();
  const pausedTabs = new Set<number>();
  let pauses = 0;
  const visits = new Set<string>();
  const completedVisits = new Set<string>();
  let completionWatched = false;

  return {
    observe(state, profile) {
      const d = state.detection;
      if (!d) return;
      observations++;
      for (const field of d.missingRequired)
        if (field in profile.fields) missing.set(field, (missing.get(field) ?? 0) + 1);
      if (d.paused && !pausedTabs.has(state.tabId)) pauses++;
      if (d.paused) pausedTabs.add(state.tabId);
      else pausedTabs.delete(state.tabId);
      if (d.clientPresent) {
        for (const frame of Object.values(state.frames))
          for (const field of Object.keys(frame.fields)) foundWithClient.add(field);
        for (const [field, spec] of Object.entries(profile.fields))
          if (!spec.required) optionalSeen.set(field, (optionalSeen.get(field) ?? 0) + 1);
      }
      completionWatched = !!profile.transactionComplete;
      if (d.visitId && d.clientPresent) visits.add(d.visitId);
      if (d.visitId && d.transactionComplete) completedVisits.add(d.visitId);
    },
    take() {
      const problems: HealthProblemReport[] = [];
      for (const [field, count] of missing) problems.push({ problem: 'missing', field, count });
      for (const [field, count] of optionalSeen)
        if (!foundWithClient.has(field)) problems.push({ problem: 'degraded', field, count });
      if (pauses > 0) problems.push({ problem: 'paused', count: pauses });
      const uncompleted = [...visits].filter((v) => !completedVisits.has(v)).length;
      if (completionWatched && completedVisits.size === 0 && uncompleted >= COMPLETION_MIN_VISITS)
        problems.push({ problem: 'completion_never_seen', count: uncompleted });
      const out = { observations, visits: visits.size, problems: problems.slice(0, 64) };
      observations = 0;
      pauses = 0;
      completionWatched = false;
      for (const s of [missing, foundWithClient, optionalSeen, visits, completedVisits]) s.clear();
      // Tabs still paused stay paused: they are not counted again until they resume and pause.
      return out;
    },
  };
}
