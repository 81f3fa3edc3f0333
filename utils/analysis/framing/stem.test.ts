import { describe, expect, it } from 'vitest';
import { stem, withAdverbs } from './stem';

describe('stem', () => {
  it('meets inflections of the same word', () => {
    expect(stem('begged')).toBe(stem('beg'));
    expect(stem('begging')).toBe(stem('beg'));
    expect(stem('hated')).toBe(stem('hate'));
    expect(stem('puppets')).toBe(stem('puppet'));
    expect(stem('cronies')).toBe(stem('crony'));
  });

  it('keeps derivations apart', () => {
    expect(stem('highly')).not.toBe(stem('high'));
    expect(stem('hat')).not.toBe(stem('hate'));
    expect(stem('rating')).not.toBe(stem('rat'));
  });

  it('derives adverbs from adjectives', () => {
    expect(withAdverbs('brutal')).toContain('brutally');
    expect(withAdverbs('nasty')).toContain('nastily');
    expect(withAdverbs('horrible')).toContain('horribly');
    expect(withAdverbs('idiotic')).toContain('idiotically');
  });
});
