import { describe, expect, it } from 'vitest';
import { asReceived, validAnalysisInput } from './analysis-input';

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

describe('asReceived', () => {
  it('gives every block the same fields, in the same order, whether or not the page declared a language', () => {
    const received = asReceived({
      text: 'Hola. Hello there.',
      blocks: [
        { start: 0, end: 5, type: 'paragraph', lang: 'es' },
        { start: 6, end: 18, type: 'paragraph' },
      ],
    });
    expect(received.blocks.map((b) => Object.keys(b))).toEqual([
      ['start', 'end', 'type', 'lang'],
      ['start', 'end', 'type', 'lang'],
    ]);
    expect(received.blocks[1]?.lang).toBeUndefined();
  });
});
