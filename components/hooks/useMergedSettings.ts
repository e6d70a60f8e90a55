import { useEffect, useState } from 'react';
import { loadMergedSettings, watchMergedSettings } from '@/lib/settings/store';
import { mergeSettings, type MergedSettings } from '@/lib/settings/merge';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

/** The settings in force with where each comes from and what is locked (options page). */
export function useMergedSettings(): MergedSettings<Settings> {
  const [merged, setMerged] = useState(() => mergeSettings(DEFAULT_SETTINGS, {}, null));
  useEffect(() => {
    void loadMergedSettings().then(setMerged);
    return watchMergedSettings(setMerged);
  }, []);
  return merged;
}
