import { SPECIFIC } from './explain';
import type { Tokens } from './tokens';
import type { BlockContext, Candidate } from './types';

const MAX_EXCLAMATION_WORDS = 6;
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

export function detectSloganShapes(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let sentenceStart = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.isWord(i)) {
      words++;
      continue;
    }
    const norm = tokens.norm(i);
    if (norm === '#' && isSloganHashtag(tokens, i + 1, tokens.end(i))) {
      out.push({
        from: i,
        to: i + 2,
        label: 'slogans',
        score: 0.55,
        why: SPECIFIC.hashtag,
      });
      continue;
    }
    if (tokens.isPunct(i) && SENTENCE_ENDS.has(norm!)) {
      if (norm === '!' && words >= 2 && words <= MAX_EXCLAMATION_WORDS) {
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

function firstWord(tokens: Tokens, from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens.isWord(k)) return k;
  return from;
}

/**
 * "#NeverAgain", "#BuildTheWall", "#MeToo" but not "#1", "#Gaza" or "#LasVegasShooting": a hashtag is
 * a slogan when it runs several words together and one of them is grammar or a call ("the", "my",
 * "never", "stop"), which a topic tag (a place, a name, an event) does not have.
 */
function isSloganHashtag(tokens: Tokens, i: number, at: number): boolean {
  if (!tokens.isWord(i) || tokens.start(i) !== at) return false;
  const parts = tokens.text.slice(tokens.start(i), tokens.end(i)).match(CAMEL_PART);
  return parts !== null && parts.length >= 2 && parts.some((p) => SLOGAN_GLUE.has(p.toLowerCase()));
}
/** The words of a camel-cased tag: "BuildTheWall" → Build, The, Wall. */
const CAMEL_PART = /\p{Lu}{2,}(?!\p{Ll})|\p{Lu}\p{Ll}*|\p{Ll}+/gu;
/** Closed-class words and calls to act that make a run of words a sentence rather than a name. */
const SLOGAN_GLUE = new Set(
  `the a my our your her his their me us we you it not no never again up down out back now all first
  stop save end free make keep let bring take lock build drain believe resist matter matters
  is are be too must`.split(/\s+/),
);
