/**
 * Name-calling shapes that sit around a name rather than in one word:
 * - an epithet apposition: "Avenatti, a media-hungry showman," where the
 *   description after the name carries a verdict (a judging adjective or a
 *   label word);
 * - a nickname in quotes inside or before a name: 'Donald "Art of the Deal"
 *   Trump', '"Crooked" Hillary';
 * - a name turned into a camp: "the Kavanaugh haters", "Trump bashers".
 * Each is gated on a cheap token check (a comma, a quote mark, one of a few
 * head words) before anything else is looked at.
 */
import { isFunctionWord, isNameLike } from './context';
import { reasonFor } from './explain';
import { hitHas, type WordHits } from './hits';
import { PUNCT } from './tokens';
import type { BlockContext, Candidate } from './types';
import { GatedSet } from './word-gate';

const MAX_APPOSITION = 7;

/** Head nouns that make a named person's followers or foes into a camp. */
const CAMP_HEADS = new GatedSet([
  'hater',
  'haters',
  'basher',
  'bashers',
  'worshipper',
  'worshippers',
  'cultist',
  'cultists',
  'fanboys',
  'fanboy',
  'groupies',
  'apologists',
  'toadies',
  'bootlickers',
]);

export function detectEpithets(ctx: BlockContext, hits: WordHits): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.isQuote(i)) {
      const c = quotedNickname(ctx, i);
      if (c) {
        out.push(c);
        i = c.to;
      }
      continue;
    }
    if (tokens.isPunct(i)) {
      if (tokens.norm(i) === ',') {
        const c = apposition(ctx, hits, i);
        if (c) {
          out.push(c);
          i = c.to - 1;
        }
      }
      continue;
    }
    if (hits[i] && (hitHas(hits, i, 'condemning-adj') || hitHas(hits, i, 'glorifying-adj'))) {
      const c = judgedName(ctx, hits, i) ?? nominalAdjective(ctx, i);
      if (c) {
        out.push(c);
        i = c.to - 1;
        continue;
      }
    }
    // Gated: most words are neither, and their norms need not be made here.
    if (tokens.isWord(i) && BE.hasToken(tokens, i)) {
      const c = predicate(ctx, hits, i);
      if (c) {
        out.push(c);
        i = c.to - 1;
      }
      continue;
    }
    if (tokens.isWord(i) && CAMP_HEADS.hasToken(tokens, i)) {
      const c = camp(ctx, i);
      if (c) out.push(c);
    }
  }
  return out;
}

function candidate(from: number, to: number, rule: string): Candidate {
  return { from, to, label: 'name_calling', rule, score: 0.65, why: reasonFor('name_calling') };
}

/** "Name, a/the ... ," with a verdict word in the description. */
function apposition(ctx: BlockContext, hits: WordHits, comma: number): Candidate | null {
  const { tokens } = ctx;
  if (!tokens.isWord(comma - 1) || !tokens.capitalised(comma - 1) || ctx.titleCase) return null;
  const det = tokens.norm(comma + 1);
  if (det !== 'a' && det !== 'an' && det !== 'the') return null;
  let verdict = false;
  let end = -1;
  for (let k = comma + 2; k < tokens.length && k <= comma + 1 + MAX_APPOSITION; k++) {
    if (!tokens.isWord(k)) {
      const p = tokens.norm(k);
      if (tokens.kind(k) === PUNCT && (p === ',' || p === '.' || p === ';' || p === '—' || p === '–'))
        end = k;
      break;
    }
    if (isVerdict(hits, k)) verdict = true;
  }
  if (!verdict || end < comma + 3) return null;
  return candidate(comma + 1, end, 'apposition');
}

function isVerdict(hits: WordHits, k: number): boolean {
  return (
    hitHas(hits, k, 'condemning-adj') ||
    hitHas(hits, k, 'glorifying-adj') ||
    hitHas(hits, k, 'person-label') ||
    hitHas(hits, k, 'condemning-noun') ||
    hitHas(hits, k, 'group-label')
  );
}

const BE = new GatedSet(['is', 'was', 'are', 'were', "he's", "she's", "they're"]);
const MAX_PREDICATE = 4;

/**
 * "He was a serial predator.", "She is a total low-life!": a person (a name or
 * a personal pronoun) said to be a noun phrase that carries a verdict.
 */
function predicate(ctx: BlockContext, hits: WordHits, be: number): Candidate | null {
  const { tokens } = ctx;
  const det = tokens.norm(be + 1);
  if (det !== 'a' && det !== 'an') return null;
  const subject = tokens.norm(be - 1);
  if (
    !subject ||
    !(SUBJECT_PRONOUNS.has(subject) || (tokens.capitalised(be - 1) && !isFunctionWord(subject)))
  )
    return null;
  let verdict = false;
  let end = be + 2;
  for (; end < tokens.length && end <= be + 1 + MAX_PREDICATE; end++) {
    if (!tokens.isWord(end) || isFunctionWord(tokens.norm(end)!)) break;
    if (isVerdict(hits, end)) verdict = true;
  }
  if (!verdict || end === be + 2) return null;
  // One label word alone ("a traitor") is the person-label rule's, which also knows denials.
  if (end === be + 3 && (hitHas(hits, be + 2, 'person-label') || hitHas(hits, be + 2, 'group-label')))
    return null;
  return candidate(be + 1, end, 'predicate');
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'you']);

