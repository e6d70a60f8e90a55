/** Handoffs: build a referral from the live detection, save/undo/list it on the device, apply outcomes. */
export { buildSummary, referralSummary, signalsByKind, SUMMARY_MAX } from './summary';
export { prepareTellerLine, TELLER_LINE_MAX, type TellerLineResult } from './teller-line';
export { outcomeRequest, PRODUCT_MAX, type OutcomeRequestResult } from './outcome-text';
export {
  createReferral,
  type CardFollowUpChannel,
  type ContactInput,
  type HandoffRecord,
  type HandoffContext,
  type HandoffInput,
} from './create';
export { saveHandoff, saveHandoffs, UNDO_WINDOW_MS } from './save';
export { undoHandoff, undoSecondsLeft, type UndoResult } from './undo';
export { eventsOf, listMyReferrals, countMyReferrals, listReferrals, type Page } from './list';
export { applyServerUpdate, applyPullPage, type ServerUpdateResult } from './server-updates';
export { referralDisplay, STATUS_LABELS, type DisplayStatus, type ReferralDisplay } from './status';
export { HandoffError, type HandoffErrorCode } from './errors';
export { handoffKind, referralOfVisit, replaceHandoff } from './visit';
