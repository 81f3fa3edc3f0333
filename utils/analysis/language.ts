/**
 * Block language detection, just good enough to tell English from the rest.
 *
 * The engine only needs "is this block English?", so instead of a general
 * trigram identifier (franc-min's data alone is ~100 KB, the whole content
 * script budget) it uses two cheap signals:
 *  1. the writing system: mostly non-Latin letters means not English;
 *  2. function words: the most frequent short words of English and of the
 *     Latin-script languages a reader of political commentary meets most.
 * Undecidable text counts as English, because the engine is tuned for English
 * and a wrong skip hides findings; the page's own `lang` attribute, when
 * present, is decided by the caller and wins over this guess.
 */

import { EXOTIC, WordTable } from './word-table';

/** Function words: frequent, short, and rare as words in the other languages listed. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: 'the of and to is was that for with it he she they are this be by at from have has had not but his her which an were been would you we their who what there when will said than them these those its'.split(
    ' ',
  ),
  es: 'el la los las del que en por para con una es esta este muy pero mucho qué le se y lo como más su sus al fue son también hay porque ya entre sobre sin ni todo hasta desde cuando él ella'.split(
    ' ',
  ),
  pt: 'o os da do das dos que em por para com uma não é está muito mas mais seu sua ao foi são também há porque já entre sobre sem nem tudo até desde quando ele ela isso'.split(
    ' ',
  ),
  fr: 'le la les des du que et en pour avec une est cette ce très mais plus son sa au fut sont aussi il elle qui dans sur pas ne nous vous leur ont été être'.split(
    ' ',
  ),
  de: 'der die das und ist nicht mit ein eine den dem des sich auf für von zu im auch als wie aber noch nach bei aus wird sind wurde hat haben er sie es wir ich'.split(
    ' ',
  ),
  it: 'il lo la gli le di che e per con una è questo questa molto ma più suo sua al fu sono anche non nel della delle degli si come ha hanno essere'.split(
    ' ',
  ),
};

/** The languages above, by index: votes are counted in an array rather than an object keyed by code. */
const LANGS = Object.keys(FUNCTION_WORDS);
const EN = LANGS.indexOf('en');
/** The other languages, in the order their votes are summed for the early "clearly English" exit. */
const OTHERS = ['es', 'fr', 'de', 'pt', 'it'].map((l) => LANGS.indexOf(l));

/** Word → indices of the languages that use it; ambiguous words vote for each of them. */
const WORD_LANGS = new Map<string, number[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    const langs = WORD_LANGS.get(w);
    if (langs) langs.push(LANGS.indexOf(lang));
    else WORD_LANGS.set(w, [LANGS.indexOf(lang)]);
  }
}
/** The same, read from the text in place: WORD_LANG_LISTS[value] for ASCII words. */
const WORD_LANG_LISTS = [...WORD_LANGS.values()];
const WORD_LANG_TABLE = new WordTable(new Map([...WORD_LANGS.keys()].map((w, i) => [w, i])));

/** Indices of the languages using text[start, end) as a function word, if any. */
function languagesOf(text: string, start: number, end: number): number[] | undefined {
  const slot = WORD_LANG_TABLE.find(text, start, end);
  if (slot >= 0) return WORD_LANG_LISTS[WORD_LANG_TABLE.value(slot)];
  // Accented words ("está", "qué") are lower-cased the ordinary way.
  return slot === EXOTIC ? WORD_LANGS.get(text.slice(start, end).toLowerCase()) : undefined;
}

/** Characters examined; the start of a block is representative and keeps huge blocks cheap. */
const SAMPLE = 1000;
/** Below this many letters the function-word vote decides alone (and may abstain). */
const MIN_LETTERS = 20;

const ANY_LETTER = /\p{L}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Latin-1 Supplement and Latin Extended-A/B letters (accented Latin), minus × and ÷. */
function isAccentedLatin(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/**
 * ISO 639-1 code for the language of text[start, end): 'en', one of 'es' 'pt' 'fr' 'de' 'it',
 * 'und-nonlatin' for text mostly in another script, or 'en' when undecidable.
 * The block is read in place: a slice of page text is a sliced string, slower to read character by character.
 */
export function detectLanguage(text: string, start = 0, end = text.length): string {
  const stop = Math.min(end, text.length, start + SAMPLE);
  let letters = 0;
  let latin = 0;
  const votes = new Float64Array(LANGS.length);
  /** Languages in the order of their first vote: ties go to the earliest. */
  const voted: number[] = [];
  let words = 0;
  let wordStart = -1;
  // One pass: count letters by script and, at each word end, let the word vote.
  for (let i = start; i <= stop; i++) {
    const c = i < stop ? text.charCodeAt(i) : 32;
    let letter: boolean;
    if (isAsciiLetter(c) || isAccentedLatin(c)) {
      letter = true;
      latin++;
      letters++;
    } else if (c < 128 || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x206f)) {
      // General punctuation (curly quotes, dashes) is common in page text and never a letter.
      letter = c === 39 && wordStart >= 0; // inner apostrophe ("don't")
    } else {
      letter = ANY_LETTER.test(text[i]!);
      if (letter) letters++;
    }
    if (letter) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      words++;
      const langs = i - wordStart <= 8 ? languagesOf(text, wordStart, i) : undefined;
      if (langs) {
        for (const l of langs) {
          if (votes[l] === 0) voted.push(l);
          votes[l]! += 1 / langs.length;
        }
      }
      wordStart = -1;
      // Clearly English already (and therefore Latin script): the rest of the sample cannot change that.
      if (votes[EN]! >= 8 && words >= 16 && othersVotes(votes) < 2) return 'en';
    }
  }
  if (letters >= MIN_LETTERS / 2 && latin < letters * 0.5) return 'und-nonlatin';

  let best = EN;
  let bestVotes = 0;
  for (const l of voted) {
    if (votes[l]! > bestVotes) {
      best = l;
      bestVotes = votes[l]!;
    }
  }
  const en = votes[EN]!;
  if (best === EN) return 'en';
  // Another language must clearly out-vote English; short texts need at least two of its words.
  const enough = letters < MIN_LETTERS ? bestVotes >= 2 : bestVotes >= 1.5 && bestVotes >= words * 0.08;
  return enough && bestVotes > en * 1.5 ? LANGS[best]! : 'en';
}

function othersVotes(votes: Float64Array): number {
  let sum = 0;
  for (const l of OTHERS) sum += votes[l]!;
  return sum;
}
