import { createContext, useContext, useEffect, useMemo } from 'react';
import { branchTimeZoneItem } from '@/lib/settings/branch-time-zone';
import { DEFAULT_BRANCH_TIME_ZONE, branchTimeZone, validTimeZone } from '@/lib/time/branch-zone';
import { zoneClock, type ZoneClock } from '@/lib/time/zone-clock';
import { useStorageItem } from '../hooks/useStorageItem';

/** The branch's zone for every time on the supervisor's page (never the PC's own zone). */
export const BranchZoneContext = createContext<ZoneClock>(zoneClock(DEFAULT_BRANCH_TIME_ZONE));

export function useBranchZone(): ZoneClock {
  return useContext(BranchZoneContext);
}

/** The server's zone when it said one (remembered for exports made without it), else the last one. */
export function useResolvedBranchZone(fromServer: string | undefined): ZoneClock {
  const stored = useStorageItem(branchTimeZoneItem, DEFAULT_BRANCH_TIME_ZONE);
  const name = branchTimeZone(fromServer, stored);
  const told = validTimeZone(fromServer);
  useEffect(() => {
    if (told && told !== stored) void branchTimeZoneItem.setValue(told);
  }, [told, stored]);
  return useMemo(() => zoneClock(name), [name]);
}
