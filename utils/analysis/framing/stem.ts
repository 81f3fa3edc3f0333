/**
 * A deliberately crude stemmer for inflections only. Lexicon entries and text
 * tokens go through the same function, so "begged", "begging" and "begs" all
 * meet "beg" without a list of every form. Derivations are not stripped:
 * "highly" must not meet "high", nor "totally" "total"; adjectives get their
 * -ly adverbs from `withAdverbs` instead.
 */
const VOWELS = 'aeiou';

const APOSTROPHE = 39;
const D = 100;
const E = 101;
const G = 103;
const I = 105;
const N = 110;
const S = 115;
const U = 117;

/** w ends with the two character codes x y. */
function endsWith2(w: string, x: number, y: number): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === y && w.charCodeAt(n - 2) === x;
}

/** w ends with the three character codes x y z. */
function endsWith3(w: string, x: number, y: number, z: number): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === z && w.charCodeAt(n - 2) === y && w.charCodeAt(n - 3) === x;
}

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  // Most words end in none of s, d, g: answer without allocating.
  const last = w.charCodeAt(w.length - 1);
  if (last !== S && last !== D && last !== G && last !== APOSTROPHE) return w;
  // Suffixes are compared by character code: this runs for every plural and past form in a
  // text, and a chain of endsWith calls on page-text strings showed in profiles.
  if (endsWith2(w, APOSTROPHE, S)) w = w.slice(0, -2);
  else if (endsWith2(w, S, APOSTROPHE)) w = w.slice(0, -1);
  const len = w.length;
  if (len > 4 && endsWith3(w, I, E, S)) return `${w.slice(0, -3)}y`;
  if (len > 4 && endsWith3(w, I, E, D)) return `${w.slice(0, -3)}y`;
  if (len > 3 && w.charCodeAt(len - 1) === S) {
    const before = w.charCodeAt(len - 2);
    if (before !== S && before !== U && before !== I) return w.slice(0, -1);
  }
  let base: string | undefined;
  if (len > 5 && endsWith3(w, I, N, G)) base = w.slice(0, -3);
  else if (len > 4 && endsWith2(w, E, D)) base = w.slice(0, -2);
  if (base === undefined) return w;
  const n = base.length;
  // "begg" -> "beg", "plott" -> "plot": doubled final consonants from inflection.
  if (n > 2 && base[n - 1] === base[n - 2] && !'aeiouls'.includes(base[n - 1]!)) return base.slice(0, -1);
  // "hat" -> "hate", "lov" -> "love": a short consonant-vowel-consonant base lost its e.
  if (
    n === 3 &&
    !VOWELS.includes(base[0]!) &&
    VOWELS.includes(base[1]!) &&
    !VOWELS.includes(base[2]!) &&
    !'wxy'.includes(base[2]!)
  ) {
    return `${base}e`;
  }
  // "smok", "slander": keep as is; "-e" verbs with longer bases ("demonised") keep their e-less form,
  // and their lexicon form ("demonise") is matched through `withInflections`.
  return base;
}

/**
 * The forms a base word is looked up by: the word, plus the e-less base that
 * its -ed and -ing forms stem to ("demonise" -> "demonis" for "demonised").
 */
export function lexiconForms(word: string): string[] {
  const forms = [word];
  if (word.length > 4 && word.endsWith('e') && !word.endsWith('ee')) forms.push(word.slice(0, -1));
  return forms;
}

/** An adjective and its -ly adverb ("brutal" -> "brutally", "angry" -> "angrily", "horrible" -> "horribly"). */
export function withAdverbs(adjective: string): string[] {
  if (adjective.includes(' ')) return [adjective];
  if (adjective.endsWith('ly')) return [adjective];
  if (adjective.endsWith('y')) return [adjective, `${adjective.slice(0, -1)}ily`];
  if (adjective.endsWith('le')) return [adjective, `${adjective.slice(0, -1)}y`];
  if (adjective.endsWith('ic')) return [adjective, `${adjective}ally`];
  return [adjective, `${adjective}ly`];
}
