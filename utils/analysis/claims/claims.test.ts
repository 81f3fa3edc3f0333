import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import { splitClauses } from './clauses';
import { explainClaim } from './explain';
import { DENSE_FEATURES, spanFeatures } from './features';
import { CLAIM_THRESHOLD, detectClaims } from './index';
import { articleLogit, LEARNED_WEIGHTS, logit, WEIGHTS } from './model';
import { averageTestSentences } from './test-sentences';

function claimsOf(text: string) {
  return detectClaims(segment(text)).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

function scoreOf(sentence: string): number {
  return logit(WEIGHTS, spanFeatures(sentence, 0, sentence.length));
}

function featureNames(sentence: string): string[] {
  return spanFeatures(sentence, 0, sentence.length).indices.map((i) => DENSE_FEATURES[i]!);
}

describe('claim features', () => {
  it('sees a record: a superlative measured against time', () => {
    expect(featureNames('We have the lowest unemployment rate in 50 years.')).toContain('record');
    expect(featureNames('It was the largest tax cut in history.')).toContain('record');
    expect(featureNames('Our economy is the strongest it has ever been.')).toContain('record');
    expect(featureNames('She is the strongest candidate.')).not.toContain('record');
    expect(featureNames('The tax cut was larger last year.')).not.toContain('record');
  });

  it('sees a record measured against a place, when asserted ("the largest … in the country")', () => {
    expect(featureNames('Texas has the largest prison population in the country.')).toContain('record');
    expect(featureNames("Colombia is the world's largest producer of cocaine.")).toContain('record');
    // A judgement is not a measure, and a hypothetical asserts nothing.
    expect(featureNames('This is the greatest country in the world.')).not.toContain('record');
    expect(featureNames('They could become the richest region in the world.')).not.toContain('record');
  });

  it('reads "most" as a quantifier unless "the" or a possessive comes before it', () => {
    expect(featureNames('Most economists expect a recession next year.')).not.toContain('record');
    expect(featureNames('It was the most votes cast in a decade.')).toContain('record');
    expect(featureNames('The outbreak is entering its most dangerous phase this year.')).toContain('record');
  });
  it('sees figures, names, tense and attribution', () => {
    const names = featureNames(
      'The Harbour Authority said last week that exports rose 12% to $4 billion in 2024.',
    );
    for (const f of [
      'number',
      'percent',
      'money',
      'year',
      'entity',
      'past',
      'attribution',
      'change_verb',
      'time_ref',
    ]) {
      expect(names).toContain(f);
    }
  });

  it('sees opinion, modality, questions and imperatives', () => {
    expect(featureNames('I think we should probably be very proud of this wonderful town.')).toEqual(
      expect.arrayContaining([
        'first_singular',
        'first_plural',
        'deontic',
        'hedge',
        'evaluative',
        'intensifier',
      ]),
    );
    expect(featureNames('Will the council ever listen to us?')).toEqual(
      expect.arrayContaining(['future', 'question']),
    );
    expect(featureNames('Remember what happened in the harbour.')).toContain('imperative');
  });

  it('reads "May" inside a sentence as the month, not the modal', () => {
    expect(featureNames('Trump fired the FBI director in May 2017.')).not.toContain('epistemic');
    expect(featureNames('Prices may rise again next year.')).toContain('epistemic');
  });

  it('sees someone being addressed: a name set off by a comma, then "you"', () => {
    expect(featureNames('Senator Okafor, last year you voted against the bill.')).toContain('vocative');
    expect(featureNames('Senator Okafor, who chairs the committee, voted against the bill.')).not.toContain(
      'vocative',
    );
  });

  it('sees a stated provenance ("come directly from"), not a bare "from"', () => {
    expect(featureNames('The weapons come directly from the US market.')).toContain('origin');
    expect(featureNames('Funds were smuggled from Venezuela.')).toContain('origin');
    expect(featureNames('He came home and spoke from the heart of the matter.')).not.toContain('origin');
  });

  it('does not take "US" the country for "us" the pronoun, nor "one of" for a count', () => {
    expect(featureNames('Ships from the US docked at the harbour.')).not.toContain('first_plural');
    expect(featureNames('It is one of the finest harbours anywhere.')).not.toContain('number');
  });
});

describe('claim scores', () => {
  it('ranks specific checkable statements above opinion, questions, exhortation and prediction', () => {
    const checkable = [
      'Unemployment in the northern province fell from 9 percent to 6 percent between 2019 and 2023.',
      'The Harbour Authority said on Tuesday that 40 ships were turned away in March.',
      'Governor Alvarez signed the water bill in 2021 after the Senate passed it by 52 votes to 47.',
    ];
    const notClaims = [
      'I think this is a wonderful day for all of us.',
      'What are we going to do about it?',
      'The people of this city need to organise and stand together.',
      'Things will get better if we keep faith.',
    ];
    const lowestCheckable = Math.min(...checkable.map(scoreOf));
    const highestOther = Math.max(...notClaims.map(scoreOf));
    expect(lowestCheckable).toBeGreaterThan(highestOther);
  });

  it('corrections for written text only lower modal sentences relative to the learned model', () => {
    const modal = 'The mayor could close the harbour to all ships next year.';
    const f = spanFeatures(modal, 0, modal.length);
    expect(logit(WEIGHTS, f)).toBeLessThan(logit(LEARNED_WEIGHTS, f));
  });

  it('takes a short written sentence with a figure or a time for a report, not a spoken fragment', () => {
    const shortReports = [
      'Police arrested 300 protesters in Portland on Saturday.',
      'The company laid off 2,000 workers in March.',
      'Russia invaded Ukraine in February 2022.',
    ];
    for (const s of shortReports) expect(claimsOf(s).map((c) => c.text)).toEqual([s]);
    // The bonus needs an anchor: short opinion and short sentences without a figure or a time stay out.
    for (const s of [
      'This is a disgrace and everyone knows it.',
      'The left has lost its mind.',
      'Enough is enough.',
    ])
      expect(claimsOf(s)).toEqual([]);
    const opinion = spanFeatures('He is a coward and a liar.', 0, 26);
    expect(articleLogit(opinion)).toBe(logit(WEIGHTS, opinion));
  });

  it('does not take a short prescription, forecast or appeal for a report, figure or not', () => {
    for (const s of [
      'We must cut spending by 10 percent.',
      'The economy will grow 3 percent next year.',
      "Let's cut taxes by 5 percent.",
      'Imagine a country where 40 percent of children go hungry.',
      'It is time for Congress to stop playing games with the lives of millions of Americans.',
    ])
      expect(claimsOf(s)).toEqual([]);
    // An exclamation mark does not make a report less checkable.
    expect(claimsOf('Unemployment fell to 3.5 percent in 2019!')).toHaveLength(1);
  });
});

describe('splitClauses', () => {
  it('cuts at relative clauses and semicolons but keeps short pieces attached', () => {
    const s =
      'The council approved the plan, which cut the budget by a third; critics of the plan were furious, but quietly.';
    const clauses = splitClauses(s, 0, s.length).map((c) => s.slice(c.start, c.end));
    expect(clauses).toEqual([
      'The council approved the plan',
      'which cut the budget by a third',
      'critics of the plan were furious, but quietly.',
    ]);
  });

  it('returns the whole sentence when there is nothing to cut', () => {
    const s = 'The bridge opened in 1932.';
    expect(splitClauses(s, 0, s.length)).toEqual([{ start: 0, end: s.length }]);
  });
});

describe('detectClaims', () => {
  it('finds the checkable sentences of a short commentary and leaves the opinion alone', () => {
    const text = [
      'Harbour town at a crossroads',
      'The Harbour Authority reported that cargo volumes fell 18 percent in 2024, the steepest drop since 1991. Mayor Ines Okafor closed two of the four docks in March.',
      'This is a disgrace. Surely the council must act now? We should all demand better.',
    ].join('\n\n');
    const claims = claimsOf(text);
    const texts = claims.map((c) => c.text).join(' | ');
    expect(texts).toContain('cargo volumes fell 18 percent');
    expect(texts).toContain('Mayor Ines Okafor closed two of the four docks in March.');
    expect(texts).not.toMatch(/disgrace|Surely|demand better|crossroads/);
    for (const c of claims) {
      expect(c.kind).toBe('claim');
      expect(c.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.explanation).toMatch(/check/);
    }
  });

  it('labels attributed statements as reported claims and explains figures', () => {
    const claims = claimsOf(
      'According to the port director, 3,000 workers lost their jobs in the first half of 2023.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.label).toBe('reported_claim');
    const own = claimsOf('Exports to Brazil rose 40 percent in 2022 while imports from Chile fell by half.');
    expect(own[0]!.label).toBe('claim');
    expect(own[0]!.explanation).toContain('40 percent');
  });

  it('skips non-English blocks and headings', () => {
    const seg = segment({
      text: 'El gobierno cerró 40 fábricas en 2020.\n\nThe Minister Closed 40 Factories In 2020',
      blocks: [
        { start: 0, end: 38, type: 'paragraph', lang: 'es' },
        { start: 40, end: 80, type: 'heading' },
      ],
    });
    expect(detectClaims(seg)).toEqual([]);
  });

  it('stays bounded on large and hostile input (speed itself is measured by npm run bench)', () => {
    const paragraph = averageTestSentences.join(' ');
    const words = paragraph.split(/\s+/).length;
    const big = `${paragraph}\n\n`.repeat(Math.ceil(100_000 / words));
    const seg = segment(big);
    const t0 = performance.now();
    detectClaims(seg);
    const ms = performance.now() - t0;
    // Linear work takes tens of milliseconds; a generous bound still catches quadratic blow-ups
    // without failing on a loaded machine.
    expect(ms).toBeLessThan(3000);
    let binary = '';
    for (let i = 0; i < 100_000; i++) binary += String.fromCharCode((i * 7919) % 65536);
    const tenMegabytes = `${paragraph}\n\n`.repeat(Math.ceil(10_000_000 / (paragraph.length + 2)));
    const hostile = [
      'x'.repeat(1_000_000),
      '🙂 '.repeat(100_000),
      'שלום עולם. '.repeat(20_000),
      binary,
      '',
      tenMegabytes,
    ];
    const t1 = performance.now();
    for (const h of hostile) expect(() => detectClaims(segment(h))).not.toThrow();
    expect(performance.now() - t1).toBeLessThan(20_000);
  }, 40_000);
});

describe('claim explanations', () => {
  const explain = (sentence: string) => {
    const f = spanFeatures(sentence, 0, sentence.length);
    return explainClaim(sentence, { start: 0, end: sentence.length }, f.evidence, false);
  };

  it('names the most telling figure, completed, and the subject', () => {
    expect(explain('Mayor Ines Okafor left office in 2019 with a 71 percent approval rating.')).toBe(
      'States a specific figure (71 percent) about Mayor Ines Okafor: a reader can check it against records or data.',
    );
    expect(explain('The Harbour Authority said the inspection lasted two hours and ten minutes.')).toContain(
      '(two hours and ten minutes) about Harbour Authority',
    );
    expect(explain('Floods in the valley displaced 900 families last spring.')).toContain('(900 families)');
    expect(explain('The centre, who is 6′11″ and 250 pounds, signed on Tuesday.')).toContain('(6′11″)');
  });

  it('does not take an opening adverb or a lone capital for a name, nor end a figure on "and"', () => {
    expect(explain('Nearly half of voters, about 160 million people, own a car.')).not.toContain('Nearly');
    expect(explain('Q3 earnings rose 12% to $9.4 billion.')).not.toContain('about Q');
    expect(explain('He spent three and a half years in prison in Lisbon.')).toContain(
      '(three and a half years)',
    );
    expect(explain('The war killed 9 thousand and displaced 2 million in 2023.')).toContain(', 9 thousand)');
    expect(explain('The GDP per capita is $70k, the 8th highest.')).toContain('($70k)');
    expect(explain('Petro has gained 12 points in the polls since January.')).toContain('12 points)');
  });

  it('does not present a common noun opening the sentence as a name', () => {
    expect(explain('Unemployment fell to 3.5 percent in 2019.')).toContain('about unemployment:');
    const inText = (text: string, end: number) => {
      const f = spanFeatures(text, 0, end);
      return explainClaim(text, { start: 0, end }, f.evidence, false);
    };
    // A plural the text also writes in lower case is a common noun; another such word is not named.
    const prosecutors = 'Prosecutors charged 300 people on Saturday. The prosecutors said more would follow.';
    expect(inText(prosecutors, 43)).toContain('about prosecutors:');
    const police = 'Police arrested 300 protesters on Saturday. The police chief said more would follow.';
    expect(inText(police, 43)).not.toContain('Police');
    expect(explain('Through 35 years of war, they lost 300 villages.')).not.toContain('about Through');
    // A name stays a name, and is never found lower-case nearby.
    expect(explain('Petro has gained 12 points since January.')).toContain('about Petro:');
    expect(explain('Democrats voted against the bill 48 times in 2021.')).toContain('about Democrats:');
  });

  it('explains events and reported words without figures', () => {
    expect(explain('The Portuguese minister Rui Costa signed the treaty in Lisbon.')).toBe(
      'Describes an event involving Rui Costa: a reader can check it against news reports.',
    );
    const s = 'Senator Okafor said the port would close.';
    const f = spanFeatures(s, 0, s.length);
    expect(explainClaim(s, { start: 0, end: s.length }, f.evidence, true)).toMatch(
      /^Reports what Senator Okafor said/,
    );
  });

  it('names the source of a reported claim from its attribution', () => {
    const reported = (sentence: string) => {
      const f = spanFeatures(sentence, 0, sentence.length);
      return explainClaim(sentence, { start: 0, end: sentence.length }, f.evidence, true);
    };
    expect(reported('Bus fares rose by a third, according to the transport authority.')).toMatch(
      /^Reports what the transport authority said/,
    );
    expect(reported('The cut will save 2 billion dollars, the finance ministry says.')).toMatch(
      /^Reports what the finance ministry said/,
    );
    expect(reported('But three independent economists said it would cost more.')).toMatch(
      /^Reports what three independent economists said/,
    );
    expect(reported('The minister told parliament the port would close in 2027.')).toMatch(
      /^Reports what the minister said/,
    );
    expect(reported('Only a third of the 2,000 respondents said they trusted it.')).toMatch(
      /^Reports what the 2,000 respondents said/,
    );
    expect(reported('The ministry has said the cut saves 2 billion dollars.')).toMatch(
      /^Reports what the ministry said/,
    );
    // A pronoun names no one, and the name in the claim is not its source.
    expect(reported('He said Lagos exported 3 million tonnes in 2024.')).toMatch(
      /^Reports what someone said/,
    );
  });
});

describe('splitClauses on dashes', () => {
  it('cuts at a dash only before a capital, not inside a parenthetical aside', () => {
    const aside = 'The mayor – who took office in May – closed the harbour to cruise ships.';
    expect(splitClauses(aside, 0, aside.length)).toHaveLength(1);
    const two = 'The mayor closed the harbour to cruise ships – Tourism fell by half the next year.';
    expect(splitClauses(two, 0, two.length)).toHaveLength(2);
  });
});

describe('capitalised words inside names', () => {
  it('are not verbs: "United States" does not attribute, "Will Smith" is not a prediction', () => {
    expect(featureNames('Delegates travelled to the United States last week.')).not.toContain('attribution');
    expect(featureNames('The actor Will Smith arrived in Lagos.')).not.toContain('future');
    expect(featureNames('The minister said the port will close.')).toEqual(
      expect.arrayContaining(['attribution', 'future']),
    );
  });
});

describe('transcripts', () => {
  it('leaves a speaker label out of the claim and its features', () => {
    const text = 'JONES: Unemployment is at 3.7 percent, the lowest in 50 years.';
    const [claim] = claimsOf(text);
    expect(claim?.text).toBe('Unemployment is at 3.7 percent, the lowest in 50 years.');
    expect(claim?.explanation).not.toContain('JONES');
  });
});

describe('records and reporting words that are also ordinary words', () => {
  it('names a record with its time or its place', () => {
    const [claim] = claimsOf('The firm posted its biggest quarterly loss since 2009.');
    expect(claim?.label).toBe('claim');
    expect(claim?.explanation).toBe(
      'Claims a record ("biggest quarterly loss since 2009"): a reader can check it against historical data.',
    );
    const place = 'Texas, with 1.2 million inmates, has the largest prison population in the country.';
    expect(claimsOf(place)[0]?.explanation).toBe(
      'Claims a record ("largest prison population in the country") about Texas: a reader can check it against comparable figures elsewhere.',
    );
  });
  it.each([
    ['Insurance claims rose 5 percent last year, to 40,000.', 'claim'],
    ['The states sued the company over 300 million dollars in fees.', 'claim'],
    ['He claims the election was stolen by 3 million votes.', 'reported_claim'],
    ['The ministry states that 12 percent of schools closed in 2024.', 'reported_claim'],
  ])('%s', (text, label) => {
    expect(claimsOf(text).map((c) => c.label)).toEqual([label]);
  });
});
