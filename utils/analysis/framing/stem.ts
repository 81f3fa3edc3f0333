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
const Y = 121;

/** w[0, len) ends with the two character codes x y. */
function endsWith2(w: Int32Array, len: number, x: number, y: number): boolean {
  return len >= 2 && w[len - 1] === y && w[len - 2] === x;
}

/** w[0, len) ends with the three character codes x y z. */
function endsWith3(w: Int32Array, len: number, x: number, y: number, z: number): boolean {
  return len >= 3 && w[len - 1] === z && w[len - 2] === y && w[len - 3] === x;
}

/** The code is one of the ASCII characters of `chars`. */
function isOneOf(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** A word's codes, for the string entry points below: reused from word to word. */
let scratch = new Int32Array(64);

/** `word`'s codes in `scratch`, grown when the word is longer. */
function codesOf(word: string): Int32Array {
  if (scratch.length < word.length) scratch = new Int32Array(word.length * 2);
  for (let k = 0; k < word.length; k++) scratch[k] = word.charCodeAt(k);
  return scratch;
}

/**
 * What stem() does to a word, without making the stem: cut `cut` code units
 * from its end, then append one code (0 for none), packed as cut * 128 + code.
 * 0 means the word is its own stem. Every rule only cuts an ending and
 * appends at most one letter, so a stem is always a prefix of its word plus
 * at most one letter; blockContext reads a stem's gate key from this and
 * makes the string only when a detector asks for it (see Stems).
 */
export function stemEdit(word: string): number {
  const n = word.length;
  if (n <= 3) return 0;
  // Most words end in none of s, d, g: answer at once.
  const last = word.charCodeAt(n - 1);
  if (last !== S && last !== D && last !== G && last !== APOSTROPHE) return 0;
  return stemEditOfCodes(codesOf(word), n);
}

/**
 * stemEdit of the word whose codes are w[0, n). Taking codes rather than a
 * string lets blockContext stem a word straight from the page text (see
 * Tokens.normCodes) without making its norm, which for a fifth of all words
 * was the only reason to make it.
 */
export function stemEditOfCodes(w: Int32Array, n: number): number {
  if (n <= 3) return 0;
  const last = w[n - 1]!;
  if (last !== S && last !== D && last !== G && last !== APOSTROPHE) return 0;
  // `len` is the length of the word as the rules below see it, after any possessive is cut.
  let len = n;
  if (endsWith2(w, len, APOSTROPHE, S)) len -= 2;
  else if (endsWith2(w, len, S, APOSTROPHE)) len -= 1;
  if (len > 4 && (endsWith3(w, len, I, E, S) || endsWith3(w, len, I, E, D))) return edit(n, len - 3, Y);
  if (len > 3 && w[len - 1] === S) {
    const before = w[len - 2]!;
    if (before !== S && before !== U && before !== I) return edit(n, len - 1, 0);
  }
  let base = -1;
  if (len > 5 && endsWith3(w, len, I, N, G)) base = len - 3;
  else if (len > 4 && endsWith2(w, len, E, D)) base = len - 2;
  if (base < 0) return edit(n, len, 0);
  // "begg" -> "beg", "plott" -> "plot": doubled final consonants from inflection.
  const final = w[base - 1]!;
  if (base > 2 && final === w[base - 2] && !isOneOf('aeiouls', final)) return edit(n, base - 1, 0);
  // "hat" -> "hate", "lov" -> "love": a short consonant-vowel-consonant base lost its e.
  if (
    base === 3 &&
    !isOneOf(VOWELS, w[0]!) &&
    isOneOf(VOWELS, w[1]!) &&
    !isOneOf(VOWELS, w[2]!) &&
    !isOneOf('wxy', w[2]!)
  ) {
    return edit(n, 3, E);
  }
  // "smok", "slander": keep as is; "-e" verbs with longer bases ("demonised") keep their e-less form,
  // and their lexicon form ("demonise") is matched through `withInflections`.
  return edit(n, base, 0);
}

/** The edit that keeps the first `keep` of a word's `n` code units and appends `code` (0 for none). */
function edit(n: number, keep: number, code: number): number {
  return (n - keep) * 128 + code;
}

/** The length of the stem stemEdit's `edit` makes of a word of `n` code units. */
export function stemLength(n: number, edit: number): number {
  return n - (edit >> 7) + ((edit & 127) === 0 ? 0 : 1);
}

/** Code `k` of the stem stemEdit's `edit` makes of the word w[0, n). */
export function stemCodeAt(w: Int32Array, n: number, edit: number, k: number): number {
  const keep = n - (edit >> 7);
  return k < keep ? w[k]! : edit & 127;
}

/** stemCodeAt's codes for a word given as a string. */
export function wordCodes(word: string): Int32Array {
  return codesOf(word);
}

/** The stem stemEdit's `edit` makes of `word`. */
function applyStemEdit(word: string, edit: number): string {
  if (edit === 0) return word;
  const keep = word.slice(0, word.length - (edit >> 7));
  const code = edit & 127;
  return code === 0 ? keep : keep + String.fromCharCode(code);
}

export function stem(word: string): string {
  return applyStemEdit(word, stemEdit(word));
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
