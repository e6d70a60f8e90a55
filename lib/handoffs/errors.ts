/** Why a handoff action was refused; `code` is for the UI, `message` for logs and tests. */
export type HandoffErrorCode =
  'not_found' | 'undo_expired' | 'already_undone' | 'not_yours' | 'duplicate';

export class HandoffError extends Error {
  override readonly name = 'HandoffError';
  constructor(
    readonly code: HandoffErrorCode,
    message: string,
  ) {
    super(message);
  }
}
