import { describe, expect, it } from 'vitest';
import type { PageStatus } from '@/utils/messaging/protocol';
import { analysed } from './status';

const status = (patch: Partial<PageStatus>): PageStatus => ({
  url: 'https://example.org/',
  title: 't',
  article: true,
  state: 'done',
  counts: { claim: 0, figure: 0, framing: 0 },
  labelCounts: {},
  orphanIds: [],
  ...patch,
});

describe('analysed', () => {
  it('counts an analysed article, even with no findings', () => {
    expect(analysed(status({}))).toBe(true);
  });
  it('counts a page analysed on request that painted findings', () => {
    expect(analysed(status({ article: false, counts: { claim: 0, figure: 2, framing: 0 } }))).toBe(true);
  });
  it('does not count a page without article and findings, or one not analysed', () => {
    expect(analysed(status({ article: false }))).toBe(false);
    expect(analysed(status({ state: 'idle' }))).toBe(false);
    expect(analysed(status({ state: 'disabled' }))).toBe(false);
  });
});
