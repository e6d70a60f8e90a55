import { useEffect, useState } from 'react';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
