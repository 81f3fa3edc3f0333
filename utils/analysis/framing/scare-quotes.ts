import { reasonFor } from './explain';
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
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isQuote(i) || tokens.quoteSide(i) === 'close') continue;
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
  const { tokens } = ctx;
  const family = tokens.quoteFamily(open);
  const limit = Math.min(tokens.length, open + 2 + MAX_WORDS * 3);
  for (let j = open + 1; j < limit; j++) {
    if (tokens.quoteFamily(j) === family && tokens.quoteSide(j) !== 'open') return j;
  }
  return -1;
}

function isScareQuote(ctx: BlockContext, open: number, close: number): boolean {
  const { tokens } = ctx;
  let words = 0;
  let capitalised = 0;
  for (let k = open + 1; k < close; k++) {
    if (tokens.isWord(k)) {
      words++;
      if (tokens.capitalised(k)) capitalised++;
      continue;
    }
    // Sentence punctuation or another quote inside: a quoted sentence, not a phrase.
    const norm = tokens.norm(k);
    if (norm !== '-' && norm !== '–') return false;
  }
  if (words === 0 || words > MAX_WORDS) return false;
  // Opening mark glued to the previous word is an apostrophe-like use, not a quotation.
  if (tokens.isWord(open - 1) && tokens.end(open - 1) === tokens.start(open)) return false;
  if (capitalised === words) return false;
  if (introducedAsSpeech(ctx, open) && !namingDisputed(ctx, open, close)) return false;
  return true;
}

/**
 * "They call it "reform", but it is a tax hike": a name someone gives, quoted and then contradicted,
 * is held at a distance rather than reported.
 */
function namingDisputed(ctx: BlockContext, open: number, close: number): boolean {
  let naming = false;
  for (let k = open - 1; k >= 0 && k >= open - 3; k--) {
    if (NAMING_WORDS.has(ctx.tokens.norm(k)!)) naming = true;
  }
  if (!naming) return false;
  for (let k = close + 1; k < ctx.tokens.length && k <= close + 2; k++) {
    if (CONTRADICTIONS.has(ctx.tokens.norm(k)!)) return true;
  }
  return false;
}
const NAMING_WORDS = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'dub',
  'dubs',
  'dubbed',
  'term',
  'terms',
  'termed',
  'label',
  'labels',
  'labelled',
  'labeled',
]);
const CONTRADICTIONS = new Set(['but', 'yet', 'although', 'though', 'while', 'whereas']);

/** A speech word within the three words before the mark, or a colon right before it. */
function introducedAsSpeech(ctx: BlockContext, open: number): boolean {
  const { tokens } = ctx;
  if (tokens.isPunct(open - 1)) {
    const prev = tokens.norm(open - 1);
    if (prev === ':' || prev === ',') return true;
  }
  for (let k = open - 1, seen = 0; k >= 0 && seen < 3; k--) {
    if (!tokens.isWord(k)) break;
    if (SPEECH_WORDS.has(tokens.norm(k)!)) return true;
    seen++;
  }
  return false;
}
