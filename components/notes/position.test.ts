import { describe, expect, it } from 'vitest';
import { panelPosition } from './position';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 300 };

describe('panelPosition', () => {
  it('goes below the passage when there is room', () => {
    expect(panelPosition({ top: 100, bottom: 120, left: 50 }, size, viewport)).toEqual({
      top: 128,
      left: 50,
    });
  });

  it('goes above when there is no room below', () => {
    expect(panelPosition({ top: 600, bottom: 620, left: 50 }, size, viewport)).toEqual({
      top: 292,
      left: 50,
    });
  });

  it('stays inside the viewport for passages off screen or at the right edge', () => {
    const below = panelPosition({ top: 2000, bottom: 2020, left: 900 }, size, viewport);
    expect(below.top + size.height).toBeLessThanOrEqual(viewport.height);
    expect(below.left + size.width).toBeLessThanOrEqual(viewport.width);
    const above = panelPosition({ top: -500, bottom: -480, left: -20 }, size, viewport);
    expect(above.top).toBeGreaterThanOrEqual(8);
    expect(above.left).toBe(8);
  });
});
