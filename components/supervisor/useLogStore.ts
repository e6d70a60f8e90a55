import { useEffect, useState } from 'react';
import { serverApi } from '@/lib/sync/server-api';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { logPageParams, type FilterCheck, type LogSortState } from '../../lib/supervisor/log-query';
import { LogPageStore } from '../../lib/supervisor/log-page-store';
import { takePrefetchedPage } from '../../lib/supervisor/first-page-prefetch';

/** A page store for the current filters and sort (a new one whenever they change). */
export function useLogStore(
  config: SyncConfig,
  check: FilterCheck,
  sort: LogSortState,
): LogPageStore | undefined {
  const params = check.ok ? check.params.toString() : undefined;
  const [store, setStore] = useState<LogPageStore>();
  useEffect(() => {
    if (params === undefined) return;
    const filters = new URLSearchParams(params);
    const api = serverApi(config);
    const next = new LogPageStore((offset, limit, withTotal) => {
      const query = logPageParams(
        filters,
        { sort: sort.sort, order: sort.order },
        { offset, limit, withTotal },
      );
      return takePrefetchedPage(config, query) ?? api.logPage(query);
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new store starts fetching for new filters
    setStore(next);
    return () => next.dispose();
  }, [config, params, sort.sort, sort.order]);
  return params === undefined ? undefined : store;
}
