import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { FIRST_WARMUP_INPUT, keepWarming, WARMUP_INPUT, warmEngine } from './engine-warmup';

describe('engine warm-up', () => {
  it('reaches every detector: the made-up text, and the first run’s share of it, yield claims, figures and framing', () => {
    for (const input of [WARMUP_INPUT(), FIRST_WARMUP_INPUT()]) {
      const kinds = new Set(analyze(input).map((f) => f.kind));
      expect([...kinds].sort()).toEqual(['claim', 'figure', 'framing']);
    }
    expect(FIRST_WARMUP_INPUT().text.length).toBeLessThan(WARMUP_INPUT().text.length / 2);
  });
  it('well-formed blocks that tile the text', () => {
    const { text, blocks } = WARMUP_INPUT();
    for (const b of blocks) expect(text.slice(b.start, b.end).trim()).toBe(text.slice(b.start, b.end));
    expect(blocks.at(-1)?.end).toBe(text.length);
  });
  it('runs once per worker lifetime', () => {
    expect(warmEngine()).toBeGreaterThan(0);
    expect(warmEngine()).toBe(0);
  });
  it('keeps warming, one run per task, at least 8 and at most 16 runs', async () => {
    const tasks: (() => void)[] = [];
    const done = keepWarming((run) => tasks.push(run));
    let ran = 0;
    while (tasks.length) {
      (tasks.shift() as () => void)();
      ran++;
    }
    expect(await done).toBe(ran);
    expect(ran).toBeGreaterThanOrEqual(8);
    expect(ran).toBeLessThanOrEqual(16);
  });
});
