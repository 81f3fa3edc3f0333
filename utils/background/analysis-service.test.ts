import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { mayAnalyse } from './analysis-service';

describe('mayAnalyse', () => {
  const url = 'https://news.example.org/opinion/1';
  it('allows batches sent after the page read settings', () => {
    expect(mayAnalyse(undefined, { ...DEFAULT_SETTINGS, mode: 'manual' })).toBe(true);
  });
  it('allows an unconfirmed batch where settings analyse automatically', () => {
    expect(mayAnalyse(url, DEFAULT_SETTINGS)).toBe(true);
    expect(mayAnalyse(url, { ...DEFAULT_SETTINGS, mode: 'always' })).toBe(true);
  });
  it('refuses it on a site turned off, when analysis is only on request, or without a URL', () => {
    expect(mayAnalyse(url, { ...DEFAULT_SETTINGS, disabledSites: ['news.example.org'] })).toBe(false);
    expect(mayAnalyse(url, { ...DEFAULT_SETTINGS, mode: 'manual' })).toBe(false);
    expect(mayAnalyse(42, DEFAULT_SETTINGS)).toBe(false);
  });
});
