import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import { detectFraming } from './index';
import type { Technique } from './types';

const spans = (label: Technique, text: string) =>
  detectFraming(segment(text), { repeats: 'all' })
    .filter((f) => f.label === label)
    .map((f) => text.slice(f.start, f.end));

const dilemma = (text: string) => spans('black_and_white', text);
const fear = (text: string) => spans('appeal_to_fear', text);
const cause = (text: string) => spans('causal_oversimplification', text);

const explanation = (label: Technique, text: string) =>
  detectFraming(segment(text), { repeats: 'all' }).find((f) => f.label === label)?.explanation ?? '';

describe('false dilemmas: one option declared the only one', () => {
  it('highlights the sentence that rules the alternatives out', () => {
    expect(dilemma('The only answer is a wall along the whole border.')).toEqual([
      'The only answer is a wall along the whole border',
    ]);
    expect(dilemma('Critics say otherwise, but there is no alternative to these cuts.')).toEqual([
      'there is no alternative to these cuts',
    ]);
    expect(dilemma('We have no choice but to close the plant.')).toEqual([
      'We have no choice but to close the plant',
    ]);
  });

  it('leaves a denied "only" alone', () => {
    expect(dilemma('Tax cuts are not the only solution to slow growth.')).toEqual([]);
    expect(dilemma('A wall isn’t the only option on the table.')).toEqual([]);
  });

  it('flags a sentence opened by "Only … can"', () => {
    expect(dilemma('Only a new government can save the steel towns.')).toEqual([
      'Only a new government can save the steel towns',
    ]);
  });

  it('leaves "only" with a number, a time or in mid-sentence alone', () => {
    expect(dilemma('Only 5% of voters will change their minds.')).toEqual([]);
    expect(dilemma('Only then will the committee meet again.')).toEqual([]);
    expect(dilemma('Only time will tell whether the plan works.')).toEqual([]);
    expect(dilemma('Only a few of the members will attend.')).toEqual([]);
    expect(dilemma('The council can only act when asked.')).toEqual([]);
  });

  it('flags a choice between two options joined by "or"', () => {
    expect(dilemma('The country faces a choice between surrender or war.')).toEqual([
      'The country faces a choice between surrender or war',
    ]);
    expect(dilemma('Voters have a choice between two candidates and a write-in line.')).toEqual([]);
  });

  it('flags ultimatums and leaves the idioms alone', () => {
    expect(dilemma('They told the villagers to convert or die.')).toEqual([
      'They told the villagers to convert or die',
    ]);
    expect(dilemma('Pay your dues, or else.')).toEqual(['or else']);
    expect(dilemma('Nobody knows whether the patients will live or die.')).toEqual([]);
    expect(dilemma('It was do or die for the team.')).toEqual([]);
    expect(dilemma('He may resign or else be pushed out next month.')).toEqual([]);
  });

  it('explains in one sentence why', () => {
    expect(explanation('black_and_white', 'The only answer is a wall along the whole border.')).toMatch(
      /only one: it rules out the alternatives/,
    );
  });
});

describe('appeals to fear: threats to what the reader holds dear, foretold ruin', () => {
  it('flags a grave threat and a plain threat aimed at something valued', () => {
    expect(fear('This new law is a grave threat to the common good.')).toEqual([
      'This new law is a grave threat to the common good',
    ]);
    expect(fear('The new bill is a threat to our democracy.')).toEqual([
      'The new bill is a threat to our democracy',
    ]);
  });

  it('leaves factual and denied threats alone', () => {
    expect(fear('The rainy season poses a threat to the containment effort.')).toEqual([]);
    expect(fear('Nobody knows whether the patients will live or die.')).toEqual([]);
    expect(fear('Officials said the storm is not a threat to our towns.')).toEqual([]);
  });

  it('flags foretold ruin', () => {
    expect(fear('If this passes, it could be the end of our republic.')).toEqual([
      'it could be the end of our republic',
    ]);
    expect(fear('Wake up: no one is safe.')).toEqual(['no one is safe']);
    expect(fear('Soon it will be too late to act.')).toEqual(['Soon it will be too late to act']);
  });

  it('flags one step said to lead to war, not to ordinary results', () => {
    expect(fear('Sending troops will lead to war with Iran.')).toEqual([
      'Sending troops will lead to war with Iran',
    ]);
    expect(fear('The new timetable will lead to shorter waits.')).toEqual([]);
  });

  it('flags harm foretold for the vulnerable, not plain plans for them', () => {
    expect(fear('If this bill passes, your children will never be safe again.')).toEqual([
      'your children will never be safe again',
    ]);
    expect(fear('Our children will grow up with better schools.')).toEqual([]);
  });

  it('flags a penalty held over those who refuse', () => {
    expect(fear('He was told to take the files down or face prosecution.')).toEqual([
      'He was told to take the files down or face prosecution',
    ]);
  });
});

