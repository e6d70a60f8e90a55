import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** The current value of a `storage.local` item, following changes made elsewhere. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}
