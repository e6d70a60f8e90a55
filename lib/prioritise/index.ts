/** Which referral a client manager should work next, and why (potential × marketing cost). */
export { DEFAULT_PRIORITY_MODEL, type PriorityModel } from './model';
export type { PrioritiseInput, Reason, Score } from './input';
export { assessPotential } from './potential';
export { assessCost, channelOf } from './cost';
export { QUADRANT_HEADLINES, QUADRANT_ORDER, place, quadrantOf, type Placement } from './place';
export { followUpDue, isDueToday } from './due';
export { prioritise, type PrioritiseOptions, type Prioritised } from './queue';
