import { useEffect, useState } from 'preact/hooks';

/**
 * How many items of a list to render: a first screenful at once, all of them
 * once that first frame has been painted (Preact runs effects after paint).
 * The popup shows four to six notes; building all of a page's notes before the
 * first paint held its first content up by 20–40 ms with 25 notes
 * (bench/ui.bench.ts).
 */
export function useProgressiveCount(total: number, firstScreen: number): number {
  const [all, setAll] = useState(false);
  const cut = total > firstScreen;
  useEffect(() => {
    if (cut) setAll(true);
  }, [cut]);
  return all || !cut ? total : firstScreen;
}
