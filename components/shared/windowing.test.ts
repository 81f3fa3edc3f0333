import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, visibleRange } from './windowing';

describe('windowing', () => {
  const offsets = rowOffsets([10, 20, 30, 40], 2);

  it('stacks rows with gaps', () => {
    expect(offsets).toEqual([0, 12, 34, 66, 106]);
  });

  it('finds the row under a position', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 11)).toBe(0);
    expect(rowAt(offsets, 12)).toBe(1);
    expect(rowAt(offsets, 70)).toBe(3);
    expect(rowAt(offsets, 1000)).toBe(3);
  });

  it('renders only the rows that meet the visible band', () => {
    expect(visibleRange(offsets, 12, 20, 0)).toEqual({ start: 1, end: 2 });
    expect(visibleRange(offsets, 12, 30, 0)).toEqual({ start: 1, end: 3 });
    expect(visibleRange(offsets, 40, 10, 10)).toEqual({ start: 1, end: 3 });
    expect(visibleRange(rowOffsets([], 0), 0, 100, 0)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the window small for a long list', () => {
    const many = rowOffsets(new Array(10_000).fill(80), 8);
    const { start, end } = visibleRange(many, 440_000, 800, 200);
    expect(end - start).toBeLessThan(20);
    expect(many[start]).toBeLessThanOrEqual(440_000 - 200);
  });
});
