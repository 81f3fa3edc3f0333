/**
 * Turns a passage of the article text into selectors a note can keep: the
 * exact quote with context before and after (TextQuoteSelector) and its
 * offsets (TextPositionSelector). The context is what lets ./anchor.ts find
 * the passage again when the page changed, and tell repeats apart.
 */
import type { NoteTarget } from '../notes/model';

/** Characters of context kept on each side (the model promises at least 32). */
export const CONTEXT_LENGTH = 40;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut point off the middle of a surrogate pair (never splits an emoji in two). */
function safeCut(text: string, at: number, direction: -1 | 1): number {
  if (
    at > 0 &&
    at < text.length &&
    isLowSurrogate(text.charCodeAt(at)) &&
    isHighSurrogate(text.charCodeAt(at - 1))
  ) {
    return at + (direction === -1 ? -1 : 1);
  }
  return at;
}

/**
 * Selectors for text[start, end). Whitespace at the edges of the passage is
 * left out (a drag-selection often catches a trailing space). Returns null when
 * the passage holds no visible character.
 */
export function describe(text: string, start: number, end: number): NoteTarget | null {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  if (to <= from) return null;
  const prefixStart = safeCut(text, Math.max(0, from - CONTEXT_LENGTH), 1);
  const suffixEnd = safeCut(text, Math.min(text.length, to + CONTEXT_LENGTH), -1);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(prefixStart, from),
      suffix: text.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
