import { reasonFor } from './explain';
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
    const t = tokens[i]!;
    if (t.kind === 'word') words++;
    else if (t.kind === 'quote' && t.quote!.family === 'double') quotes++;
    else if (t.norm === '.' || t.norm === '!' || t.norm === '?' || t.norm === '…') {
      if (t.norm === '?' && quotes % 2 === 0 && words >= MIN_WORDS && words <= MAX_WORDS) {
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
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind === 'word') return k;
  return from;
}
