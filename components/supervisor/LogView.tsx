import type { MeResponse } from '@/lib/contracts/auth';
import type { RosterEntry } from '@/lib/contracts/roster';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { ExportBar } from './ExportBar';
import type { FilterCheck, LogSortState } from '../../lib/supervisor/log-query';
import { LogTable } from './LogTable';
import { useLogStore } from './useLogStore';

/** The log tab: the export buttons over the virtualised tracking form. */
export function LogView({
  config,
  me,
  check,
  sort,
  onSort,
  roster,
}: {
  config: SyncConfig;
  me: MeResponse;
  check: FilterCheck;
  sort: LogSortState;
  onSort: (next: LogSortState) => void;
  roster: readonly RosterEntry[];
}) {
  const store = useLogStore(config, check, sort);
  return (
    <>
      <ExportBar config={config} me={me} check={check} sort={sort} roster={roster} />
      {store && <LogTable store={store} sort={sort} onSort={onSort} />}
    </>
  );
}
