/**
 * Which currency a money figure is in, from its symbol, ISO code or name.
 */
import { CURRENCY_CODE_ALIASES, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from './lexicon';

const SYMBOLS_LONGEST_FIRST = Object.keys(CURRENCY_SYMBOLS).sort((a, b) => b.length - a.length);
const CODE_IN_TEXT = new RegExp(`\\b(${CURRENCY_CODES.join('|')})\\b`);
const NAME_IN_TEXT = new RegExp(
  `\\b(${Object.keys(CURRENCY_NAMES)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|')})(?:s|es)?\\b`,
  'i',
);

/** ISO code (or currency name) of the money in `s`: symbol first, then code, then name. */
export function currencyOf(s: string): string | undefined {
  for (const sym of SYMBOLS_LONGEST_FIRST) if (s.includes(sym)) return CURRENCY_SYMBOLS[sym];
  const code = CODE_IN_TEXT.exec(s);
  if (code) return CURRENCY_CODE_ALIASES[code[1]!] ?? code[1];
  const name = NAME_IN_TEXT.exec(s);
  return name ? CURRENCY_NAMES[name[1]!.toLowerCase().replace(/\s+/g, ' ')] : undefined;
}
