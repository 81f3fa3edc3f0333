import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { mayAnalyse, validAnalysisInput } from './analysis-service';

describe('validAnalysisInput', () => {
  it('accepts text with well-formed blocks and drops unknown fields', () => {
    const input = {
      text: 'Hello there.',
      blocks: [{ start: 0, end: 12, type: 'paragraph', lang: 'en', extra: 1 }],
    };
    expect(validAnalysisInput(input)).toEqual({
      text: 'Hello there.',
      blocks: [{ start: 0, end: 12, type: 'paragraph', lang: 'en' }],
    });
  });
  it('refuses malformed or oversized input', () => {
    expect(validAnalysisInput(null)).toBeNull();
    expect(validAnalysisInput({ text: 3, blocks: [] })).toBeNull();
    expect(validAnalysisInput({ text: 'abc', blocks: [{ start: 0, end: 9, type: 'paragraph' }] })).toBeNull();
    expect(validAnalysisInput({ text: 'abc', blocks: [{ start: 0, end: 3, type: 'script' }] })).toBeNull();
    expect(validAnalysisInput({ text: 'x'.repeat(200_001), blocks: [] })).toBeNull();
  });
});

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
