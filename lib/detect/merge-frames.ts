/**
 * Merges what the frames of one terminal tab reported into one extraction. For each field the
 * most recent report that found it wins (each report is a live read, so the newest is right);
 * a field is missing only when no frame found it.
 */
import type { Extraction, ExtractedField } from '../profile/extract';
import type { TerminalProfile } from '../profile/schema';
import type { FrameReport } from './live-detection';

export function mergeFrameReports(
  frames: Record<string, FrameReport>,
  profile: TerminalProfile,
): Extraction {
  const reports = Object.values(frames).sort((a, b) => a.at - b.at);
  const fields: Record<string, ExtractedField> = {};
  for (const key of Object.keys(profile.fields)) {
    let field: ExtractedField = { found: false, refused: false, value: null };
    for (const report of reports) {
      if (key in report.fields)
        field = { found: true, refused: false, value: report.fields[key] ?? null };
    }
    fields[key] = field;
  }
  const missing = Object.keys(fields).filter((key) => !fields[key]?.found);
  const missingRequired = missing.filter((key) => profile.fields[key]?.required);
  return {
    fields,
    missing,
    missingRequired,
    refused: [],
    transactionComplete: reports.some((r) => r.transactionComplete),
    invalidSelectors: [],
    elements: new Map(),
  };
}
