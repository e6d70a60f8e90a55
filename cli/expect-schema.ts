/**
 * The `--expect` file: a bank's regression checks of its profile, kept beside its saved pages.
 *
 * { "page": "index.html", "checks": [ { "name": "…", "page"?: "…", "tier": "B",
 *   "signals"?: ["time_deposit"], "fieldsPresent"?: [...], "fieldsMissing"?: [...],
 *   "missingRequired"?: [...], "transactionComplete"?: true, "clientLinked"?: true } ] }
 *
 * Pages are relative to the expect file. Unknown keys are an error; every error names its JSON path.
 */
import { z } from 'zod';
import { toValidationErrors, type ValidationError } from '../lib/profile/issues';
import type { TerminalProfile } from '../lib/profile/schema';
import { SIGNAL_KINDS, TIERS } from '../lib/signals/kinds';

const fieldList = z.array(z.string().min(1, 'must be a field name'));

const checkSchema = z.strictObject({
  name: z.string().min(1, 'must name the check'),
  page: z.string().min(1, 'must be a page path').optional(),
  tier: z.enum(TIERS),
  signals: z.array(z.enum(SIGNAL_KINDS)).optional(),
  fieldsPresent: fieldList.optional(),
  fieldsMissing: fieldList.optional(),
  missingRequired: fieldList.optional(),
  transactionComplete: z.boolean().optional(),
  clientLinked: z.boolean().optional(),
});

export const expectFileSchema = z.strictObject({
  page: z.string().min(1, 'must be a page path'),
  checks: z.array(checkSchema).min(1, 'needs at least one check'),
});

export type ExpectFile = z.infer<typeof expectFileSchema>;
export type ExpectCheck = z.infer<typeof checkSchema>;

export type ParseExpectResult =
  { ok: true; file: ExpectFile } | { ok: false; errors: ValidationError[] };

const FIELD_LISTS = ['fieldsPresent', 'fieldsMissing', 'missingRequired'] as const;

/** Field names the profile does not define (a typo would otherwise pass `fieldsMissing` forever). */
function unknownFields(file: ExpectFile, profile: TerminalProfile): ValidationError[] {
  return file.checks.flatMap((check, i) =>
    FIELD_LISTS.flatMap((list) =>
      (check[list] ?? []).flatMap((field, j) =>
        field in profile.fields
          ? []
          : [
              {
                path: `checks.${i}.${list}.${j}`,
                message: `"${field}" is not a field of the profile`,
              },
            ],
      ),
    ),
  );
}

export function parseExpectText(text: string, profile: TerminalProfile): ParseExpectResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [{ path: '(root)', message }] };
  }
  const parsed = expectFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: toValidationErrors(parsed.error) };
  const errors = unknownFields(parsed.data, profile);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: parsed.data };
}
