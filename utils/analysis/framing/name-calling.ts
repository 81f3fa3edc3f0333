/**
 * Name-calling and labels. Three shapes:
 * - contemptuous words for a person ("puppet", "demagogue"), used as nouns;
 * - words that cast a group as a caste or gang ("his clique", "the national
 *   oligarchy"), with the modifiers that say whose;
 * - ideology charges pinned to a named actor ("US imperialism"), and
 *   instrument metaphors with a named owner ("Uribismo’s broken toys").
 */
import {
  isAcronym,
  isCommonContentWord,
  isContentWord,
  isFunctionWord,
  isPossessivePronoun,
} from './context';
import { reasonFor, SPECIFIC } from './explain';
import { hitHas, type WordHits } from './hits';
import { COMPOUND_LABEL_HEADS } from './lexicon/labels';
import type { BlockContext, Candidate } from './types';

export function detectNameCalling(ctx: BlockContext, hits: WordHits): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = hits[i];
    if (!hit) {
      const c = compoundLabel(ctx, hits, i);
      if (c) out.push(c);
      continue;
    }
    const c =
      personLabel(ctx, hits, hit.from, hit.to) ??
      groupLabel(ctx, hits, hit.from, hit.to) ??
      ideologyLabel(ctx, hits, hit.from, hit.to) ??
      instrumentLabel(ctx, hits, hit.from, hit.to);
    if (c) {
      out.push(c);
      i = Math.max(i, c.to - 1);
    }
  }
  return out;
}

/** Labels as nouns, but often plain description as adjectives ("radical reform"). */
const PLAIN_AS_ADJECTIVE = new Set(['radical', 'reactionary', 'criminal', 'liberal']);

const NEEDS_MODIFIER = new Set(['crowd', 'lobby', 'brigade', 'cult']);

const TECHNICAL_MODIFIERS = new Set(
  'sanctions sanction inspection inspections tax trade visa regulatory legal fiscal monetary exchange tariff treaty safety security'.split(
    ' ',
  ),
);

/** "hacked", "fooled": a verb that shares its stem with a label noun. */
function isVerbForm(ctx: BlockContext, i: number): boolean {
  const norm = ctx.tokens.norm(i)!;
  return norm !== ctx.stems.at(i) && (norm.endsWith('ed') || norm.endsWith('ing'));
}

/** Followed by a lower-case content word, the label is a modifier ("racist remarks", "elite schools"). */
function usedAsModifier(ctx: BlockContext, to: number): boolean {
  return canBeModifier(ctx.tokens.norm(to - 1)!) && isCommonContentWord(ctx, to);
}

/**
 * Labels that also work as adjectives or noun modifiers ("racist remarks", "regime change"). Only
 * in the singular: "leftists want" is a label and its verb.
 */
function canBeModifier(norm: string): boolean {
  return /(ist|ic|ary|ite|ian)$/.test(norm) || MODIFIER_NOUNS.has(norm);
}
const MODIFIER_NOUNS = new Set([
  'radical',
  'criminal',
  'liberal',
  'elite',
  'mob',
  'gang',
  'regime',
  'swamp',
  'nazi',
  'commie',
  'lefty',
  'leftie',
  'hack',
  'fake',
]);

/** "not a liar", "never a traitor", "no fool": the word before the article, or before the label, denies it. */
function deniedLabel(ctx: BlockContext, from: number): boolean {
  const before = ctx.tokens.norm(from - 1);
  if (before === 'no') return true;
  if (before !== 'a' && before !== 'an') return false;
  const denial = ctx.tokens.norm(from - 2);
  return denial === 'not' || denial === 'never';
}

function personLabel(ctx: BlockContext, hits: WordHits, from: number, end: number): Candidate | null {
  let to = end;
  if (!hitHas(hits, from, 'person-label') || isVerbForm(ctx, from)) return null;
  // "She is not a career politician": a label denied is not a label applied.
  if (deniedLabel(ctx, from)) return null;
  // Used as a modifier the label tags what follows: "leftist media", "fascist thugs".
  if (usedAsModifier(ctx, to)) {
    if (PLAIN_AS_ADJECTIVE.has(ctx.tokens.norm(from)!)) return null;
    to++;
  }
  let start = from;
  // A judging adjective, a participle or another label just before belongs to the label
  // ("reckless demagogue", "radical leftists").
  if (
    start > 0 &&
    (isJudgingAdjective(hits, start - 1) ||
      isParticiple(ctx, start - 1) ||
      hitHas(hits, start - 1, 'person-label'))
  )
    start--;
  return {
    from: start,
    to,
    label: 'name_calling',
    rule: 'person',
    score: 0.7,
    why: reasonFor('name_calling'),
  };
}

/**
 * A hyphenated label: "race-monger", "tree-huggers", "anti-Semite",
 * "anti-vaxxers". The head word (or the anti- shape of a person noun) makes
 * the compound an accusation whatever its first part.
 */
