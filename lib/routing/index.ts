/** Client-manager suggestion for a referral (availability, specialty, capacity, load). */
export { suggestManager, type ManagerSuggestion, type Reason } from './suggest';
export {
  SIGNAL_SPECIALTIES,
  SPECIALTIES,
  SPECIALTY_LABELS,
  specialtyLabel,
  type Specialty,
} from './specialties';
