/** The extension's settings as Preact state, kept current when they change anywhere. */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, type Settings, watchSettings } from '@/utils/settings';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    getSettings().then((s) => alive && setSettings(s));
    const stop = watchSettings(setSettings);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return settings;
}
