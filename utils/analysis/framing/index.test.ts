import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import type { Finding } from '../types';
import { detectFraming } from './index';

function framing(text: string): Finding[] {
  return detectFraming(segment(text));
}

function spans(text: string, label?: string): string[] {
  return framing(text)
    .filter((f) => !label || f.label === label)
    .map((f) => text.slice(f.start, f.end));
}

describe('detectFraming: loaded language and labels', () => {
  it('highlights a judging adjective with the noun it lands on', () => {
    const text = 'The minister showed his cowardly nature again in parliament yesterday.';
    expect(spans(text, 'loaded_language')).toEqual(['cowardly nature']);
  });

  it('takes in the object of a loaded verb', () => {
    const text = 'The mayors went to the capital to grovel for a bigger grant.';
    expect(spans(text, 'loaded_language')).toEqual(['grovel for a bigger grant']);
  });

  it('explains with the words themselves', () => {
    const f = framing('Critics called it a shameful decision by the board.');
    const loaded = f.find((x) => x.label === 'loaded_language')!;
    expect(loaded.explanation).toContain("'shameful decision'");
    expect(loaded.score).toBeGreaterThan(0);
    expect(loaded.score).toBeLessThanOrEqual(1);
  });

  it('labels groups with their modifiers but not the article', () => {
    const text = 'The senator and his cabal met the corporate oligarchy behind closed doors.';
    expect(spans(text, 'name_calling')).toEqual(['his cabal', 'corporate oligarchy']);
  });

  it('pins ideology charges to named actors only', () => {
    const text = 'Students read about imperialism. Then they protested against Roman imperialism.';
    expect(spans(text, 'name_calling')).toEqual(['Roman imperialism']);
  });

  it('needs a named owner before calling someone a toy or pawn', () => {
    expect(spans('The children left their toys in the garden.', 'name_calling')).toEqual([]);
    expect(spans('The deputies are merely Moscow’s obedient pawns now.', 'name_calling')).toEqual([
      'obedient pawns',
    ]);
  });

  it('does not read a label used as a modifier or a verb as name-calling', () => {
    expect(spans('The elite universities raised fees.', 'name_calling')).toEqual([]);
  });

  it('ends a plural label before its verb and takes a label modifying it', () => {
    expect(spans('These radical leftists want to tear it all down.', 'name_calling')).toEqual([
      'radical leftists',
    ]);
    expect(spans('The leftist media ignored it.', 'name_calling')).toEqual(['leftist media']);
  });

  it('reads a judging adjective on a noun for people as a label for them', () => {
    expect(spans('The despotic leader spoke at dawn.', 'name_calling')).toEqual(['despotic leader']);
    expect(spans('These arrogant bishops refuse.', 'name_calling')).toEqual(['arrogant bishops']);
    expect(spans('It was a reckless decision.', 'loaded_language')).toEqual(['reckless decision']);
    expect(spans('The servile character of the press is plain.', 'name_calling')).toEqual([]);
    const f = framing('The despotic leader spoke at dawn.').find((x) => x.label === 'name_calling');
    expect(f?.explanation).toBe(
      "'despotic leader' is a label: a judging adjective tags people with a verdict instead of describing what they did.",
    );
  });

  it('does not judge a service named after a calamity', () => {
    expect(spans('Disaster relief teams arrived on Thursday.')).toEqual([]);
    expect(spans('The plan is a disaster for families.', 'loaded_language')).toEqual(['disaster']);
  });

  it('does not read a denied label as name-calling', () => {
    expect(spans('She is not a career politician, and he is no fool.', 'name_calling')).toEqual([]);
    expect(spans('He is a traitor.', 'name_calling')).toEqual(['traitor']);
  });

  it('finds fear appeals by grammar: a modal or warning before a harm word', () => {
    expect(spans('Experts warn that the epidemic could explode at any time.', 'appeal_to_fear')).toEqual([
      'Experts warn that the epidemic could explode',
    ]);
    expect(spans('The attack killed 80 people last year.', 'appeal_to_fear')).toEqual([]);
    expect(spans('The new rules would not kill the industry.', 'appeal_to_fear')).toEqual([]);
    const name =
      'The old minister now chairs the National Bureau for Risk and Disaster Management in the capital.';
    expect(spans(name, 'appeal_to_fear')).toEqual([]);
  });

  it('reads hyphenated labels by their head', () => {
    const text = 'The senator called his critics race-baiters, and the clinic turned away the anti-vaxxers.';
    expect(spans(text, 'name_calling')).toEqual(['race-baiters', 'anti-vaxxers']);
    expect(spans('The anti-war march and the well-known writer met.', 'name_calling')).toEqual([]);
    expect(spans('Their accounts were hacked last week.', 'name_calling')).toEqual([]);
  });
});

describe('detectFraming: quotes', () => {
  it('finds short scare quotes and leaves reported speech alone', () => {
    const text =
      'The council hailed the ‘historic reform’ this week. The mayor said it was “a good day for everyone.” The mayor’s aide agreed.';
    expect(spans(text, 'scare_quotes')).toEqual(['‘historic reform’']);
  });

  it('skips quoted names and titles', () => {
    expect(spans('They launched ‘Project Blue Harbour’ in May.', 'scare_quotes')).toEqual([]);
  });

  it('skips a short quote introduced by a speech verb', () => {
    expect(spans('Her rival called the plan "reckless" on Monday.', 'scare_quotes')).toEqual([]);
  });
});

