import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { parseJsonSafely, readImportFile } from './json';
import { MAX_FILE_BYTES } from './limits';

describe('reading an import file safely', () => {
  it('refuses a file over the size limit before reading it', async () => {
    let read = false;
    const huge = {
      size: 50 * 1024 * 1024,
      text: async () => {
        read = true;
        return '';
      },
    } as unknown as Blob;
    await expect(readImportFile(huge)).rejects.toThrow(/50\.0 MB; files larger than 32\.0 MB/);
    expect(read).toBe(false);
    await expect(readImportFile(new Blob([]))).rejects.toThrow(/empty/);
  });

  it('reads a real 50 MB blob only to refuse it by size', async () => {
    const blob = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    expect(blob.size).toBeGreaterThan(MAX_FILE_BYTES);
    await expect(readImportFile(blob)).rejects.toBeInstanceOf(ImportError);
  });

  it('names truncated and invalid JSON', () => {
    const full = JSON.stringify({ format: 'rhetoric-lens-backup', version: 1, notes: [{ id: 'a' }] });
    expect(() => parseJsonSafely(full.slice(0, full.length - 7))).toThrow(
      /not complete JSON; it may have been cut off/,
    );
    expect(() => parseJsonSafely('{"a": nope}')).toThrow(/not valid JSON|not complete JSON/);
    expect(() => parseJsonSafely('   ')).toThrow(/empty/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, so no object can be polluted', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"format":"rhetoric-lens-backup","notes":[{"id":"x","deep":{"${key}":{"polluted":true}}}]}`;
      expect(() => parseJsonSafely(text)).toThrow(new RegExp(`"${key}"`));
    }
    // An escaped spelling is the same key once parsed.
    expect(() => parseJsonSafely('[{"a":[{"\\u005f_proto__":{"polluted":true}}]}]')).toThrow(/"__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The words themselves are fine as values.
    expect(parseJsonSafely('{"body":"__proto__ constructor prototype"}')).toEqual({
      body: '__proto__ constructor prototype',
    });
  });

  it('accepts a leading byte order mark', () => {
    expect(parseJsonSafely('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });
});
