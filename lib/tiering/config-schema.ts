/**
 * The branch's tiering configuration as a zod schema (options page, background, CLI).
 * Runtime tiering code imports only the type.
 */
import { z } from 'zod';
import { SIGNAL_KINDS } from '../signals/kinds';
import { toValidationErrors, type ValidationResult } from '../profile/issues';
import { DEFAULT_TIERING_CONFIG } from './defaults';
import { TIER_RULE_IDS } from './rule-ids';

const amount = z.number().finite().nonnegative();
const kinds = z.array(z.enum(SIGNAL_KINDS));

export const tieringConfigSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    bandEdgesCny: z.array(z.number().finite().positive()).min(1),
    tierBMinAmountCny: amount,
    tierCMinAmountCny: amount,
    signalMinAmountCny: z.partialRecord(z.enum(SIGNAL_KINDS), amount),
    strongSignalKinds: kinds,
    comboMinKinds: z.number().int().min(2),
    retentionKinds: kinds,
    tellerCueKinds: kinds,
    fxRatesToCny: z.record(
      z.string().regex(/^[A-Z]{3}$/, 'must be an ISO currency code like USD'),
      z.number().finite().positive(),
    ),
    fxRatesAsOf: z.string(),
    disabledRules: z.array(z.enum(TIER_RULE_IDS)),
  })
  .superRefine((config, ctx) => {
    config.bandEdgesCny.forEach((edge, index) => {
      const previous = config.bandEdgesCny[index - 1];
      if (previous !== undefined && edge <= previous) {
        ctx.addIssue({
          code: 'custom',
          message: 'band edges must be in ascending order',
          path: ['bandEdgesCny', index],
        });
      }
    });
    if (config.tierCMinAmountCny > config.tierBMinAmountCny) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not exceed tierBMinAmountCny',
        path: ['tierCMinAmountCny'],
      });
    }
  });

export type TieringConfig = z.output<typeof tieringConfigSchema>;

export type ParseTieringConfigResult = ValidationResult<TieringConfig, 'config'>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a branch's tiering configuration; errors name the JSON path. Keys left out take
 * their value from DEFAULT_TIERING_CONFIG (a shallow merge). Never throws.
 */
export function parseTieringConfig(json: unknown): ParseTieringConfigResult {
  const merged = isPlainObject(json) ? { ...DEFAULT_TIERING_CONFIG, ...json } : json;
  const result = tieringConfigSchema.safeParse(merged);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: toValidationErrors(result.error) };
}
