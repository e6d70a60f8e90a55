/** Thrown when a record fails its schema before it is written: nothing was stored. */
import type { z } from 'zod';

export interface FieldIssue {
  path: string;
  message: string;
}

export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  constructor(
    /** What was being saved, e.g. "referral", "event", "note". */
    readonly record: string,
    readonly issues: FieldIssue[],
  ) {
    super(
      `${record} not saved: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
  }

  static fromZod(record: string, error: z.ZodError, prefix = ''): RecordValidationError {
    return new RecordValidationError(
      record,
      error.issues.map((issue) => ({
        path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
        message: issue.message,
      })),
    );
  }
}
