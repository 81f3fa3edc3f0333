/**
 * Which figure families can begin with a given prefix word ("the", "more",
 * "up"), read off each family's own regex source, so the scanner does not try
 * at "the" the families that can only begin with a digit or a qualifier.
 *
 * Why reading the source is enough: a figure that starts at a word begins by
 * consuming that word's letters, and in the grammar consumed letters come only
 * from literal text (letter classes sit in lookarounds, or after a digit:
 * "3pm", "30°C"). So a family whose source never has the word's letters where
 * a literal begins cannot match there. Case is ignored (a family that only
 * knows "more" is still tried at "More": a wasted try, never a missed figure).
 */
import type { Family } from './grammar';

/** `\d`, `\s`, `\u00C0`: escapes whose letters are not literal text. */
const ESCAPE = /\\u[0-9A-Fa-f]{4}|\\[A-Za-z]/g;
/** "[mM]ore" (regex-kit's capAlt): a literal word whose first letter may be a capital. */
const EITHER_CASE_FIRST = /\[([a-z])([A-Z])\]/g;
const literalFirst = (source: string) =>
  source.replace(EITHER_CASE_FIRST, (cls, lower: string, upper: string) =>
    lower.toUpperCase() === upper ? lower : cls,
  );

/**
 * For each of `words` (lower case, as the scanner reads them, e.g. "u.s."),
 * the families, in grammar order, whose source has the word's first run of
 * letters as a literal of its own (not the start of a longer word).
 * `without`: a piece of source whose literals do not count (the caller has
 * checked that it cannot match where the figure would start).
 */
export function familiesByLeadWord(
  families: readonly (readonly [Family, string])[],
  words: Iterable<string>,
  without?: string,
): Map<string, Family[]> {
  const sources = families.map(([family, source]) => {
    // Cut out as a separator, so the text on either side does not join into a new word.
    const kept = without ? source.split(without).join('\0') : source;
    return [family, literalFirst(kept).replace(ESCAPE, '\0')] as const;
  });
  const out = new Map<string, Family[]>();
  for (const word of words) {
    const letters = /^[a-z]+/.exec(word)?.[0];
    if (!letters) continue;
    // The word ends where the text has a non-letter, so the source's literal may go on only with an optional letter ("years?").
    const literal = new RegExp(`(?<![A-Za-z])${letters}(?![A-Za-z](?![?*]|\\{0))`, 'i');
    out.set(
      word,
      sources.filter(([, source]) => literal.test(source)).map(([family]) => family),
    );
  }
  return out;
}
