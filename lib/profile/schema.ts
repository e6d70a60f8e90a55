/**
 * The terminal profile format (docs/terminal-profiles.md), as a zod schema.
 * Only the options page, the background and the CLI import this file at runtime; the content
 * script imports its types only (`import type`), so zod never enters the content-script bundle.
 */
import { z } from 'zod';
import { SIGNAL_KINDS } from '../signals/kinds';
import { MASK_MODES, READ_MODES, type KNOWN_FIELD_KEYS } from './format';
import { checkLabelOptions, labelOptionFields } from './label-options-schema';
import { isValidMatchPattern } from './match';
import { isSecretAutocomplete, looksSensitive } from './sensitive';
import { businessTypeRuleIssues } from './business-type-rule';
import { carryAcrossScreensSchema, checkScreens, screensSchema } from './screens-schema';
import { clientIdentitySchema, identityField } from './identity-schema';
import { BADGE_CORNERS } from './badge-corners';
import { FIELD_KEY } from '../contracts/field-key';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const fieldSpecSchema = z
  .strictObject({
    selector: nonEmpty.optional(),
    label: nonEmpty.optional(),
    frame: nonEmpty.optional(),
    read: z.enum(READ_MODES).default('auto'),
    attribute: nonEmpty.optional(),
    required: z.boolean().default(false),
    mask: z.enum(MASK_MODES).optional(),
    ...labelOptionFields,
  })
  .superRefine((field, ctx) => {
    checkLabelOptions(field, ctx);
    if (!field.selector && !field.label) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs a "selector" or a "label"',
        path: ['selector'],
      });
    }
    if (field.read === 'attribute' && !field.attribute) {
      ctx.addIssue({
        code: 'custom',
        message: 'read "attribute" needs an "attribute" name',
        path: ['attribute'],
      });
    }
    for (const key of ['selector', 'label', 'attribute'] as const) {
      const text = field[key];
      if (looksSensitive(text) || isSecretAutocomplete(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `binds a PIN/password/CVV field ("${text}"), which must never be read`,
          path: [key],
        });
      }
    }
  });

const businessTypeRuleSchema = z
  .strictObject({
    kind: z.enum(SIGNAL_KINDS).optional(),
    kinds: z.array(z.enum(SIGNAL_KINDS)).min(1, 'must list at least one kind').optional(),
    codes: z.array(nonEmpty).default([]),
    labels: z.array(nonEmpty).default([]),
  })
  .superRefine((rule, ctx) => {
    for (const issue of businessTypeRuleIssues(rule)) ctx.addIssue({ code: 'custom', ...issue });
  });

const remarksRuleSchema = z
  .strictObject({
    kind: z.enum(SIGNAL_KINDS),
    pattern: nonEmpty,
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'only the flags i, m, s, u are allowed')
      .default('i'),
    fields: z.array(nonEmpty).default(['remarks']),
  })
  .superRefine((rule, ctx) => {
    try {
      new RegExp(rule.pattern, rule.flags);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `is not a valid regular expression: ${String(error)}`,
        path: ['pattern'],
      });
    }
  });

export const terminalProfileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes'),
    name: nonEmpty,
    version: nonEmpty,
    matches: z
      .array(
        z
          .string()
          .refine(
            isValidMatchPattern,
            'is not a valid URL match pattern (e.g. "https://teller.bank.example/*")',
          ),
      )
      .min(1, 'needs at least one URL match pattern'),
    fields: z.record(
      z.string().regex(FIELD_KEY, 'field names are letters, digits and _'),
      fieldSpecSchema,
    ),
    clientIdentity: clientIdentitySchema,
    premiumLevels: z.array(nonEmpty).default([]),
    businessTypes: z.array(businessTypeRuleSchema).default([]),
    remarksRules: z.array(remarksRuleSchema).default([]),
    transactionComplete: z
      .strictObject({
        selector: nonEmpty.optional(),
        text: nonEmpty.optional(),
        frame: nonEmpty.optional(),
      })
      .refine((marker) => !!marker.selector || !!marker.text, {
        message: 'needs a "selector" or a "text"',
      })
      .optional(),
    defaultCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO currency code like USD')
      .optional(),
    businessTypeDefaults: z.boolean().optional(),
    decimalCommaCurrencies: z
      .array(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO currency code like EUR'))
      .default([]),
    emptyValues: z.array(z.string()).default(['—', '-', '--', '无', 'N/A']),
    neverRead: z
      .strictObject({
        selectors: z.array(nonEmpty).default([]),
        labels: z.array(nonEmpty).default([]),
      })
      .default({ selectors: [], labels: [] }),
    screens: screensSchema,
    carryAcrossScreens: carryAcrossScreensSchema,
    /** Where the in-page badge sits first (the teller may drag it; it never covers text). */
    badge: z.strictObject({ position: z.enum(BADGE_CORNERS).default('bottom-right') }).optional(),
  })
  .superRefine((profile, ctx) => {
    checkScreens(profile, ctx);
    for (const [key, field] of Object.entries(profile.fields)) {
      if (looksSensitive(key)) {
        ctx.addIssue({
          code: 'custom',
          message: `field name "${key}" names a PIN/password/CVV field`,
          path: ['fields', key],
        });
      }
      if (field.label && profile.neverRead.labels.includes(field.label)) {
        ctx.addIssue({
          code: 'custom',
          message: 'is listed in neverRead.labels',
          path: ['fields', key, 'label'],
        });
      }
      if (field.selector && profile.neverRead.selectors.includes(field.selector)) {
        ctx.addIssue({
          code: 'custom',
          message: 'is listed in neverRead.selectors',
          path: ['fields', key, 'selector'],
        });
      }
    }
    profile.clientIdentity.forEach((entry, index) => {
      if (!(identityField(entry) in profile.fields)) {
        ctx.addIssue({
          code: 'custom',
          message: `names no field in "fields"`,
          path: ['clientIdentity', index],
        });
      }
    });
    profile.remarksRules.forEach((rule, index) => {
      rule.fields.forEach((key, fieldIndex) => {
        if (!(key in profile.fields)) {
          ctx.addIssue({
            code: 'custom',
            message: `names no field in "fields"`,
            path: ['remarksRules', index, 'fields', fieldIndex],
          });
        }
      });
    });
  });

/** A validated terminal profile (every default filled in). */
export type TerminalProfile = z.output<typeof terminalProfileSchema>;
/** A profile as an admin writes it (defaults may be left out). */
export type TerminalProfileInput = z.input<typeof terminalProfileSchema>;
export type FieldSpec = z.output<typeof fieldSpecSchema>;
export type ReadMode = (typeof READ_MODES)[number];
export type MaskMode = (typeof MASK_MODES)[number];
export type KnownFieldKey = (typeof KNOWN_FIELD_KEYS)[number];
