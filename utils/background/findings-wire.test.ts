import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { WARMUP_INPUT } from './engine-warmup';
import { packFindings, unpackFindings } from './findings-wire';

describe('packed findings', () => {
  it('round-trips the engine output exactly, each string once', () => {
    const findings = analyze(WARMUP_INPUT());
    const twice = [...findings, ...findings];
    const packed = packFindings(twice);
    expect(unpackFindings(structuredClone(packed))).toEqual(twice);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(twice).length * 0.75);
  });

  it('refuses malformed replies', () => {
    const packed = packFindings(analyze(WARMUP_INPUT()));
    expect(() => unpackFindings({ ...packed, rows: packed.rows.slice(1) })).toThrow('Malformed');
    expect(() => unpackFindings({ ...packed, strings: [] })).toThrow('Malformed');
    expect(() => unpackFindings({ ...packed, rows: [7, 0, 1, 0, 0, 1, -1, -1] })).toThrow('Malformed');
    expect(() => unpackFindings(null as never)).toThrow('Malformed');
  });
});
