import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import { detectFraming } from './index';

const labels = (text: string) =>
  detectFraming(segment(text), { repeats: 'all' })
    .filter((f) => f.label === 'name_calling')
    .map((f) => text.slice(f.start, f.end));

describe('epithets around a name', () => {
  it('flags a judging apposition after a name', () => {
    expect(labels('The bill came from Harlow, a notorious crook and liar, last spring.')).toContain(
      'a notorious crook and liar',
    );
    expect(labels('The bill came from Harlow, a senator from Ohio, last spring.')).toEqual([]);
  });

  it('flags a quoted nickname inside or before a name', () => {
    expect(labels('Then Marcus “The Bulldozer” Reyes voted no.')).toEqual(['Marcus “The Bulldozer” Reyes']);
    expect(labels('Voters did not trust “Shifty” Adams at all.')).toEqual(['“Shifty” Adams']);
    expect(labels('Mayor Says “Secret Report” Proves Fraud')).toEqual([]);
    expect(labels('The so-called “wise” men met.')).toEqual([]);
  });

  it('flags a name turned into a camp', () => {
    expect(labels('The Garland haters will not stop.')).toEqual(['Garland haters']);
    expect(labels('The Garland fans will not stop.')).toEqual([]);
  });

  it('flags a verdict said of a person with "is a"', () => {
    expect(labels('Everyone knew he was a habitual liar.')).toContain('a habitual liar');
    expect(labels('Okafor is a shameless grifter!')).toContain('a shameless grifter');
    expect(labels('She was a teacher in Leeds.')).toEqual([]);
    expect(labels('The report is a long read.')).toEqual([]);
  });

  it('flags a judging adjective put straight on a name', () => {
    expect(labels('Nobody trusts the incompetent FBI.')).toContain('incompetent FBI');
    expect(labels('They cheered for reckless Hanlon.')).toContain('reckless Hanlon');
    expect(labels('It was the stupid Iraq War all over again.')).not.toContain('stupid Iraq War');
    expect(labels('Critics accused him of hating Jews.')).toEqual([]);
  });

  it('flags a judging adjective used as a noun for people', () => {
    expect(labels('There is no peace for the wicked.')).toContain('the wicked');
    expect(labels('The gullible and the greedy signed up.')).toContain('The gullible');
    expect(labels('They ignored the evil of the policy.')).not.toContain('the evil');
  });

  it('knows the newer group labels', () => {
    expect(labels('The RINOs in the caucus folded again.')).toEqual(['RINOs']);
    expect(labels('He is a sleazeball.')).toEqual(['sleazeball']);
    expect(labels('The hawks on the committee voted for it.')).toEqual([]);
  });
});