describe('detectFraming: other devices', () => {
  it('finds sweeping superlatives with their scope, not plain rankings', () => {
    const text =
      'It is the cruellest tax system in history. Lagos is one of the largest cities in the world.';
    expect(spans(text, 'exaggeration')).toEqual(['the cruellest tax system in history']);
  });

  it('finds boosters and hedges', () => {
    const text = 'The fact is the bridge is unsafe. Perhaps the council will act.';
    expect(spans(text, 'booster')).toEqual(['The fact is']);
    expect(spans(text, 'hedge')).toEqual(['Perhaps']);
  });

  it('does not take "clearly" for "clear" or "likely" for "like"', () => {
    expect(spans('The sky was clear and it felt like spring.')).toEqual([]);
  });

  it('finds flag-waving, fear, doubt, slogans, either-or, causes, deflection, us-versus-them', () => {
    const text = [
      'Every patriot must defend our way of life.',
      'This is an existential threat to the town.',
      'The so-called experts disagree.',
      'Enough is enough!',
      'There is no middle ground here.',
      'The new mayor is to blame for the floods.',
      'But what about the previous council?',
      'They want to take our jobs, and the elites laugh.',
    ].join(' ');
    const labels = new Set(framing(text).map((f) => f.label));
    for (const l of [
      'flag_waving',
      'appeal_to_fear',
      'doubt',
      'slogans',
      'black_and_white',
      'causal_oversimplification',
      'whataboutism',
      'us_vs_them',
    ]) {
      expect(labels, l).toContain(l);
    }
  });

  it('reads the writer’s own questions as doubt, not quoted ones', () => {
    const text =
      'Did the minister really know nothing about the contracts? She said: "Why would I lie about it?"';
    expect(spans(text, 'doubt')).toEqual(['Did the minister really know nothing about the contracts?']);
  });

  it('shows a repeated device once unless asked for every occurrence', () => {
    const text = 'Foreign imperialism grows. We oppose Foreign imperialism.';
    expect(spans(text, 'name_calling')).toHaveLength(1);
    expect(
      detectFraming(segment(text), { repeats: 'all' }).filter((f) => f.label === 'name_calling'),
    ).toHaveLength(2);
  });

  it('skips blocks that are not English', () => {
    const text = {
      text: 'Le gouvernement est corrompu et lâche.\n\nThe government is cowardly.',
      blocks: [
        { start: 0, end: 38, type: 'paragraph' as const, lang: 'fr' },
        { start: 40, end: 67, type: 'paragraph' as const },
      ],
    };
    const f = detectFraming(segment(text));
    expect(f.every((x) => x.start >= 40)).toBe(true);
  });

  it('returns valid, sorted-within-block spans on ordinary text', () => {
    const text = 'A vile, corrupt regime of thugs rules. The truth is they want to win at any cost!';
    for (const f of framing(text)) {
      expect(f.kind).toBe('framing');
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });
});

describe('detectFraming: hostile input', () => {
  const bounded = (text: string, ms: number) => {
    const t0 = performance.now();
    const f = detectFraming(segment(text));
    const elapsed = performance.now() - t0;
    for (const x of f) expect(x.end).toBeLessThanOrEqual(text.length);
    expect(elapsed).toBeLessThan(ms);
  };

  it('handles empty text', () => {
    expect(framing('')).toEqual([]);
  });

  it('handles a megabyte line without punctuation', () => {
    bounded('word '.repeat(200_000), 5000);
  });

  it('handles ten megabytes of text', () => {
    bounded('The shameful regime lies. '.repeat(400_000), 20000);
  }, 30000);

  it('handles binary garbage, emoji and right-to-left scripts', () => {
    let s = '';
    for (let i = 0; i < 200_000; i++) s += String.fromCharCode((i * 7919) % 65536);
    bounded(s, 5000);
    bounded('🔥💯 “🙄” ‘😡’ '.repeat(20_000), 5000);
    bounded('الحكومة الفاسدة “كذبت” على الشعب. '.repeat(5_000), 5000);
  });

  it('handles unbalanced quote marks', () => {
    bounded('“ ‘ " \' '.repeat(100_000), 5000);
  });
});

describe('detectFraming: either-or dilemmas', () => {
  it('marks "either … or" offering two rival stances', () => {
    expect(spans('Either we act now, or we lose everything.', 'black_and_white')).toEqual([
      'Either we act now, or we lose everything',
    ]);
    expect(spans('You are either with the workers or with the bosses.', 'black_and_white')).toEqual([
      'either with the workers or with the bosses',
    ]);
  });

  it('leaves plain choices and a sentence-final "either" alone', () => {
    expect(spans('You can take either the bus or the train.', 'black_and_white')).toEqual([]);
    expect(spans('Either way, the vote will be close or delayed.', 'black_and_white')).toEqual([]);
    expect(spans('He did not vote either. Or so he says.', 'black_and_white')).toEqual([]);
  });
});

describe('detectFraming: hedges', () => {
  it('marks vague appeals to unnamed experts and "in theory"', () => {
    expect(spans('Some experts suggest the plan could, in theory, cut costs.', 'hedge')).toEqual([
      'Some experts suggest',
      'in theory',
    ]);
  });
});

describe('detectFraming: either-or highlight ends', () => {
  it('keeps a long second option whole and does not end it on a function word', () => {
    const text =
      'Either the government listens now, or it will face the same protests that brought down its predecessor in 2013.';
    expect(spans(text, 'black_and_white')).toEqual([text.slice(0, -1)]);
  });
});
