import { describe, expect, it } from 'vitest';
import { labelId } from './LabelsSettings';

describe('labelId', () => {
  it('derives a stable slug and avoids collisions', () => {
    expect(labelId('Cherry-picked!', [])).toBe('cherry-picked');
    expect(labelId('Très bien', [])).toBe('tres-bien');
    expect(labelId('False', ['false'])).toBe('false-2');
    expect(labelId('False', ['false', 'false-2'])).toBe('false-3');
    expect(labelId('!!!', [])).toBe('label');
  });
});
