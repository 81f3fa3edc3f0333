/**
 * False dilemmas spelled "either … or": "Either we act now, or we lose
 * everything", "you are either with the workers or with the bosses". A
 * structural rule rather than a phrase list: any "either" with an "or" later
 * in the same sentence offers the reader exactly two options.
 */
import { isFunctionWord } from './context';
import { reasonFor } from './explain';
import type { BlockContext, Candidate } from './types';
import { gateKey } from './word-gate';

/**
 * Words after a mid-sentence "either" that open two rival stances rather than
 * two things to pick from: "you are either with us or …", "either we … or we …".
 * "take either the bus or the train" is a plain choice; a sentence opening
 * with "Either" is a dilemma unless it is "Either way" or "Either of them".
 */
const STANCE_OPENERS = new Set(['we', 'you', 'they', 'he', 'she', 'i', 'with', 'for', 'against']);
const NOT_A_DILEMMA = new Set(['way', 'of', 'one', 'side', 'case']);
const EITHER_KEY = gateKey('either');
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ';']);
/** The "or" must come soon: a far one belongs to another thought. */
const MAX_GAP = 30;
/** Words of the second option included in the highlight, at most. */
const MAX_SECOND_OPTION = 20;

export function detectEitherOr(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, normKeys } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // The gate key first: an integer compare for every token, the string only for the few that pass.
    if (normKeys[i] !== EITHER_KEY || tokens.norm(i) !== 'either') continue;
    const next = tokens.norm(i + 1) ?? '';
    if (NOT_A_DILEMMA.has(next)) continue;
    if (!opensSentence(ctx, i) && !STANCE_OPENERS.has(next)) continue;
    // "neither … nor" is tokenised apart; "not … either" ends a sentence without an "or".
    const or = orAfter(ctx, i);
    if (or < 0) continue;
    const to = optionEnd(ctx, or);
    if (to <= or + 1) continue;
    out.push({ from: i, to, label: 'black_and_white', score: 0.55, why: reasonFor('black_and_white') });
    i = to - 1;
  }
  return out;
}

/** Index of the "or" after the "either" at `at`, in the same sentence and within MAX_GAP tokens; -1 when none. */
function orAfter(ctx: BlockContext, at: number): number {
  const { tokens } = ctx;
  const last = Math.min(tokens.length - 1, at + MAX_GAP);
  for (let k = at + 1; k <= last; k++) {
    const norm = tokens.norm(k)!;
    if (tokens.isPunct(k) && SENTENCE_ENDS.has(norm)) return -1;
    if (norm === 'or') return k;
  }
  return -1;
}

/** One past the last word of the second option: up to the sentence's end or a few words on. */
function optionEnd(ctx: BlockContext, or: number): number {
  const { tokens } = ctx;
  let end = or + 1;
  let words = 0;
  for (let k = or + 1; k < tokens.length && words < MAX_SECOND_OPTION; k++) {
    if (tokens.isPunct(k)) {
      const norm = tokens.norm(k)!;
      if (SENTENCE_ENDS.has(norm) || norm === ',') break;
    } else if (tokens.isWord(k)) {
      words++;
      end = k + 1;
    }
  }
  // A cut option does not end on "in" or "the".
  while (end > or + 2 && isFunctionWord(tokens.norm(end - 1)!)) end--;
  return end;
}

/** Is token `i` the first word of its sentence (after an opening quote or bracket at most)? */
function opensSentence(ctx: BlockContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= 0; k--) {
    if (tokens.isWord(k)) return false;
    if (tokens.isPunct(k) && SENTENCE_ENDS.has(tokens.norm(k)!)) return true;
  }
  return true;
}
