import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { FIRST_WARMUP_INPUT, FOLLOW_UP_INPUT, keepWarming, WARMUP_INPUT, warmEngine } from './engine-warmup';

describe('engine warm-up', () => {
  it('reaches every detector: the made-up text, and the first run’s share of it, yield claims, figures and framing', () => {
    for (const input of [WARMUP_INPUT(), FIRST_WARMUP_INPUT()]) {
      const kinds = new Set(analyze(input).map((f) => f.kind));
      expect([...kinds].sort()).toEqual(['claim', 'figure', 'framing']);
    }
    expect(FIRST_WARMUP_INPUT().text.length).toBeLessThan(WARMUP_INPUT().text.length / 2);
  });
  it('well-formed blocks that tile the text, in each input', () => {
    for (const { text, blocks } of [WARMUP_INPUT(), FOLLOW_UP_INPUT()]) {
      for (const b of blocks ?? [])
        expect(text.slice(b.start, b.end).trim()).toBe(text.slice(b.start, b.end));
      expect(blocks?.at(-1)?.end).toBe(text.length);
    }
  });
  it('gives a follow-up run the made-up text three times over, each copy with its languages', () => {
    const once = WARMUP_INPUT();
    const thrice = FOLLOW_UP_INPUT();
    expect(thrice.text).toBe([once.text, once.text, once.text].join('\n\n'));
    expect(thrice.blocks?.map((b) => b.lang)).toEqual(
      [...(once.blocks ?? []), ...(once.blocks ?? []), ...(once.blocks ?? [])].map((b) => b.lang),
    );
  });
  it('runs once per worker lifetime', () => {
    expect(warmEngine()).toBeGreaterThan(0);
    expect(warmEngine()).toBe(0);
  });
  it('keeps warming, one run per task, at least 16 and at most 24 runs', async () => {
    const tasks: (() => void)[] = [];
    const done = keepWarming((run) => tasks.push(run));
    let ran = 0;
    while (tasks.length) {
      (tasks.shift() as () => void)();
      ran++;
    }
    expect(await done).toBe(ran);
    expect(ran).toBeGreaterThanOrEqual(16);
    expect(ran).toBeLessThanOrEqual(24);
  });
});