function compoundLabel(ctx: BlockContext, hits: WordHits, i: number): Candidate | null {
  // The tokenizer's flag first: most words have no hyphen, and searching every norm for one showed in profiles.
  if (!ctx.tokens.hyphenated(i)) return null;
  const norm = ctx.tokens.norm(i)!;
  const dash = norm.lastIndexOf('-');
  if (dash <= 0) return null;
  const head = norm.slice(dash + 1).replace(/s$/, '');
  const anti = norm.startsWith('anti-') && /(?:ite|er)$/.test(head);
  if (!anti && !COMPOUND_LABEL_HEADS.has(head)) return null;
  let start = i;
  if (start > 0 && (isJudgingAdjective(hits, start - 1) || isParticiple(ctx, start - 1))) start--;
  return {
    from: start,
    to: i + 1,
    label: 'name_calling',
    // Shares the person-label weights of the re-scorer: the same kind of word.
    rule: 'person',
    score: 0.7,
    why: reasonFor('name_calling'),
  };
}

function groupLabel(ctx: BlockContext, hits: WordHits, from: number, to: number): Candidate | null {
  if (!hitHas(hits, from, 'group-label') || usedAsModifier(ctx, to)) return null;
  // "sanctions regime", "tax regime": technical senses, not labels.
  if (TECHNICAL_MODIFIERS.has(ctx.tokens.norm(from - 1) ?? '')) return null;
  // "the crowd", "a hotel lobby" are plain; "the anti-Israel crowd", "the gun lobby" are labels.
  if (NEEDS_MODIFIER.has(ctx.stems.at(from)!) && !isContentWord(ctx, from - 1)) return null;
  let start = from;
  for (let k = 0; k < 2 && start > 0; k++) {
    if (!ctx.tokens.isWord(start - 1)) break;
    const prev = ctx.tokens.norm(start - 1)!;
    if (isPossessivePronoun(prev)) {
      start--;
      break;
    }
    if ((isFunctionWord(prev) && !isAcronym(ctx, start - 1)) || prev.endsWith("'s")) break;
    start--;
  }
  return {
    from: start,
    to,
    label: 'name_calling',
    rule: 'group',
    // "the national oligarchy", later "the Colombian oligarchy": the same charge again.
    key: `name_calling:group:${ctx.stems.join(from, to)}`,
    score: 0.65,
    why: SPECIFIC.groupLabel,
  };
}

function ideologyLabel(ctx: BlockContext, hits: WordHits, from: number, to: number): Candidate | null {
  if (!hitHas(hits, from, 'ideology-label') || from === 0) return null;
  const { tokens } = ctx;
  const named =
    isAcronym(ctx, from - 1) ||
    (tokens.isWord(from - 1) &&
      !isFunctionWord(tokens.norm(from - 1)!) &&
      (tokens.capitalised(from - 1) || hitHas(hits, from - 1, 'actor-modifier')));
  if (!named) return null;
  return {
    from: from - 1,
    to,
    label: 'name_calling',
    rule: 'ideology',
    score: 0.7,
    why: SPECIFIC.ideologyLabel,
  };
}

/** "Moscow's puppets", "Uribismo’s broken toys", "pawns of Beijing". */
function instrumentLabel(ctx: BlockContext, hits: WordHits, from: number, to: number): Candidate | null {
  if (!hitHas(hits, from, 'instrument')) return null;
  // The owner may stand right before the noun or before one modifier: "Moscow’s (obedient) pawns".
  let start = from;
  let ownedBefore = isNamedOwner(ctx, start - 1);
  if (!ownedBefore && isContentWord(ctx, start - 1) && isNamedOwner(ctx, start - 2)) {
    start--;
    ownedBefore = true;
  }
  const ownedAfter = ctx.tokens.norm(to) === 'of' && ctx.tokens.capitalised(to + 1);
  if (!ownedBefore && !ownedAfter) return null;
  return {
    from: start,
    to,
    label: 'name_calling',
    rule: 'instrument',
    score: 0.6,
    why: SPECIFIC.possessedTool,
  };
}

function isJudgingAdjective(hits: WordHits, i: number): boolean {
  return hitHas(hits, i, 'condemning-adj') || hitHas(hits, i, 'glorifying-adj');
}

/** "broken", "bought", "paid": a lower-case -ed/-en word right before a label. */
function isParticiple(ctx: BlockContext, i: number): boolean {
  if (!isCommonContentWord(ctx, i) || !isContentWord(ctx, i)) return false;
  const w = ctx.tokens.norm(i)!;
  return w.length > 4 && (w.endsWith('ed') || w.endsWith('en'));
}

/** "Moscow’s", "Uribismo’s": a capitalised possessive. */
function isNamedOwner(ctx: BlockContext, i: number): boolean {
  const { tokens } = ctx;
  return tokens.isWord(i) && tokens.capitalised(i) && /'s?$/.test(tokens.norm(i)!);
}
