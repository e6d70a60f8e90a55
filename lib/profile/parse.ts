import { terminalProfileSchema, type TerminalProfile } from './schema';
import { toValidationErrors, type ValidationResult } from './issues';

export type ParseProfileResult = ValidationResult<TerminalProfile, 'profile'>;

/**
 * Validates a terminal profile (already JSON-parsed). Never throws: an invalid profile comes back
 * as `{ ok: false, errors }`, each error naming the JSON path, e.g. `fields.amount.selector`.
 */
export function parseProfile(json: unknown): ParseProfileResult {
  // The bad value itself rides along so its words can tell a missing key from a wrong type.
  const result = terminalProfileSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: toValidationErrors(result.error) };
}

/** Same as parseProfile, from JSON text (a syntax error is reported at path `(root)`). */
export function parseProfileText(text: string): ParseProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '(root)',
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return parseProfile(json);
}
