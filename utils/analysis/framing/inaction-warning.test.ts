import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import { detectFraming } from './index';

const fear = (text: string) =>
  detectFraming(segment(text))
    .filter((f) => f.label === 'appeal_to_fear')
    .map((f) => text.slice(f.start, f.end));

describe('warnings of what follows if nothing is done', () => {
  it('flags a failure to act joined to a predicted consequence', () => {
    expect(fear('If we do not push back now, the next budget will cut deeper.')).toEqual([
      'If we do not push back now, the next budget will cut deeper',
    ]);
    expect(fear('If we do nothing, they will take everything.')).toEqual([
      'If we do nothing, they will take everything',
    ]);
    expect(fear('Unless we stop them now, they will take everything.')).toEqual([
      'Unless we stop them now, they will take everything',
    ]);
    expect(fear('If you don’t vote, nothing will change.')).toEqual([
      'If you don’t vote, nothing will change',
    ]);
  });

  it('flags the consequence stated first', () => {
    expect(fear('Our towns will die if nothing changes.')).toEqual(['Our towns will die if nothing changes']);
  });

  it('leaves plain conditions, third parties and advice alone', () => {
    expect(fear('If the rate rises, payments will rise.')).toEqual([]);
    expect(fear('If they fail to pay, the bank could foreclose.')).toEqual([]);
    expect(fear("If we don't know, we should ask.")).toEqual([]);
    expect(fear('If we do nothing else today, that is fine.')).toEqual([]);
  });
});

describe('spreading harm after a modal', () => {
  it('flags a threat of spreading or escalating', () => {
    expect(fear('Officials fear the outbreak could spread rapidly.')).toHaveLength(1);
    expect(fear('The conflict could escalate into a regional war.')).toHaveLength(1);
  });
  it('leaves a report of spreading alone', () => {
    expect(fear('The outbreak spread to three provinces last year.')).toEqual([]);
  });
});
