import { SPECIFIC } from './explain';
import type { BlockContext, Candidate } from './types';

const MAX_EXCLAMATION_WORDS = 6;
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

export function detectSloganShapes(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let sentenceStart = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      words++;
      continue;
    }
    if (t.norm === '#' && isHashtagWord(tokens[i + 1], t.end)) {
      out.push({
        from: i,
        to: i + 2,
        label: 'slogans',
        score: 0.55,
        why: SPECIFIC.hashtag,
      });
      continue;
    }
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.norm)) {
      if (t.norm === '!' && words >= 2 && words <= MAX_EXCLAMATION_WORDS) {
        const from = firstWord(tokens, sentenceStart, i);
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

function firstWord(tokens: BlockContext['tokens'], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') return k;
  return from;
}

/** "#NeverAgain" but not "#1": a hashtag word starts with a letter right after the mark. */
function isHashtagWord(t: BlockContext['tokens'][number] | undefined, at: number): boolean {
  return t?.kind === 'word' && t.start === at && /^\p{L}/u.test(t.norm);
}
