/** Notes on the device: one note per client reference, validated before every write, audited. */
import { addAudit } from './audit';
import type { SidekickDB } from './database';
import { RecordValidationError } from './errors';
import { prepareNote, type NoteContext, type NoteInput } from '../notes/prepare';
import { noteSchema, type Note } from '../notes/schema';

export async function noteFor(db: SidekickDB, clientRef: string): Promise<Note | undefined> {
  return db.notes.where('clientRef').equals(clientRef).first();
}

/**
 * Saves (creates or updates) the note of `input.clientRef`. Free text is scrubbed, a phone is kept
 * only with consent; anything still invalid throws RecordValidationError and nothing is written.
 */
export async function saveNote(db: SidekickDB, input: NoteInput, ctx: NoteContext): Promise<Note> {
  return db.transaction('rw', db.notes, db.audit, async () => {
    const existing = await noteFor(db, input.clientRef);
    const parsed = noteSchema.safeParse(prepareNote(input, existing, ctx));
    if (!parsed.success) throw RecordValidationError.fromZod('note', parsed.error);
    await db.notes.put(parsed.data);
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.staffId,
      action: 'note.saved',
      entityId: parsed.data.id,
      detail: { created: !existing },
    });
    return parsed.data;
  });
}

/** Removes the client's note (e.g. the client asked); returns whether there was one. */
export async function deleteNote(
  db: SidekickDB,
  clientRef: string,
  ctx: Pick<NoteContext, 'staffId' | 'now'>,
): Promise<boolean> {
  return db.transaction('rw', db.notes, db.audit, async () => {
    const existing = await noteFor(db, clientRef);
    if (!existing) return false;
    await db.notes.delete(existing.id);
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.staffId,
      action: 'note.deleted',
      entityId: existing.id,
    });
    return true;
  });
}