/**
 * 'Donald "Art of the Deal" Trump' (quoted words between two name parts) or
 * '"Crooked" Hillary' (one to three quoted words right before a name).
 */
function quotedNickname(ctx: BlockContext, open: number): Candidate | null {
  const { tokens } = ctx;
  if (tokens.quoteSide(open) === 'close') return null;
  let close = -1;
  for (let k = open + 1; k < tokens.length && k <= open + 6; k++) {
    if (tokens.isQuote(k)) {
      close = k;
      break;
    }
    if (!tokens.isWord(k)) return null;
  }
  if (close < open + 2 || !tokens.isWord(close + 1) || !tokens.capitalised(close + 1)) return null;
  // The quoted words must start capitalised, as a nickname does; "the 'wise' men" is a scare quote.
  if (!tokens.capitalised(open + 1)) return null;
  // Headlines capitalise every word ("Police 'Accidentally' Gave"): the words around must not.
  if (capitalisedWord(ctx, close + 2)) return null;
  // "But 'Art of the Deal' Trump": a capitalised glue word is not the first name.
  const inside = capitalisedWord(ctx, open - 1) && !isFunctionWord(tokens.norm(open - 1)!);
  if (inside)
    return capitalisedWord(ctx, open - 2) && !isFunctionWord(tokens.norm(open - 2)!)
      ? null
      : candidate(open - 1, close + 2, 'nickname');
  // Before a name: short, and mid-sentence (after a lower-case word), so not a headline.
  if (close - open - 1 > 3 || !tokens.isWord(open - 1) || tokens.capitalised(open - 1)) return null;
  return candidate(open, close + 2, 'nickname');
}

/**
 * "gullible Westerners", "the bumbling FBI": a judging adjective straight on a
 * name, the name being the head (no common noun after it: "disastrous Iraq war"
 * judges the war).
 */
function judgedName(ctx: BlockContext, hits: WordHits, adj: number): Candidate | null {
  const { tokens } = ctx;
  if (ctx.titleCase || tokens.capitalised(adj) || !isNameLike(ctx, adj + 1)) return null;
  // "hating Jews", "twists Scripture": a verb, not an adjective, before the name.
  const norm = tokens.norm(adj)!;
  if (norm.endsWith('ing') || VERB_LIKE.has(norm) || hitHas(hits, adj, 'loaded-verb')) return null;
  let end = adj + 1;
  while (end < adj + 4 && isNameLike(ctx, end)) end++;
  if (tokens.isWord(end) && !isFunctionWord(tokens.norm(end)!)) return null;
  // "the stupid Iraq War": a named event, not a person or group; "superb K": an initial.
  const last = tokens.norm(end - 1)!;
  if (EVENT_HEADS.has(last) || last.length < 2) return null;
  return candidate(adj, end, 'judged-name');
}

const VERB_LIKE = new Set([
  'hate',
  'hates',
  'hated',
  'damn',
  'love',
  'loves',
  'loved',
  'despise',
  'despises',
]);
const EVENT_HEADS = new Set([
  'war',
  'wars',
  'massacre',
  'attack',
  'attacks',
  'crisis',
  'act',
  'bill',
  'law',
  'deal',
  'scandal',
  'summit',
]);

const FOLLOWERS_OK = (w: string) => isFunctionWord(w) && !THING_FOLLOWERS.has(w);
const THING_FOLLOWERS = new Set(['of', 'that', 'is', 'was', 'about', 'in']);

/** "the wicked", "the gullible": a judging adjective made into a noun for people. */
function nominalAdjective(ctx: BlockContext, adj: number): Candidate | null {
  const { tokens } = ctx;
  // "the dumbing (down)", "the evils": a verb form or a plural noun.
  if (tokens.norm(adj - 1) !== 'the' || /(?:ing|[^su]s)$/.test(tokens.norm(adj)!)) return null;
  // Nothing after it that it could modify, or a word that goes on about people ("the wicked
  // who ..."); "the evil of ..." is a thing.
  if (tokens.isWord(adj + 1) && !FOLLOWERS_OK(tokens.norm(adj + 1)!)) return null;
  return candidate(adj - 1, adj + 1, 'nominal-adjective');
}

function capitalisedWord(ctx: BlockContext, i: number): boolean {
  return ctx.tokens.isWord(i) && ctx.tokens.capitalised(i);
}

/** "the Kavanaugh haters", "Trump bashers": a name, then a camp noun. */
function camp(ctx: BlockContext, head: number): Candidate | null {
  const { tokens } = ctx;
  if (!tokens.isWord(head - 1) || !tokens.capitalised(head - 1) || ctx.titleCase) return null;
  return candidate(head - 1, head + 1, 'camp');
}
