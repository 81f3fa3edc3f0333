/** Qualifiers at the start of a figure ("more than 80", "about 5,000 hectares"). */
import { tidy } from './format';
import { OR_MORE_WORDS, QUALIFIERS, UPPER_BOUND_WORDS } from './lexicon';

const QUALIFIER_AT_START = new RegExp(
  `^(?:${[...QUALIFIERS]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/ /g, '\\s+')})\\s+`,
  'i',
);

/** "or more" after an amount ("10 or more", "65 and over"), and the bound it sets. */
const OPEN_BOUND = new RegExp(`\\s+(?:or|and)\\s+(${OR_MORE_WORDS.join('|')})\\b`, 'i');

/**
 * Splits "more than 80" into the qualifier and the rest. An open bound after
 * the amount is read as the qualifier it means: "10 or more" is "at least 10",
 * "$200 or less" "at most $200"; a qualifier before the amount takes precedence.
 */
export function splitQualifier(s: string): { qualifier?: string; rest: string } {
  // Most figures have no "or" or "and" in them: a substring test each spares them the regex.
  const bound = s.includes('or') || s.includes('and') ? OPEN_BOUND.exec(s) : null;
  if (bound) s = s.slice(0, bound.index) + s.slice(bound.index + bound[0].length);
  const m = QUALIFIER_AT_START.exec(s);
  if (m) return { qualifier: tidy(m[0]).toLowerCase(), rest: s.slice(m[0].length) };
  if (bound)
    return { qualifier: UPPER_BOUND_WORDS.has(bound[1]!.toLowerCase()) ? 'at most' : 'at least', rest: s };
  return { rest: s };
}

export function qualified(qualifier: string | undefined, what: string): string {
  return qualifier ? `${qualifier} ${what}` : what;
}
