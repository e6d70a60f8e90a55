/** Privacy module: client reference (keyed hash), masking to last 4, identifier scrubbing. */
export { clientRef, importBranchKey, normaliseAccountNumber, type BranchKey } from './client-ref';
export { decodeBranchKey, MIN_BRANCH_KEY_BYTES } from './branch-key';
export { maskLast4, last4 } from './mask';
export { scrubLine } from './scrub-line';
export { scrubText, containsIdentifier, lastFourMask, FULL_MASK, type ScrubOptions } from './scrub';
export { findIdentifiers, type IdentifierMatch } from './find-identifiers';
export { normaliseForDetection, normaliseText, type NormalisedText } from './normalise';
export {
  hasLongDigitRun,
  isPhoneLike,
  textProblem,
  TEXT_PROBLEM_CODES,
  TEXT_PROBLEM_MESSAGES,
  type TextCheckOptions,
  type TextProblem,
} from './text-check';
export {
  classifyNumber,
  isValidIdChecksum,
  looksLikeMainlandId,
  type IdentifierKind,
} from './identifiers';
export { isLuhnValid, luhnCheckDigit } from './luhn';
export { asciiDigits, digitValue } from './digits';
