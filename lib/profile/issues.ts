import type { z } from 'zod';

/** One validation error: `path` is the JSON path of the bad value, e.g. `fields.amount.selector`. */
export interface ValidationError {
  path: string;
  message: string;
  /** zod's issue, kept so a page can put it in words (lib/i18n/issue-words.ts); none for a JSON syntax error. */
  issue?: z.core.$ZodIssue;
}

export type ValidationResult<T, K extends string> =
  ({ ok: true } & { [key in K]: T }) | { ok: false; errors: ValidationError[] };

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** Turns zod issues into path + message pairs an admin can act on. */
export function toValidationErrors(error: z.ZodError): ValidationError[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const [first = ''] = issue.keys;
      return {
        path: joinPath([...issue.path, first]),
        message: `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
        issue,
      };
    }
    return { path: joinPath(issue.path) || '(root)', message: issue.message, issue };
  });
}

/** Formats errors one per line, for the CLI and logs. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((error) => `  ${error.path}: ${error.message}`).join('\n');
}
