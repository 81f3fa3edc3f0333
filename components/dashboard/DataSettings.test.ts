import { describe, expect, it } from 'vitest';
import { formatBytes } from './DataSettings';

describe('formatBytes', () => {
  it('uses decimal units like the browser does', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(25_000_000)).toBe('25 MB');
    expect(formatBytes(3_200_000_000)).toBe('3.2 GB');
  });
});
