/** Every 4xx/5xx answer is `{ error, details }`; routes throw HttpError and app.ts renders it. */
import type { z } from 'zod';
import { textIssueCode } from '../../lib/contracts/primitives';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

export interface IssueSummary {
  path: string;
  message: string;
  /** Set for refused free text: text_contains_identifier, invalid_unicode, … */
  error?: string;
}

/** zod issues as path + message only: input values are never echoed back (or logged). */
export function summariseIssues(error: z.ZodError): IssueSummary[] {
  return error.issues.slice(0, 50).map((issue) => {
    const code = textIssueCode(issue);
    return {
      path: issue.path.map(String).join('.'),
      message: issue.message,
      ...(code ? { error: code } : {}),
    };
  });
}

/** The error code of refused free text among `error`'s issues (the first one), if any. */
export function textErrorCode(error: z.ZodError): string | undefined {
  for (const issue of error.issues) {
    const code = textIssueCode(issue);
    if (code) return code;
  }
  return undefined;
}

/** 400 naming the problem: a free-text code (text_contains_identifier, …) wins over `code`. */
export function validationError(error: z.ZodError, code = 'invalid_request'): HttpError {
  return new HttpError(400, textErrorCode(error) ?? code, { issues: summariseIssues(error) });
}

export const forbidden = (message: string): HttpError =>
  new HttpError(403, 'forbidden', { message });
export const notFound = (message = 'not found'): HttpError =>
  new HttpError(404, 'not_found', { message });
