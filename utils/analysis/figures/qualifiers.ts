/** Qualifiers at the start of a figure ("more than 80", "about 5,000 hectares"). */
import { tidy } from './format';
import { QUALIFIERS } from './lexicon';

const QUALIFIER_AT_START = new RegExp(
  `^(?:${[...QUALIFIERS]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/ /g, '\\s+')})\\s+`,
  'i',
);

/** Splits "more than 80" into the qualifier and the rest. */
export function splitQualifier(s: string): { qualifier?: string; rest: string } {
  const m = QUALIFIER_AT_START.exec(s);
  return m ? { qualifier: tidy(m[0]).toLowerCase(), rest: s.slice(m[0].length) } : { rest: s };
}

export function qualified(qualifier: string | undefined, what: string): string {
  return qualifier ? `${qualifier} ${what}` : what;
}
