import { describe, expect, it } from 'vitest';
import { relativeTime } from './time';

describe('relativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('says how long ago a recent note was written', () => {
    expect(relativeTime('2026-03-10T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-03-10T11:45:00Z', now)).toBe('15 min ago');
    expect(relativeTime('2026-03-10T09:00:00Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-03-09T09:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-03-06T12:00:00Z', now)).toBe('4 days ago');
  });
  it('falls back to a date for old notes and to nothing for bad input', () => {
    expect(relativeTime('2025-01-02T00:00:00Z', now)).toMatch(/2025/);
    expect(relativeTime('not a date', now)).toBe('');
  });
});
