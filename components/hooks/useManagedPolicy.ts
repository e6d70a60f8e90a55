import { useEffect, useState } from 'react';
import { EMPTY_MANAGED, type ManagedRead } from '@/lib/settings/managed-schema';
import { readManaged, watchManaged } from '@/lib/settings/managed-store';

/** What the administrator's policy sets, with warnings about values that were ignored. */
export function useManagedPolicy(): ManagedRead {
  const [read, setRead] = useState<ManagedRead>(EMPTY_MANAGED);
  useEffect(() => {
    const load = () => void readManaged().then(setRead);
    load();
    return watchManaged(load);
  }, []);
  return read;
}
