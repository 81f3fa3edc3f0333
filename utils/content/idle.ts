/**
 * Cooperative scheduling: long work (mapping a huge page, analysing it,
 * building thousands of ranges) runs in slices so no task of ours blocks the
 * page's main thread for long. Slices run in idle callbacks when the browser
 * has them; a short timeout keeps a busy page from starving us.
 */

/** Longest slice of work we allow ourselves in one task (the "long task" line is 50 ms). */
export const SLICE_MS = 30;

/** Resolves in a later task, when the main thread is idle (or after `timeout` ms at most). */
export function nextSlice(timeout = 20): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/** Longest slice actually run, for the benchmark's "no task of ours > 50 ms" check. */
export const sliceStats = { longestMs: 0, slices: 0 };

/**
 * Runs `step` repeatedly, yielding to the page whenever a slice has used its
 * budget. `step` does a small unit of work and returns true when all is done.
 * The first slice runs synchronously (short pages finish without yielding).
 * `cancelled` is checked between slices so stale work stops early.
 */
export async function runSliced(
  step: () => boolean,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  for (;;) {
    const start = performance.now();
    let done = false;
    while (!done && performance.now() - start < SLICE_MS) done = step();
    const took = performance.now() - start;
    sliceStats.longestMs = Math.max(sliceStats.longestMs, took);
    sliceStats.slices++;
    if (done) return true;
    await nextSlice();
    if (cancelled()) return false;
  }
}
