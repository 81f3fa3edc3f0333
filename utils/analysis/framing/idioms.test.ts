import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import { detectFraming } from './index';

function framing(text: string): [string, string][] {
  return detectFraming(segment(text)).map((f) => [text.slice(f.start, f.end), f.label]);
}

describe('loaded idioms and doom predictions', () => {
  it('flags idioms that condemn by metaphor', () => {
    expect(framing('This is a slap in the face to every veteran.')).toContainEqual([
      'slap in the face',
      'loaded_language',
    ]);
    expect(framing('They were stabbed in the back by their own party.')).toContainEqual([
      'stabbed in the back',
      'loaded_language',
    ]);
  });
  it('flags "stop at nothing" as exaggeration', () => {
    expect(framing('The establishment will stop at nothing to win.')).toContainEqual([
      'stop at nothing',
      'exaggeration',
    ]);
  });
  it('reads a prediction of suffering as an appeal to fear, a report of it as nothing', () => {
    const predicted = framing('If we do nothing, our cities will burn and our families will suffer.');
    expect(predicted.map(([, label]) => label)).toContain('appeal_to_fear');
    expect(framing('Families suffered during the long winter of 1947.')).toEqual([]);
  });
  it('flags pejorative names for the press and the powerful, not the descriptive "mainstream media"', () => {
    expect(framing('The corrupt establishment fears us.').map(([, label]) => label)).toContain(
      'name_calling',
    );
    expect(framing('The story ran in the mainstream media on Tuesday.')).toEqual([]);
  });
  it('ends a doubt phrase on its noun, not on the verb after it', () => {
    expect(framing('The so-called experts got it wrong again.')).toContainEqual([
      'so-called experts',
      'doubt',
    ]);
  });
});

describe('urgency, single causes and career labels', () => {
  it('flags a call to act now or else as an appeal to fear', () => {
    // The warning takes in its consequence; the set phrase alone is kept where none follows.
    expect(framing('Unless we act now, our towns will never recover.')).toContainEqual([
      'Unless we act now, our towns will never recover',
      'appeal_to_fear',
    ]);
    expect(framing('We must move. Unless we act now.')).toContainEqual([
      'Unless we act now',
      'appeal_to_fear',
    ]);
  });
  it('flags absolute claims of none and all as exaggeration', () => {
    expect(framing('The inquiry found not a shred of evidence.')).toContainEqual([
      'not a shred of evidence',
      'exaggeration',
    ]);
    expect(framing('It has failed in practically every department.').map(([, l]) => l)).toContain(
      'exaggeration',
    );
  });
  it('flags a single way out as black-and-white thinking', () => {
    expect(framing('There is only one way to save this country.').map(([, l]) => l)).toContain(
      'black_and_white',
    );
    expect(framing('After the vote there is no going back.').map(([, l]) => l)).toContain('black_and_white');
    // Someone else's belief, reported: not the writer framing the choice.
    expect(framing('They see no other way out.').map(([, l]) => l)).not.toContain('black_and_white');
    expect(framing('He believes the only way forward is growth.').map(([, l]) => l)).not.toContain(
      'black_and_white',
    );
  });
  it('flags one simple reason as causal oversimplification', () => {
    expect(framing('Prices rose for one simple reason: greed.')).toContainEqual([
      'one simple reason',
      'causal_oversimplification',
    ]);
  });
  it('flags a career politician as a label', () => {
    expect(framing('The senator is a career politician.')).toContainEqual([
      'career politician',
      'name_calling',
    ]);
  });
});

describe('slogans', () => {
  it('takes a hashtag for a slogan when it runs a phrase together, not when it tags a topic', () => {
    const tags = framing('Read more: #Gaza #LasVegasShooting #StopTheSteal #ImWithHer #MAGA #1').filter(
      ([, label]) => label === 'slogans',
    );
    expect(tags.map(([text]) => text)).toEqual(['#StopTheSteal', '#ImWithHer']);
  });
  it('takes a rallying cry only where it opens a clause', () => {
    expect(framing('Down with the regime, they shouted.').map(([, label]) => label)).toContain('slogans');
    expect(framing('The senator sat down with reporters on Monday.')).toEqual([]);
  });
  it('reads "fake news" as casting doubt', () => {
    expect(framing('The story is fake news.')).toContainEqual(['fake news', 'doubt']);
  });
});

describe('scare quotes around a disputed name', () => {
  it('holds a name at a distance when the text contradicts it, and reports it otherwise', () => {
    expect(framing('They call it “reform”, but it is a tax hike.')).toContainEqual([
      '“reform”',
      'scare_quotes',
    ]);
    expect(framing('The minister called the bill “reform” on Tuesday.').map(([, l]) => l)).not.toContain(
      'scare_quotes',
    );
  });
});

describe('words after a number', () => {
  it('leaves a counted or measured noun alone, but not an adjective or a compound', () => {
    expect(framing('The centre, who is 6 feet 11 and 250 pounds, signed on Tuesday.')).toEqual([]);
    expect(framing('He listed ten amazing facts.').map(([text]) => text)).toContain('amazing facts');
    expect(framing('It was a 10-minute onslaught.').map(([text]) => text)).toContain('10-minute onslaught');
  });
});
