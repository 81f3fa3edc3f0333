import { SPECIFIC } from './explain';
import type { BlockContext, Candidate } from './types';

const MAX_EXCLAMATION_WORDS = 6;
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

export function detectSloganShapes(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const { kinds, norms } = ctx;
  let sentenceStart = 0;
  let words = 0;
  for (let i = 0; i < ctx.length; i++) {
    const kind = kinds[i];
    if (kind === 'word') {
      words++;
      continue;
    }
    const norm = norms[i]!;
    if (norm === '#' && isHashtagWord(ctx, i + 1)) {
      out.push({
        from: i,
        to: i + 2,
        label: 'slogans',
        score: 0.55,
        why: SPECIFIC.hashtag,
      });
      continue;
    }
    if (kind === 'punct' && SENTENCE_ENDS.has(norm)) {
      if (norm === '!' && words >= 2 && words <= MAX_EXCLAMATION_WORDS) {
        const from = firstWord(ctx, sentenceStart, i);
        out.push({
          from,
          to: i,
          label: 'slogans',
          score: 0.5,
          why: SPECIFIC.exclamation,
        });
      }
      sentenceStart = i + 1;
      words = 0;
    }
  }
  return out;
}

function firstWord(ctx: BlockContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.kinds[k] === 'word') return k;
  return from;
}

/** "#NeverAgain" but not "#1": token i is a word that starts with a letter right after the mark. */
function isHashtagWord(ctx: BlockContext, i: number): boolean {
  return ctx.kinds[i] === 'word' && ctx.starts[i] === ctx.ends[i - 1] && /^\p{L}/u.test(ctx.norms[i]!);
}
