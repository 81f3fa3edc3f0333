import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import { detectFraming } from './index';

const labels = (text: string) =>
  detectFraming(segment(text), { repeats: 'all' })
    .filter((f) => f.label === 'name_calling')
    .map((f) => text.slice(f.start, f.end));

describe('labels pinned on by a verb of naming', () => {
  it('takes the label after the object of call, brand, dub', () => {
    expect(labels('The mayor called the audit a whitewash.')).toEqual(['whitewash']);
    expect(labels('Her rivals branded the committee a “rubber stamp” last year.')).toEqual(['rubber stamp']);
    expect(labels('Commentators call them pushovers, and the name stuck.')).toEqual(['pushovers']);
  });

  it('takes the label after "as" with verbs of scorn', () => {
    expect(labels('The minister dismissed the petition as a stunt.')).toEqual(['stunt']);
    expect(labels('They smeared the farmers as profiteers.')).toEqual(['profiteers']);
  });

  it('needs quote marks after verbs of description', () => {
    expect(labels('The board described the plan as a “slow-motion heist”.')).toEqual(['slow-motion heist']);
    expect(labels('She describes herself as a retired teacher.')).toEqual([]);
    expect(labels('The office referred to the tenants as “freeloaders.”')).toEqual(['freeloaders']);
  });

  it('leaves other uses of the verbs alone', () => {
    expect(labels('The union called for a strike and called off the march.')).toEqual([]);
    expect(labels('A bill called the Harbour Act passed.')).toEqual([]);
    expect(labels('He called the council’s bluff.')).toEqual([]);
    expect(labels('The clerk called me after lunch.')).toEqual([]);
    expect(labels('He calls himself Sandy.')).toEqual([]);
    expect(labels('She took a phone call as the train left.')).toEqual([]);
    expect(labels('The reporter called the vote “a very close thing. We will see.”')).toEqual([]);
  });

  it('explains that a verb of naming pins the label on', () => {
    const f = detectFraming(segment('The mayor called the audit a whitewash.')).find(
      (x) => x.label === 'name_calling',
    );
    expect(f?.explanation).toBe(
      "'whitewash' is a label: a verb of naming pins it on someone or something in place of a description.",
    );
  });
});
