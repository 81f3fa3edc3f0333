/**
 * A deliberately crude stemmer. Lexicon entries and text tokens go through the
 * same function, so "begged", "begging" and "begs" all meet "beg" without a
 * list of every inflection. Collisions between unrelated words are rare at the
 * scale of our lexicons and only cost a stray highlight.
 */
const memo = new Map<string, string>();
/** Bounded: hostile input with millions of distinct words must not grow it forever. */
const MEMO_LIMIT = 60000;

export function stem(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const s = computeStem(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, s);
  return s;
}

function computeStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
  }
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly') && !w.endsWith('ily')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  const n = w.length;
  // "begg" -> "beg", "stopp" -> "stop": doubled final consonants from inflection.
  if (n > 3 && w[n - 1] === w[n - 2] && !'aeiouls'.includes(w[n - 1]!)) w = w.slice(0, -1);
  return w;
}
