import { describe, expect, it } from 'vitest';
import { FAMILIES, type Family, QUALIFIER } from './grammar';
import { familiesByLeadWord } from './lead-words';

const toy = [
  ['money', '(?:more|More)\\s{1,3}than\\s\\$\\d+'],
  ['duration', '\\d+\\s(?:years?|days?)'],
  ['date', '(?<![A-Za-z])(?:the|The)\\s\\d{4}s'],
  ['range', '\\d+\\s(?:increased|rose)\\s\\d+'],
] as [Family, string][];

describe('familiesByLeadWord', () => {
  it('keeps the families whose source has the word as a literal, in grammar order', () => {
    const by = familiesByLeadWord(toy, ['more', 'the', 'than']);
    expect(by.get('more')).toEqual(['money']);
    expect(by.get('the')).toEqual(['date']);
    expect(by.get('than')).toEqual(['money']);
  });

  it('reads an optional plural ending as the same word, but not the start of a longer one', () => {
    const by = familiesByLeadWord(toy, ['year', 'day', 'in', 'rose']);
    expect(by.get('year')).toEqual(['duration']);
    expect(by.get('day')).toEqual(['duration']);
    // "increased" does not start with the word "in".
    expect(by.get('in')).toEqual([]);
    expect(by.get('rose')).toEqual(['range']);
  });

  it('reads a first letter in either case ("[mM]ore", as capAlt writes it) as the word', () => {
    const by = familiesByLeadWord([['money', '[mM]ore\\s[tT]han\\s\\$\\d+']], ['more', 'than', 'ore']);
    expect(by.get('more')).toEqual(['money']);
    expect(by.get('than')).toEqual(['money']);
    expect(by.get('ore')).toEqual([]);
  });

  it('does not take escapes (\\d, \\s) for letters', () => {
    expect(familiesByLeadWord(toy, ['s', 'd']).get('s')).toEqual(['date']);
  });

  it('the grammar spells its words as literals: other letter-only classes appear only after a digit', () => {
    // A class such as [Tt]he at the start of a family would hide "the" from familiesByLeadWord;
    // capAlt's "[tT]he" is read as "the". "3pm" ([ap]), "30°C" ([CF]) and "4.5m", "2.3M"
    // ([mb], [kKMB]), "6 ft 2 in" ([i]) and "98.6 degrees f" ([CFcf]) are the known others; a new one
    // needs a look at lead-words.ts.
    const classes = new Set<string>();
    for (const source of Object.values(FAMILIES))
      for (const m of source.matchAll(/\[[A-Za-z]+\]/g)) {
        const eitherCase = /^\[([a-z])([A-Z])\]$/.exec(m[0]);
        if (!eitherCase || eitherCase[1]!.toUpperCase() !== eitherCase[2]) classes.add(m[0]);
      }
    expect([...classes].sort()).toEqual(['[CF]', '[CFcf]', '[ap]', '[i]', '[kKMB]', '[mb]']);
  });

  it('leaves out the literals of a piece the caller checks itself, without joining its neighbours', () => {
    const withQualifier = [
      ['money', '(?:(?:in excess of|more than) )?\\$\\d+'],
      ['proportion', '\\d+ in \\d+'],
      ['range', 'fr(?:in excess of|more than)om \\d+'],
    ] as [Family, string][];
    const by = familiesByLeadWord(withQualifier, ['in', 'more', 'from'], '(?:in excess of|more than)');
    expect(by.get('in')).toEqual(['proportion']);
    expect(by.get('more')).toEqual([]);
    // The cut leaves a separator: "fr" and "om" do not join into "from".
    expect(by.get('from')).toEqual([]);
  });

  it('on the real grammar: "the" never starts a plain number, "between" only a range or a span of months', () => {
    const by = familiesByLeadWord(Object.entries(FAMILIES) as [Family, string][], ['the', 'between', 'more']);
    expect(by.get('the')).toEqual(expect.arrayContaining(['date', 'period', 'quarter']));
    expect(by.get('the')).not.toContain('number');
    expect([...(by.get('between') ?? [])].sort()).toEqual(['monthSpan', 'range']);
    expect(by.get('more')).toEqual(expect.arrayContaining(['number', 'percent', 'money']));
  });

  it('on the real grammar without the qualifier: "in" and "at" start no number, money or percentage', () => {
    const by = familiesByLeadWord(Object.entries(FAMILIES) as [Family, string][], ['in', 'at'], QUALIFIER);
    for (const word of ['in', 'at']) {
      expect(by.get(word)).not.toContain('number');
      expect(by.get(word)).not.toContain('money');
      expect(by.get(word)).not.toContain('percent');
    }
  });
});
