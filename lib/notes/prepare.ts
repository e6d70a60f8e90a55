/**
 * Turns what the teller entered into a storable note: free text flattened to one line and
 * scrubbed, the phone kept only with consent and only as a phone number, groups merged into the
 * client's existing note. Pure; the repository validates and writes the result.
 */
import { asciiDigits } from '../privacy/digits';
import { MOBILE_WITH_COUNTRY } from '../privacy/identifiers';
import { scrubLine } from '../privacy/scrub-line';
import type { Note, NoteBasic, NoteCharacteristics, NoteContact, NoteWealth } from './schema';

export interface NoteInput {
  clientRef: string;
  basic?: NoteBasic;
  characteristics?: NoteCharacteristics;
  /** `phone` as typed ("138 1234 5678", "+86…"); dropped unless `consent` is true. */
  contact?: Omit<NoteContact, 'phone'> & { phone?: string };
  occupation?: { kind?: NonNullable<Note['occupation']>['kind']; detail?: string };
  wealth?: NoteWealth;
  /** undefined keeps the current remark; '' clears it. */
  remark?: string;
}

export interface NoteContext {
  staffId: string;
  branchId?: string;
  now: Date;
  newId?: () => string;
}

/** One line, identifiers masked, trimmed; undefined when nothing is left. */
export function cleanNoteText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const clean = scrubLine(text);
  return clean === '' ? undefined : clean;
}

/** "+86 138-1234-5678" → "13812345678"; anything else is returned as its digits for the schema to judge. */
export function normalisePhone(text: string): string {
  const digits = asciiDigits(text);
  return MOBILE_WITH_COUNTRY.exec(digits)?.[1] ?? digits;
}

function prepareContact(contact: NonNullable<NoteInput['contact']>): NoteContact {
  const { phone, ...rest } = contact;
  if (!contact.consent || phone === undefined || phone.trim() === '') return rest;
  return { ...rest, phone: normalisePhone(phone) };
}

const defined = <T extends object>(obj: T): T =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;

/** The note to store: `existing` (if any) with the groups given in `input` replaced. */
export function prepareNote(input: NoteInput, existing: Note | undefined, ctx: NoteContext): Note {
  const nowIso = ctx.now.toISOString();
  const occupation =
    input.occupation &&
    defined({ kind: input.occupation.kind, detail: cleanNoteText(input.occupation.detail) });
  const remark = input.remark === undefined ? existing?.remark : cleanNoteText(input.remark);
  return defined({
    id: existing?.id ?? (ctx.newId ?? (() => crypto.randomUUID()))(),
    clientRef: input.clientRef,
    branchId: ctx.branchId ?? existing?.branchId,
    authorStaffId: ctx.staffId,
    createdAt: existing?.createdAt ?? nowIso,
    updatedAt: nowIso,
    basic: input.basic ? defined(input.basic) : existing?.basic,
    characteristics: input.characteristics
      ? defined(input.characteristics)
      : existing?.characteristics,
    contact: input.contact ? defined(prepareContact(input.contact)) : existing?.contact,
    occupation: occupation ?? existing?.occupation,
    wealth: input.wealth ? defined(input.wealth) : existing?.wealth,
    remark,
  });
}