describe('causal oversimplification: one cause for a complex outcome', () => {
  it('flags the only or real reason', () => {
    expect(cause('The only reason prices rose is greed.')).toEqual(['The only reason prices rose is greed']);
    expect(cause('Growth is one reason, but it is not the only reason prices rose.')).toEqual([]);
  });

  it('flags "simply because" and "all because", not "just because … doesn’t mean" or "not only because"', () => {
    expect(cause('He was fired simply because he is a conservative.')).toEqual([
      'He was fired simply because he is a conservative',
    ]);
    expect(cause('The town lost its factory, all because of one bad treaty.')).toEqual([
      'The town lost its factory, all because of one bad treaty',
    ]);
    expect(cause('Just because it rains does not mean the harvest fails.')).toEqual([]);
    expect(cause('Prices rose not only because of the tariffs but also because of the drought.')).toEqual([]);
  });

  it('flags the whole blame laid on one party, not a question or a denial', () => {
    expect(cause('The bankers are to blame for all of this.')).toEqual([
      'The bankers are to blame for all of this',
    ]);
    expect(cause('Who is to blame for the delays?')).toEqual([]);
    expect(cause('The drivers are not to blame for the delays.')).toEqual([]);
  });

  it('flags a complex outcome pinned on one cause, not a physical cause or a hedged one', () => {
    expect(cause('Immigrants are responsible for the crime in our cities.')).toEqual([
      'Immigrants are responsible for the crime in our cities',
    ]);
    expect(cause('The whole crisis was caused by greedy bankers.')).toEqual([
      'The whole crisis was caused by greedy bankers',
    ]);
    expect(cause('The fire was caused by a gas leak, the fire brigade said.')).toEqual([]);
    expect(cause('The union is responsible for the pension fund.')).toEqual([]);
    expect(cause('Bad loans were one factor, and the crisis was caused by many decisions.')).toEqual([]);
  });

  it('ends the highlight where a second clause begins', () => {
    expect(
      cause('The bankers are to blame for this, and it is no coincidence that they got richer.'),
    ).toEqual(['The bankers are to blame for this', 'it is no coincidence that they got richer']);
  });

  it('flags a counterfactual that pins the outcome on one decision', () => {
    expect(cause('She would still be alive if the city had obeyed the law.')).toEqual([
      'She would still be alive if the city had obeyed the law',
    ]);
  });

  it('flags "no coincidence" asserted, and motives assigned to "them"', () => {
    expect(cause('It is no coincidence that the scandal broke during the campaign.')).toEqual([
      'It is no coincidence that the scandal broke during the campaign',
    ]);
    expect(cause('They delayed the vote because they know they will lose it.')).toEqual([
      'They delayed the vote because they know they will lose it',
    ]);
    expect(cause('The team stayed home because they did it last year.')).toEqual([]);
    expect(cause('She left early because she was tired.')).toEqual([]);
  });

  it('explains in one sentence why', () => {
    expect(
      explanation('causal_oversimplification', 'He was fired simply because he is a conservative.'),
    ).toMatch(/single cause the whole story/);
  });
});
