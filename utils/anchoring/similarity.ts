/**
 * How well the stored context of a note matches the text around a candidate
 * passage, as a number from 0 (nothing alike) to 1 (identical).
 */

/**
 * Edit distance between `pattern` and the best-matching substring of `text`
 * that ends exactly at the end of `text` (the substring may start anywhere).
 * Sellers' dynamic programme, one row at a time; inputs here are tens of
 * characters, so the quadratic cost is small.
 */
export function distanceEndingAtEnd(pattern: string, text: string): number {
  const m = pattern.length;
  // column[i] = cost of matching pattern[0, i) ending at the current text position.
  let previous = new Uint32Array(m + 1);
  let current = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  for (let j = 1; j <= text.length; j++) {
    current[0] = 0; // the match may start anywhere in text
    const t = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = (previous[i - 1] as number) + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      const skipText = (previous[i] as number) + 1;
      const skipPattern = (current[i - 1] as number) + 1;
      current[i] = Math.min(substitute, skipText, skipPattern);
    }
    [previous, current] = [current, previous];
  }
  return previous[m] as number;
}

const reverse = (s: string) => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
};

/** Extra characters looked at beyond the context's length, so small insertions don't break the match. */
const SLACK = 8;

/** Similarity of the stored prefix to the text just before `start`; null when there is no stored prefix. */
export function prefixSimilarity(text: string, start: number, prefix: string): number | null {
  if (!prefix) return null;
  const window = text.slice(Math.max(0, start - prefix.length - SLACK), start);
  return 1 - Math.min(prefix.length, distanceEndingAtEnd(prefix, window)) / prefix.length;
}

/** Similarity of the stored suffix to the text just after `end`; null when there is no stored suffix. */
export function suffixSimilarity(text: string, end: number, suffix: string): number | null {
  if (!suffix) return null;
  const window = text.slice(end, end + suffix.length + SLACK);
  return 1 - Math.min(suffix.length, distanceEndingAtEnd(reverse(suffix), reverse(window))) / suffix.length;
}
