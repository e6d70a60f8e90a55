/** The field-spec keys of label-options.ts, as zod (imported by schema.ts only). */
import { z } from 'zod';
import { LABEL_CASES, LABEL_SOURCES, type LabelOptions } from './label-options';

export const labelOptionFields = {
  labelFrom: z.array(z.enum(LABEL_SOURCES)).min(1, 'needs at least one source').optional(),
  labelCase: z.enum(LABEL_CASES).optional(),
};

/** `labelFrom`/`labelCase` say how to match a label: without a `label` they are a mistake. */
export function checkLabelOptions(
  field: LabelOptions & { label?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  for (const key of ['labelFrom', 'labelCase'] as const) {
    if (field[key] !== undefined && !field.label)
      ctx.addIssue({ code: 'custom', message: `"${key}" needs a "label"`, path: [key] });
  }
}
