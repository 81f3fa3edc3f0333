/**
 * Which findings of a long list to register with the browser: those around
 * the viewport.
 *
 * Every change to `CSS.highlights` makes the browser revisit every
 * registered range when it next renders, and that pass grows with the count:
 * tens of thousands of ranges (a 100,000-word page) cost one rendering task
 * of 100 ms and more. Ranges far off screen paint nothing anyway, so a long
 * list registers a window around what the reader sees and moves it as they
 * scroll (utils/highlight/css-highlights.ts).
 */

export interface WindowOptions {
  /** Extra screens of findings above and below the viewport. */
  screens: number;
  /** Extra findings on each side in list order (layouts that are not top-to-bottom, e.g. columns). */
  pad: number;
}

export const DEFAULT_WINDOW: WindowOptions = { screens: 2, pad: 300 };

/**
 * The index range [from, to) of `count` items in document order whose boxes
 * (`rectOf(i)`) lie within `opts.screens` viewports of the visible area,
 * widened by `opts.pad` items each way. Binary search: only a few dozen boxes
 * are measured, whatever the count.
 */
export function windowAround(
  count: number,
  rectOf: (i: number) => { top: number; bottom: number },
  viewportHeight: number,
  opts: WindowOptions = DEFAULT_WINDOW,
): { from: number; to: number } {
  if (count === 0) return { from: 0, to: 0 };
  const above = -opts.screens * viewportHeight;
  const below = (opts.screens + 1) * viewportHeight;
  // First item whose box ends below the top of the window.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(mid).bottom < above) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // First item (after `first`) whose box starts below the bottom of the window.
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(mid).top <= below) lo = mid + 1;
    else hi = mid;
  }
  return { from: Math.max(0, first - opts.pad), to: Math.min(count, lo + opts.pad) };
}
