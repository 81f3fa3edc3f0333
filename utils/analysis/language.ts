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

/** Word → languages that use it; ambiguous words vote for each of them. */
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    const langs = WORD_LANGS.get(w);
    if (langs) langs.push(lang);
    else WORD_LANGS.set(w, [lang]);
  }
}
/** The same, read from the text in place: WORD_LANG_LISTS[value] for ASCII words. */
const WORD_LANG_LISTS = [...WORD_LANGS.values()];
const WORD_LANG_TABLE = new WordTable(new Map([...WORD_LANGS.keys()].map((w, i) => [w, i])));

/** Languages using text[start, end) as a function word, if any. */
function languagesOf(text: string, start: number, end: number): string[] | undefined {
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
 * ISO 639-1 code for the block's language: 'en', one of 'es' 'pt' 'fr' 'de' 'it',
 * 'und-nonlatin' for text mostly in another script, or 'en' when undecidable.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let latin = 0;
  const votes: Record<string, number> = {};
  let words = 0;
  let wordStart = -1;
  // One pass: count letters by script and, at each word end, let the word vote.
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    let letter: boolean;
    if (isAsciiLetter(c) || isAccentedLatin(c)) {
      letter = true;
      latin++;
      letters++;
    } else if (c < 128 || (c >= 0xdc00 && c <= 0xdfff)) {
      letter = c === 39 && wordStart >= 0; // inner apostrophe ("don't")
    } else {
      letter = ANY_LETTER.test(sample[i]!);
      if (letter) letters++;
    }
    if (letter) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      words++;
      const langs = i - wordStart <= 8 ? languagesOf(sample, wordStart, i) : undefined;
      if (langs) for (const l of langs) votes[l] = (votes[l] ?? 0) + 1 / langs.length;
      wordStart = -1;
      // Clearly English already (and therefore Latin script): the rest of the sample cannot change that.
      if (
        (votes.en ?? 0) >= 8 &&
        words >= 16 &&
        (votes.es ?? 0) + (votes.fr ?? 0) + (votes.de ?? 0) + (votes.pt ?? 0) + (votes.it ?? 0) < 2
      ) {
        return 'en';
      }
    }
  }
  if (letters >= MIN_LETTERS / 2 && latin < letters * 0.5) return 'und-nonlatin';

  let best = 'en';
  let bestVotes = 0;
  for (const [lang, v] of Object.entries(votes)) {
    if (v > bestVotes) {
      best = lang;
      bestVotes = v;
    }
  }
  const en = votes.en ?? 0;
  if (best === 'en') return 'en';
  // Another language must clearly out-vote English; short texts need at least two of its words.
  const enough = letters < MIN_LETTERS ? bestVotes >= 2 : bestVotes >= 1.5 && bestVotes >= words * 0.08;
  return enough && bestVotes > en * 1.5 ? best : 'en';
}
