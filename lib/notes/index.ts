/** Discreet client notes (five groups, chips first), attached to the client reference. */
export * from './chips';
export {
  noteSchema,
  notePhoneSchema,
  scrubbedTextSchema,
  type Note,
  type NoteBasic,
  type NoteCharacteristics,
  type NoteContact,
  type NoteOccupation,
  type NoteWealth,
} from './schema';
export {
  prepareNote,
  cleanNoteText,
  normalisePhone,
  type NoteInput,
  type NoteContext,
} from './prepare';
