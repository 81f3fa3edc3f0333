/**
 * Pure arithmetic behind the windowed list: where each row starts, and which
 * rows intersect the visible band. Kept apart from the component so it is
 * unit-tested without a DOM.
 */

/** offsets[i] is the top of row i; offsets[n] is the total height. */
export function rowOffsets(heights: readonly number[], gap: number): number[] {
  const offsets = new Array<number>(heights.length + 1);
  let y = 0;
  for (let i = 0; i < heights.length; i++) {
    offsets[i] = y;
    y += (heights[i] ?? 0) + gap;
  }
  offsets[heights.length] = Math.max(0, y - (heights.length ? gap : 0));
  return offsets;
}

/** The first row whose bottom is below `y` (binary search over the offsets). */
export function rowAt(offsets: readonly number[], y: number): number {
  const n = offsets.length - 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, n - 1));
}

/** Rows [start, end) to render so that [top, top + height] plus `overscan` pixels either side is covered. */
export function visibleRange(
  offsets: readonly number[],
  top: number,
  height: number,
  overscan: number,
): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, Math.max(0, top - overscan));
  const bottom = top + height + overscan;
  let end = start;
  while (end < n && (offsets[end] ?? 0) < bottom) end++;
  return { start, end: Math.max(end, start + 1) };
}
