/**
 * Loaded language: judging words from the project's lexicon. The highlight
 * grows to take in what the judgement is about: an intensifier before it
 * ("utterly shameful"), the noun an adjective modifies ("servile character"),
 * the object of a loaded verb ("beg for a military intervention").
 */
import { isAcronym, isCommonContentWord, isContentWord, isDeterminer, isNameLike } from './context';
import { reasonFor, SPECIFIC } from './explain';
import { hitHas, type WordHits } from './hits';
import { JUDGING_COMPOUND_ENDS, JUDGING_COMPOUND_STARTS } from './lexicon/compounds';
import { PERSON_NOUNS } from './lexicon/labels';
import { stem } from './stem';
import type { BlockContext, Candidate } from './types';

const ADJ_REACH = 1;
const VERB_LINKS = new Set(['for', 'to', 'into', 'on', 'upon', 'at', 'with', 'over', 'against', 'about']);

/** Heads that make a condemning noun before them the name of a service or field ("disaster relief"). */
const SERVICE_HEADS = new Set(
  'relief response recovery management preparedness zone zones area areas aid fund funds insurance planning team teams unit units'.split(
    ' ',
  ),
);

/** Number words a count may be written in ("two blasts"); digits are read from the text. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
);

function isCount(ctx: BlockContext, i: number): boolean {
  const { tokens } = ctx;
  // "a 10-minute onslaught": a compound adjective, not a count.
  if (!tokens.isWord(i) || tokens.hyphenated(i)) return false;
  const first = ctx.text.charCodeAt(tokens.start(i));
  return (first >= 48 && first <= 57) || NUMBER_WORDS.has(tokens.norm(i)!);
}

export function detectLoadedLanguage(ctx: BlockContext, hits: WordHits): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = hits[i];
    if (!hit) continue;
    const adj = hit.values.includes('condemning-adj') || hit.values.includes('glorifying-adj');
    const noun = hit.values.includes('condemning-noun');
    const verb = hit.values.includes('loaded-verb');
    if (!adj && !noun && !verb) {
      const c = intensified(ctx, hits, i) ?? judgingCompound(ctx, i);
      if (c) out.push(c);
      continue;
    }
    if (isNameLike(ctx, hit.from)) continue;
    // "250 pounds", "two blasts": after a number a noun or verb is what is counted or measured
    // (an adjective still judges: "ten amazing facts").
    if (!adj && isCount(ctx, hit.from - 1)) continue;
    // "disaster relief", "crisis management": a noun naming the field of a service, not a judgement.
    if (noun && !adj && !verb && SERVICE_HEADS.has(ctx.tokens.norm(hit.to) ?? '')) continue;
    let from = hit.from;
    let to = hit.to;
    let score = hit.values.includes('glorifying-adj') ? 0.5 : adj ? 0.7 : 0.6;
    let label: 'loaded_language' | 'name_calling' = 'loaded_language';
    while (
      from > 0 &&
      (hitHas(hits, from - 1, 'intensifier') || hitHas(hits, from - 1, 'mild-intensifier'))
    ) {
      from--;
      score = Math.min(1, score + 0.1);
    }
    const verbWithObject = verb && VERB_LINKS.has(ctx.tokens.norm(to) ?? '');
    if (verbWithObject) to = verbObjectEnd(ctx, to);
    else if (adj) {
      // "submissive character", "public relations disaster": the noun phrase the judgement lands on.
      for (let k = 0; k < ADJ_REACH && isCommonContentWord(ctx, to) && !hits[to]; k++) to++;
      // "despotic leader", "corrupt officials": a judging adjective on a noun for people is a label for them.
      if (to > hit.to && !verb && isPersonNoun(ctx, to - 1)) label = 'name_calling';
    } else if (verb && !noun) to = verbObjectEnd(ctx, to);
    if (noun && !adj && from === hit.from && isCommonContentWord(ctx, from - 1) && !hits[from - 1]) from--;
    // "the altar of US imperialism", "a travesty of justice": the noun is a frame for what follows.
    if (noun && !adj && !verb && ctx.tokens.norm(to) === 'of') to = ofPhraseEnd(ctx, to);
    out.push({
      from,
      to,
      label,
      rule:
        verb && !adj && !noun
          ? 'verb'
          : adj
            ? hit.values.includes('glorifying-adj')
              ? 'glorifying'
              : 'adjective'
            : 'noun',
      score,
      why: label === 'name_calling' ? SPECIFIC.judgedPeople : reasonFor('loaded_language'),
      // The same judging word again later makes the same point.
      key: `${label}:${ctx.stems.join(hit.from, hit.to)}`,
    });
    i = hit.to - 1;
  }
  return out;
}

/** End of "for a military intervention" after a loaded verb: link word, determiner, up to 3 words. */
function verbObjectEnd(ctx: BlockContext, to: number): number {
  let j = to;
  const { tokens } = ctx;
  if (tokens.isWord(j) && VERB_LINKS.has(tokens.norm(j)!)) j++;
  if (tokens.isWord(j) && isDeterminer(tokens.norm(j)!)) j++;
  const objectStart = j;
  while (j < objectStart + 3 && isContentWord(ctx, j)) j++;
  return j > objectStart ? j : to;
}

/** "highly provocative", "sheer incompetence": a strong intensifier loads the word it modifies. */
function intensified(ctx: BlockContext, hits: WordHits, i: number): Candidate | null {
  if (!hitHas(hits, i, 'intensifier') || !isCommonContentWord(ctx, i + 1) || hits[i + 1]) return null;
  return {
    from: i,
    to: i + 2,
    label: 'loaded_language',
    rule: 'intensified',
    score: 0.5,
    why: reasonFor('loaded_language'),
  };
}

/** "gut-driven", "arch-conservative", "anti-Catholic": hyphenated coinages that judge. */
function judgingCompound(ctx: BlockContext, i: number): Candidate | null {
  const { tokens } = ctx;
  if (!tokens.hyphenated(i)) return null;
  const parts = tokens.norm(i)!.split('-');
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const antiName = first === 'anti' && /^anti-\p{Lu}/u.test(ctx.text.slice(tokens.start(i), tokens.end(i)));
  if (!compoundEnds().has(last) && !compoundStarts().has(first) && !antiName) return null;
  let to = i + 1;
  if (isCommonContentWord(ctx, to)) to++;
  return {
    from: i,
    to,
    label: 'loaded_language',
    rule: 'compound',
    score: 0.5,
    why: reasonFor('loaded_language'),
  };
}

let ends: Set<string> | undefined;
let starts: Set<string> | undefined;
function compoundEnds(): Set<string> {
  ends ??= new Set(JUDGING_COMPOUND_ENDS);
  return ends;
}
function compoundStarts(): Set<string> {
  starts ??= new Set(JUDGING_COMPOUND_STARTS);
  return starts;
}

/** End of "of (the) X Y Z" after a framing noun: up to three words, names included. */
function ofPhraseEnd(ctx: BlockContext, of: number): number {
  let j = of + 1;
  if (ctx.tokens.isWord(j) && isDeterminer(ctx.tokens.norm(j)!)) j++;
  const start = j;
  while (j < start + 3 && (isContentWord(ctx, j) || isAcronym(ctx, j))) j++;
  return j > start ? j : of;
}

let personStems: Set<string> | undefined;
/** A plain noun for people: "leader", "officials", "priests" (by stem, so plurals count). */
function isPersonNoun(ctx: BlockContext, i: number): boolean {
  personStems ??= new Set([...PERSON_NOUNS].map(stem));
  return personStems.has(ctx.stems.at(i)!);
}
