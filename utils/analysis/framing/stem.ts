/**
 * A deliberately crude stemmer for inflections only. Lexicon entries and text
 * tokens go through the same function, so "begged", "begging" and "begs" all
 * meet "beg" without a list of every form. Derivations are not stripped:
 * "highly" must not meet "high", nor "totally" "total"; adjectives get their
 * -ly adverbs from `withAdverbs` instead.
 */
const VOWELS = 'aeiou';

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  // Most words end in none of s, d, g: answer without allocating.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 115 && last !== 100 && last !== 103 && last !== 39) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    return w.slice(0, -1);
  }
  let base: string | undefined;
  if (w.length > 5 && w.endsWith('ing')) base = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) base = w.slice(0, -2);
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
