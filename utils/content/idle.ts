/**
 * Cooperative scheduling: long work (mapping a huge page, building thousands
 * of ranges) runs in slices so no task of ours blocks the page's main thread
 * for long. Between slices we yield to the page (its input, rendering and
 * scripts run) and continue as soon as it has had its turn: not in idle
 * callbacks, which on a busy page or between frames can leave us waiting
 * tens of milliseconds per slice for nothing.
 */

/**
 * Longest slice of work we allow ourselves in one task. The "long task" line
 * is 50 ms; the margin is for what a slice cannot control, such as a garbage
 * collection falling inside it.
 */
export const SLICE_MS = 20;

interface YieldingScheduler {
  yield(): Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/** A new task right after what the page has queued (a message event: no timer clamping). */
function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** Resolves in a later task, once the page has had its turn (`scheduler.yield()` where the browser has it). */
export function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
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
