import { describe, expect, it } from 'vitest';
import { parseSite } from './SitesSettings';

describe('parseSite', () => {
  it('takes hosts and URLs', () => {
    expect(parseSite('example.org')).toBe('example.org');
    expect(parseSite(' www.Example.org ')).toBe('example.org');
    expect(parseSite('https://news.example.co.uk/path?q=1')).toBe('news.example.co.uk');
  });
  it('refuses what is not a site', () => {
    expect(parseSite('')).toBe('');
    expect(parseSite('not a site')).toBe('');
    expect(parseSite('hello')).toBe('');
  });
});
