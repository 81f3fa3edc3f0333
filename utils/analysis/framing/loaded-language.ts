/**
 * Loaded language: judging words from the project's lexicon. The highlight
 * grows to take in what the judgement is about: an intensifier before it
 * ("utterly shameful"), the noun an adjective modifies ("servile character"),
 * the object of a loaded verb ("beg for a military intervention").
 */
import { isCommonContentWord, isContentWord, isDeterminer, isNameLike, quoteOf } from './context';
import { explain } from './explain';
import { hitHas, type WordHits } from './hits';
import type { BlockContext, Candidate } from './types';

const VERB_LINKS = new Set(['for', 'to', 'into', 'on', 'upon', 'at', 'with', 'over', 'against', 'about']);

export function detectLoadedLanguage(ctx: BlockContext, hits: WordHits): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = hits[i];
    if (!hit) continue;
    const adj = hit.values.includes('condemning-adj') || hit.values.includes('glorifying-adj');
    const noun = hit.values.includes('condemning-noun');
    const verb = hit.values.includes('loaded-verb');
    if (!adj && !noun && !verb) continue;
    if (isNameLike(ctx, hit.from)) continue;
    let from = hit.from;
    let to = hit.to;
    let score = hit.values.includes('glorifying-adj') ? 0.5 : adj ? 0.7 : 0.6;
    while (from > 0 && hitHas(hits, from - 1, 'intensifier')) {
      from--;
      score = Math.min(1, score + 0.1);
    }
    if (adj && isCommonContentWord(ctx, to) && !hits[to]) to++;
    else if (verb && !adj && !noun) to = verbObjectEnd(ctx, to);
    out.push({
      from,
      to,
      label: 'loaded_language',
      score,
      explanation: explain('loaded_language', quoteOf(ctx, from, to)),
      // The same judging word again later makes the same point.
      key: `loaded_language:${ctx.stems.slice(hit.from, hit.to).join(' ')}`,
    });
    i = hit.to - 1;
  }
  return out;
}

/** End of "for a military intervention" after a loaded verb: link word, determiner, up to 3 words. */
function verbObjectEnd(ctx: BlockContext, to: number): number {
  let j = to;
  const link = ctx.tokens[j];
  if (link?.kind === 'word' && VERB_LINKS.has(link.norm)) j++;
  if (ctx.tokens[j]?.kind === 'word' && isDeterminer(ctx.tokens[j]!.norm)) j++;
  const objectStart = j;
  while (j < objectStart + 3 && isContentWord(ctx, j)) j++;
  return j > objectStart ? j : to;
}
