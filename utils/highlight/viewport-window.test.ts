import { describe, expect, it } from 'vitest';
import { windowAround } from './viewport-window';

/** Items 20 px tall, one under the other, the viewport scrolled by `scroll` px. */
const stacked = (scroll: number) => (i: number) => ({ top: i * 20 - scroll, bottom: i * 20 + 20 - scroll });

describe('windowAround', () => {
  it('takes the items within the given screens of the viewport, plus padding', () => {
    // Viewport 100 px: items 0..4 visible at scroll 0; one screen below reaches 200 px.
    expect(windowAround(1000, stacked(0), 100, { screens: 1, pad: 0 })).toEqual({ from: 0, to: 11 });
    expect(windowAround(1000, stacked(10_000), 100, { screens: 1, pad: 0 })).toEqual({ from: 494, to: 511 });
    expect(windowAround(1000, stacked(10_000), 100, { screens: 1, pad: 5 })).toEqual({ from: 489, to: 516 });
  });

  it('clamps to the list and measures only a few boxes', () => {
    let measured = 0;
    const rect = (i: number) => {
      measured++;
      return stacked(0)(i);
    };
    expect(windowAround(100_000, rect, 100, { screens: 2, pad: 300 })).toEqual({ from: 0, to: 316 });
    expect(measured).toBeLessThan(40);
    expect(windowAround(0, rect, 100)).toEqual({ from: 0, to: 0 });
    expect(windowAround(50, stacked(5000), 100, { screens: 1, pad: 0 })).toEqual({ from: 50, to: 50 });
  });
});
