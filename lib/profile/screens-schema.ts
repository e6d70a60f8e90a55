/**
 * The screens of a single-page terminal, as a profile names them (docs/terminal-profiles.md,
 * "Screens"). A hash-routed teller app shows the client screen at `#/client` and the deposit form
 * at `#/deposit` under one URL path; each screen says how it is recognised (URL patterns with the
 * fragment, or a marker on the page), which fields are expected there (only those can be missing
 * or pause the watcher), and, when the screen itself means a business, the business type value.
 * Referenced from schema.ts; like it, imported at runtime only by the options page, the
 * background and the CLI (the content script imports types only).
 */
import { z } from 'zod';
import { isValidScreenPattern } from './match';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const screenMarkerSchema = z
  .strictObject({
    selector: nonEmpty.optional(),
    text: nonEmpty.optional(),
    frame: nonEmpty.optional(),
  })
  .refine((marker) => !!marker.selector || !!marker.text, {
    message: 'needs a "selector" or a "text"',
  });

export const screenSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and dashes'),
    name: nonEmpty.optional(),
    /** Match patterns tried against the whole URL, fragment included; "#/deposit*" matches the fragment alone. */
    url: z
      .array(
        z
          .string()
          .refine(
            isValidScreenPattern,
            'is not a URL match pattern or a fragment pattern (e.g. "https://teller.bank.example/app/#/deposit*" or "#/deposit*")',
          ),
      )
      .default([]),
    marker: screenMarkerSchema.optional(),
    /** The fields expected on this screen: only these count as missing (and, if required, pause). */
    fields: z.array(nonEmpty).default([]),
    /** The business type value to use when the page shows none (read through `businessTypes`). */
    businessType: nonEmpty.optional(),
    /** The client has left (a queue or welcome screen): carried client context is dropped. */
    endsVisit: z.boolean().default(false),
  })
  .refine((screen) => screen.url.length > 0 || !!screen.marker, {
    message: 'needs a "url" or a "marker" to be recognised',
    path: ['url'],
  });

export const screensSchema = z.array(screenSchema).optional();

/** Field names carried from one screen to the next until the client changes. */
export const carryAcrossScreensSchema = z.array(nonEmpty).optional();

interface ScreensPart {
  fields: Record<string, unknown>;
  screens?: z.output<typeof screenSchema>[];
  carryAcrossScreens?: string[];
}

/** Cross-checks against the profile's fields: unknown field names, duplicate screen ids. */
export function checkScreens(profile: ScreensPart, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  (profile.screens ?? []).forEach((screen, index) => {
    if (seen.has(screen.id))
      ctx.addIssue({
        code: 'custom',
        message: `screen id "${screen.id}" is used twice`,
        path: ['screens', index, 'id'],
      });
    seen.add(screen.id);
    screen.fields.forEach((key, fieldIndex) => {
      if (!(key in profile.fields))
        ctx.addIssue({
          code: 'custom',
          message: `names no field in "fields" ("${key}")`,
          path: ['screens', index, 'fields', fieldIndex],
        });
    });
  });
  (profile.carryAcrossScreens ?? []).forEach((key, index) => {
    if (!(key in profile.fields))
      ctx.addIssue({
        code: 'custom',
        message: `names no field in "fields" ("${key}")`,
        path: ['carryAcrossScreens', index],
      });
  });
  if (profile.carryAcrossScreens && !profile.screens?.length)
    ctx.addIssue({
      code: 'custom',
      message: 'needs "screens": values are carried from one screen to the next',
      path: ['carryAcrossScreens'],
    });
}

export type Screen = z.output<typeof screenSchema>;
