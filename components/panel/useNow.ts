import { useEffect, useState } from 'react';

/** The time, ticking every `everyMs` (for "已等 6 分钟" that counts up while the page is open). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
