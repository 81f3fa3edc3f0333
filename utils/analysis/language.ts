/**
 * Block language detection. The page's own `lang` attribute wins when present;
 * otherwise franc-min guesses from trigrams. Short or undecidable text counts as
 * English, because the engine is tuned for English and a wrong skip hides findings.
 */
import { franc } from 'franc-min';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tur: 'tr',
  pol: 'pl',
  ukr: 'uk',
  heb: 'he',
  hin: 'hi',
  pes: 'fa',
  ind: 'id',
  vie: 'vi',
  swe: 'sv',
};

/** Minimum letters before a guess is trusted; short strings are too ambiguous. */
const MIN_LETTERS = 25;

export function detectLanguage(text: string): string {
  // Only the first few thousand characters matter for a guess; keeps huge blocks cheap.
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'en';
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return 'en';
  return ISO3_TO_1[code] ?? code;
}
