import { reasonFor } from './explain';
import { QUOTE, WORD } from './tokens';
import type { BlockContext, Candidate } from './types';

const MIN_WORDS = 4;
const MAX_WORDS = 40;

export function detectRhetoricalQuestions(ctx: BlockContext): Candidate[] {
  if (ctx.titleCase) return [];
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let start = 0;
  let words = 0;
  let quotes = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind(i);
    if (kind === WORD) {
      words++;
      continue;
    }
    if (kind === QUOTE && tokens.isDoubleQuote(i)) {
      quotes++;
      continue;
    }
    const norm = tokens.norm(i);
    if (norm === '.' || norm === '!' || norm === '?' || norm === '…') {
      if (norm === '?' && quotes % 2 === 0 && words >= MIN_WORDS && words <= MAX_WORDS) {
        const from = firstWordAt(ctx, start, i);
        out.push({
          from,
          to: i + 1,
          label: 'doubt',
          score: 0.4,
          why: reasonFor('doubt'),
        });
      }
      start = i + 1;
      words = 0;
    }
  }
  return out;
}

function firstWordAt(ctx: BlockContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.tokens.isWord(k)) return k;
  return from;
}
