/** The signed-in person's settings (options page), validated on every read: bad data never wins. */
import { z } from 'zod';
import { STAFF_ROLES } from '../roles';
import { LANG_SETTINGS } from '../i18n/lang-choice';
import { counterSettingsShape, DEFAULT_COUNTER_SETTINGS } from './counter-settings';

export const settingsSchema = z.strictObject({
  role: z.enum(STAFF_ROLES),
  staffId: z
    .string()
    .trim()
    .max(32)
    .regex(/^[A-Za-z0-9_-]*$/, 'staff id: letters, digits, - and _ only'),
  branchId: z
    .string()
    .trim()
    .min(1)
    .max(16)
    .regex(/^[A-Za-z0-9_-]+$/),
  /** `auto` follows the browser's UI language; zh_CN / en keep one language whatever the browser. */
  lang: z.enum(LANG_SETTINGS),
  ...counterSettingsShape,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  role: 'cash_teller',
  staffId: '',
  branchId: '0101',
  lang: 'auto',
  ...DEFAULT_COUNTER_SETTINGS,
};

/** Reads stored settings leniently: each invalid key falls back to its default. */
export function coerceSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const one = settingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
      if (one.success) out[key] = one.data;
    }
  }
  return out as Settings;
}
