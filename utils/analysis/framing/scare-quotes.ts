import { reasonFor } from './explain';
import { CLOSES, DOUBLE, isCapitalised, OPENS } from './tokens';
import type { BlockContext, Candidate } from './types';

const MAX_WORDS = 4;

/** Verbs and nouns that introduce reported words. */
const SPEECH_WORDS = new Set(
  `say says said saying tell tells told telling call calls called calling declare declares declared
  write writes wrote written tweet tweets tweeted post posted add adds added ask asks asked claim claims
  claimed state states stated insist insists insisted warn warns warned reply replies replied respond
  responded quote quoted quoting describe describes described dub dubbed term termed label labelled labeled
  announce announced explain explained note noted argue argued admit admitted exclaim exclaimed shout
  shouted chant chanted read reads headline titled entitled statement words phrase slogan motto remark
  remarks comment comments promise promised vow vowed`.split(/\s+/),
);

export function detectScareQuotes(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.length; i++) {
    if (ctx.kinds[i] !== 'quote' || ctx.flags[i]! & CLOSES) continue;
    const close = findClose(ctx, i);
    if (close < 0) continue;
    if (isScareQuote(ctx, i, close)) {
      out.push({
        from: i,
        to: close + 1,
        label: 'scare_quotes',
        score: 0.75,
        why: reasonFor('scare_quotes'),
      });
    }
    i = close;
  }
  return out;
}

/** Index of the matching closing mark within reach, or -1. */
function findClose(ctx: BlockContext, open: number): number {
  const family = ctx.flags[open]! & DOUBLE;
  const limit = Math.min(ctx.length, open + 2 + MAX_WORDS * 3);
  for (let j = open + 1; j < limit; j++) {
    const flags = ctx.flags[j]!;
    if (ctx.kinds[j] === 'quote' && (flags & DOUBLE) === family && !(flags & OPENS)) return j;
  }
  return -1;
}

function isScareQuote(ctx: BlockContext, open: number, close: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = open + 1; k < close; k++) {
    if (ctx.kinds[k] === 'word') {
      words++;
      if (isCapitalised(ctx, k)) capitalised++;
    } else if (ctx.norms[k] !== '-' && ctx.norms[k] !== '–') {
      // Sentence punctuation or another quote inside: a quoted sentence, not a phrase.
      return false;
    }
  }
  if (words === 0 || words > MAX_WORDS) return false;
  // Opening mark glued to the previous word is an apostrophe-like use, not a quotation.
  if (open > 0 && ctx.ends[open - 1] === ctx.starts[open] && ctx.kinds[open - 1] === 'word') return false;
  if (capitalised === words) return false;
  if (introducedAsSpeech(ctx, open)) return false;
  return true;
}

/** A speech word within the three words before the mark, or a colon right before it. */
function introducedAsSpeech(ctx: BlockContext, open: number): boolean {
  const prev = ctx.norms[open - 1];
  if (ctx.kinds[open - 1] === 'punct' && (prev === ':' || prev === ',')) return true;
  for (let k = open - 1, seen = 0; k >= 0 && seen < 3; k--) {
    if (ctx.kinds[k] !== 'word') break;
    if (SPEECH_WORDS.has(ctx.norms[k]!)) return true;
    seen++;
  }
  return false;
}
