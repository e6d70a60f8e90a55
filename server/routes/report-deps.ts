/** What the reporting routes (log, export, stats, queue, audit) need besides the database and clock. */
import type { ZoneClock } from '../../lib/time/zone-clock';
import type { Logger } from '../http/logger';
import type { RouteDeps } from './deps';

export interface ReportDeps extends RouteDeps {
  /** The branch's time zone: local days for filters, weeks, "due today" and exported times. */
  zone: ZoneClock;
  /** Whether supervisors may export consenting clients' contact details (CONTACT_EXPORT). */
  contactExport: boolean;
  logger: Logger;
}
