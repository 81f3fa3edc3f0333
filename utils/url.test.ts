import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from './url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest sorted', () => {
    expect(normalizeUrl('https://News.example.org/a?utm_source=x&b=2&fbclid=1&a=1#comments')).toBe(
      'https://news.example.org/a?a=1&b=2',
    );
    expect(normalizeUrl('https://example.org/a?gclid=abc')).toBe('https://example.org/a');
  });
  it('returns unparsable input trimmed rather than throwing', () => {
    expect(normalizeUrl(' not a url ')).toBe('not a url');
  });
});

describe('siteOf', () => {
  it('gives the host without www', () => {
    expect(siteOf('https://www.Example.org/x')).toBe('example.org');
    expect(siteOf('nonsense')).toBe('');
  });
});
