/**
 * Argument shapes: false dilemmas, appeals to fear and single-cause
 * explanations recognised by a cue phrase plus a check of its surroundings,
 * and highlighted as the clause or sentence that makes the move (a reader
 * needs "The only answer is a wall" marked, not only "the only answer").
 *
 * One scan over the block's gate keys: each cue phrase (lexicon/arguments.ts)
 * is found from its least common word, so a bitmap read turns nearly every
 * word away before any string is made. Each shape has its
 * guards: "not the only reason", "Just because it rains doesn't mean…",
 * "whether they live or die", "the fire was caused by a gas leak" are left
 * alone.
 */

import { bitmap, hasBit, setBit } from '../bitmap';
import { HARM_WORDS } from './lexicon/appeals';
import {
  BLAME,
  CAUSAL_HEDGES,
  CAUSE_OF_OUTCOME,
  CHOICE_BETWEEN,
  COMPLEX_OUTCOMES,
  COUNTERFACTUAL,
  DOOM,
  DOOM_OUTCOMES,
  EXCLUSIVE_BECAUSE,
  LEADS_TO,
  MOTIVE_BECAUSE,
  MOTIVE_VERBS,
  NO_COINCIDENCE,
  NOT_SOLE_AGENT,
  ONLY_OPTION,
  OR_PENALTY,
  OUTCOME_CAUSED_BY,
  PLAIN_THREAT,
  SOLE_CAUSE,
  THREAT_TO,
  TWO_SIDES,
  ULTIMATUM,
  VALUED_TARGETS,
  VULNERABLE,
  VULNERABLE_FATES,
} from './lexicon/arguments';
import { stem } from './stem';
import { PUNCT, WORD } from './tokens';
import type { BlockContext, Candidate, Technique } from './types';
import { gateKey, WordGate } from './word-gate';

/** The outer half of a gate key (word-gate.ts): length and first and last letter. */
const INNER_BITS = 15;
const OUTER_BITS = 15;

type Shape =
  | 'only-option'
  | 'two-sides'
  | 'choice-between'
  | 'only-can'
  | 'ultimatum'
  | 'or-penalty'
  | 'threat-to'
  | 'plain-threat'
  | 'doom'
  | 'vulnerable'
  | 'leads-to'
  | 'sole-cause'
  | 'exclusive-because'
  | 'blame'
  | 'cause-of-outcome'
  | 'outcome-caused-by'
  | 'counterfactual'
  | 'no-coincidence'
  | 'motive';

const LABEL: Record<Shape, Technique> = {
  'only-option': 'black_and_white',
  'two-sides': 'black_and_white',
  'choice-between': 'black_and_white',
  'only-can': 'black_and_white',
  ultimatum: 'black_and_white',
  'or-penalty': 'appeal_to_fear',
  'threat-to': 'appeal_to_fear',
  'plain-threat': 'appeal_to_fear',
  doom: 'appeal_to_fear',
  vulnerable: 'appeal_to_fear',
  'leads-to': 'appeal_to_fear',
  'sole-cause': 'causal_oversimplification',
  'exclusive-because': 'causal_oversimplification',
  blame: 'causal_oversimplification',
  'cause-of-outcome': 'causal_oversimplification',
  'outcome-caused-by': 'causal_oversimplification',
  counterfactual: 'causal_oversimplification',
  'no-coincidence': 'causal_oversimplification',
  motive: 'causal_oversimplification',
};

/** One plain sentence per shape: why the highlighted words were flagged. */
const WHY: Record<Shape, (w: string) => string> = {
  'only-option': (w) =>
    `'${w}' presents one course as the only one: it rules out the alternatives without weighing them.`,
  'two-sides': (w) => `'${w}' splits the matter into two sides, as if there were no position in between.`,
  'choice-between': (w) => `'${w}' offers a choice of two options, as if there were no other course.`,
  'only-can': (w) =>
    `'${w}' presents one course as the only one: it rules out the alternatives without weighing them.`,
  ultimatum: (w) =>
    `'${w}' is an ultimatum: it offers compliance or a dire end, as if no third course existed.`,
  'or-penalty': (w) => `'${w}' appeals to fear: it holds a penalty over those who do not comply.`,
  'threat-to': (w) =>
    `'${w}' appeals to fear: it calls something a threat to what the reader holds dear rather than showing the harm.`,
  'plain-threat': (w) =>
    `'${w}' appeals to fear: it calls something a threat to what the reader holds dear rather than showing the harm.`,
  doom: (w) => `'${w}' appeals to fear: it foretells ruin to move the reader rather than giving reasons.`,
  vulnerable: (w) =>
    `'${w}' appeals to fear: it warns that the most vulnerable, children or family, will come to harm.`,
  'leads-to': (w) =>
    `'${w}' appeals to fear: it predicts that one step will bring war or disaster, without showing how.`,
  'sole-cause': (w) =>
    `'${w}' oversimplifies cause: it names one reason as the only or real one and sets the others aside.`,
  'exclusive-because': (w) =>
    `'${w}' oversimplifies cause: "only because" or "simply because" makes a single cause the whole story.`,
  blame: (w) => `'${w}' oversimplifies cause: it lays the whole blame for an outcome on one party.`,
  'cause-of-outcome': (w) =>
    `'${w}' oversimplifies cause: it pins a problem with many causes on a single one.`,
  'outcome-caused-by': (w) =>
    `'${w}' oversimplifies cause: it pins a problem with many causes on a single one.`,
  counterfactual: (w) =>
    `'${w}' oversimplifies cause: it claims one different decision would have prevented the outcome.`,
  'no-coincidence': (w) =>
    `'${w}' oversimplifies cause: "no coincidence" turns two things happening together into cause and effect without showing the link.`,
  motive: (w) =>
    `'${w}' oversimplifies cause: it explains what others did by a motive the writer assigns to them.`,
};

const SCORE: Partial<Record<Technique, number>> = {
  black_and_white: 0.5,
  appeal_to_fear: 0.5,
  causal_oversimplification: 0.45,
};

/** A cue phrase, found from its anchor: its rarest-looking word, so common words ("the", "is") cost one bitmap read. */
interface Cue {
  words: string[];
  /** Index of the anchor word in `words`. */
  anchor: number;
  shape: Shape;
}

interface CueIndex {
  /** Anchor words' outer gate slots (length, first and last letter) alone: one read turns most words away. */
  outer: Uint32Array;
  gate: WordGate;
  /** Cues by anchor word, longest first. */
  byAnchor: Map<string, Cue[]>;
}

let index: CueIndex | undefined;
function cueIndex(): CueIndex {
  if (index) return index;
  const lists: [readonly string[], Shape][] = [
    [ONLY_OPTION, 'only-option'],
    [TWO_SIDES, 'two-sides'],
    [CHOICE_BETWEEN, 'choice-between'],
    [['only'], 'only-can'],
    [ULTIMATUM, 'ultimatum'],
    [OR_PENALTY, 'or-penalty'],
    [THREAT_TO, 'threat-to'],
    [PLAIN_THREAT, 'plain-threat'],
    [DOOM, 'doom'],
    [VULNERABLE, 'vulnerable'],
    [LEADS_TO, 'leads-to'],
    [SOLE_CAUSE, 'sole-cause'],
    [EXCLUSIVE_BECAUSE, 'exclusive-because'],
    [BLAME, 'blame'],
    [CAUSE_OF_OUTCOME, 'cause-of-outcome'],
    [OUTCOME_CAUSED_BY, 'outcome-caused-by'],
    [COUNTERFACTUAL, 'counterfactual'],
    [NO_COINCIDENCE, 'no-coincidence'],
    [MOTIVE_BECAUSE, 'motive'],
  ];
  const outer = bitmap(1 << OUTER_BITS);
  const gate = new WordGate();
  const byAnchor = new Map<string, Cue[]>();
  for (const [list, shape] of lists) {
    for (const phrase of list) {
      const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/);
      const anchor = anchorOf(words);
      const key = words[anchor]!;
      gate.add(key);
      setBit(outer, gateKey(key) >>> INNER_BITS);
      const cues = byAnchor.get(key) ?? [];
      cues.push({ words, anchor, shape });
      cues.sort((x, y) => y.words.length - x.words.length);
      byAnchor.set(key, cues);
    }
  }
  index = { outer, gate, byAnchor };
  return index;
}

/** Words too common to anchor a cue: most of a text, and each would pass the gate. */
const COMMON = new Set(
  "the a an is are was were be been it it's its there there's this that to of in on at for with by or and but not no we you you're they he she our your us them their all just one will would could may might have has had do did can".split(
    ' ',
  ),
);

/** The index of the longest uncommon word of a cue (the first such when tied). */
function anchorOf(words: readonly string[]): number {
  let best = 0;
  let bestScore = -1;
  words.forEach((w, k) => {
    const score = COMMON.has(w) ? 0 : w.length;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  });
  return best;
}

/** Does `cue` match the tokens around token `i`, its anchor? Returns its first token, or -1. */
function cueAt(ctx: BlockContext, cue: Cue, i: number): number {
  const t = ctx.tokens;
  const from = i - cue.anchor;
  if (from < 0 || from + cue.words.length > t.length) return -1;
  for (let k = 0; k < cue.words.length; k++) {
    if (k === cue.anchor) continue;
    if (!t.isWord(from + k) || t.norm(from + k) !== cue.words[k]) return -1;
  }
  return from;
}

const HARMS = new Set([...HARM_WORDS.map(stem), ...DOOM_OUTCOMES.map(stem)]);
const OUTCOMES = new Set(COMPLEX_OUTCOMES);
const VALUED = new Set(VALUED_TARGETS);
const FATES = new Set(VULNERABLE_FATES);
const PREDICTIONS = new Set(['will', "'ll", 'would', 'could', 'may', 'might', 'going', "won't", 'shall']);
const HEDGES = new Set(CAUSAL_HEDGES);
const MOTIVES = new Set(MOTIVE_VERBS);
const NOT_AGENT = new Set(NOT_SOLE_AGENT);
const MODALS = new Set(['can', 'will', 'could', 'would', "can't", 'cannot', 'shall']);
/** After "do"/"did"/"don't" a motive needs one of these: "because they did not want", not "because they did it". */
const MOTIVE_AFTER_DO = new Set(['not', "n't", 'want', 'like', 'care', 'know', 'trust', 'believe']);
const PLAIN_MOTIVES = new Set([
  'want',
  'wants',
  'wanted',
  'know',
  'knows',
  'knew',
  'think',
  'thinks',
  'thought',
  'believe',
  'believes',
  'believed',
  'hate',
  'hates',
  'hated',
  'fear',
  'fears',
  'feared',
  'care',
  'cares',
  'cared',
]);

const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '…']);
const CLAUSE_ENDS = new Set([...SENTENCE_ENDS, ',', ':', '—', '–', '(', ')']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet', 'then']);
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'there']);
/** Words a sentence highlight reaches back before its cue and on after it, at most. */
const MAX_BACK = 25;
const MAX_ON = 30;
/** Words a clause highlight reaches, at most. */
const MAX_CLAUSE = 14;

export function detectArgumentShapes(ctx: BlockContext): Candidate[] {
  const { outer, gate, byAnchor } = cueIndex();
  const out: Candidate[] = [];
  const { tokens, normKeys } = ctx;
  const n = tokens.length;
  let busyUntil = 0;
  // Only the gate key for most tokens: one bitmap read turns nearly every word away.
  for (let i = 0; i < n; i++) {
    const key = normKeys[i]!;
    if (!hasBit(outer, key >>> INNER_BITS) || !gate.mayHoldKey(key) || !tokens.isWord(i)) continue;
    const cues = byAnchor.get(tokens.norm(i)!);
    if (!cues) continue;
    for (const cue of cues) {
      const from = cueAt(ctx, cue, i);
      if (from < 0 || from < busyUntil) continue;
      const span = spanOf(ctx, cue.shape, from, from + cue.words.length);
      if (!span) continue;
      const label = LABEL[cue.shape];
      out.push({
        from: span[0],
        to: span[1],
        label,
        rule: `shape-${cue.shape}`,
        score: SCORE[label] ?? 0.5,
        why: WHY[cue.shape],
        key: `${label}:${ctx.text.slice(tokens.start(span[0]), tokens.end(span[1] - 1)).toLowerCase()}`,
      });
      busyUntil = span[1];
      break;
    }
  }
  return out;
}

/** The highlight for a cue of `shape` at [from, to), or null when a guard rules it out. */
function spanOf(ctx: BlockContext, shape: Shape, from: number, to: number): [number, number] | null {
  switch (shape) {
    case 'only-option':
    case 'two-sides':
      if (negatedBefore(ctx, from) || reportsBelief(ctx, from)) return null;
      return [clauseStart(ctx, from), sentenceEnd(ctx, to)];
    case 'choice-between':
      if (negatedBefore(ctx, from) || reportsBelief(ctx, from) || !orWithin(ctx, to, 25)) return null;
      return [clauseStart(ctx, from), sentenceEnd(ctx, to)];
    case 'only-can': {
      // "Only legislation can secure…", not "Only 5% will vote" or "Only then will…".
      const t = ctx.tokens;
      if (!t.capitalised(from) || !t.isWord(from + 1) || sentenceStart(ctx, from) !== from) return null;
      const first = t.norm(from + 1)!;
      // "Only a few…", "Only an hour…": past an article, the next word decides.
      const next = (first === 'a' || first === 'an') && t.isWord(from + 2) ? t.norm(from + 2)! : first;
      if (NOT_AGENT.has(next) || /^\d/.test(next)) return null;
      if (!modalWithin(ctx, from + 2, 10)) return null;
      return [from, sentenceEnd(ctx, to)];
    }
    case 'ultimatum':
    case 'or-penalty': {
      // "whether they live or die", "do or die": an idiom, not an ultimatum.
      const before = ctx.tokens.norm(from - 1);
      if (!ctx.tokens.isWord(from - 1) && before !== ',') return null;
      if (before === 'live' || before === 'do' || before === 'lives' || before === 'survive') return null;
      // "or else to interpret it…": "or else" as a plain "or"; as a threat it ends the clause or opens one.
      if (ctx.tokens.norm(to - 1) === 'else' && ctx.tokens.isWord(to) && !PRONOUNS.has(ctx.tokens.norm(to)!))
        return null;
      return [clauseStart(ctx, from), clauseEnd(ctx, to)];
    }
    case 'plain-threat':
      if (!valuedWithin(ctx, to, 4)) return null;
      if (negatedBefore(ctx, from)) return null;
      return [clauseStart(ctx, from), clauseEnd(ctx, to)];
    case 'threat-to':
    case 'doom':
      if (negatedBefore(ctx, from)) return null;
      return [clauseStart(ctx, from), clauseEnd(ctx, to)];
    case 'vulnerable':
      if (!predictedHarm(ctx, to)) return null;
      return [clauseStart(ctx, from), clauseEnd(ctx, to)];
    case 'leads-to':
      if (negatedBefore(ctx, from) || !harmWithin(ctx, to, 4)) return null;
      return [clauseStart(ctx, from), clauseEnd(ctx, to)];
    case 'sole-cause':
      if (reportsBelief(ctx, from)) return null;
      if (negatedBefore(ctx, from) || isQuestion(ctx, to)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
    case 'blame':
    case 'counterfactual':
      if (negatedBefore(ctx, from) || isQuestion(ctx, to)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
    case 'exclusive-because':
      // "Just because it rains doesn't mean…" rebuts; "not only because…" adds causes.
      if (ctx.tokens.norm(from) === 'just' && sentenceStart(ctx, from) === from) return null;
      // "…purging gay men just because.": a cause must follow.
      if (!ctx.tokens.isWord(to)) return null;
      if (negatedBefore(ctx, from)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
    case 'cause-of-outcome':
      if (!outcomeWithin(ctx, to, 1, 5) || hedged(ctx, from) || isQuestion(ctx, to)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
    case 'outcome-caused-by':
      if (!outcomeWithin(ctx, from - 1, -1, 5) || hedged(ctx, from)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
    case 'no-coincidence': {
      // "It is no coincidence that…", "This was not by accident": asserted, not "by no coincidence".
      const before = ctx.tokens.norm(from - 1) ?? '';
      if (!['is', 'was', "it's", "that's", "isn't", "wasn't"].includes(before)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
    }
    case 'motive':
      if (!motiveFollows(ctx, to)) return null;
      return [sentenceStart(ctx, from), sentenceEnd(ctx, to)];
  }
}

function motiveFollows(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens;
  let verb = t.norm(i);
  if (!verb || !t.isWord(i) || !MOTIVES.has(verb)) return false;
  // "because they simply want…": an adverb, then the verb.
  if (!PLAIN_MOTIVES.has(verb) && !['do', 'did', "don't", "didn't"].includes(verb)) verb = t.norm(++i);
  if (!verb) return false;
  if (PLAIN_MOTIVES.has(verb)) return true;
  if (verb === 'do' || verb === 'did' || verb === "don't" || verb === "didn't")
    return MOTIVE_AFTER_DO.has(t.norm(i + 1) ?? '');
  return false;
}

/** "not", "never", "no", "n't" just before the cue: "is not the only reason", "isn't to blame". */
function negatedBefore(ctx: BlockContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (!ctx.tokens.isWord(k)) return false;
    const n = ctx.tokens.norm(k)!;
    if (n === 'not' || n === 'never' || n === 'no' || n.endsWith("n't")) return true;
  }
  return false;
}

/** An "or" in the same sentence within `n` tokens from `i`: the two options of a dilemma. */
function orWithin(ctx: BlockContext, i: number, n: number): boolean {
  const t = ctx.tokens;
  for (let k = i; k < t.length && k - i < n; k++) {
    if (t.kind(k) === PUNCT && SENTENCE_ENDS.has(t.norm(k)!)) return false;
    if (t.kind(k) === WORD && t.norm(k) === 'or') return true;
  }
  return false;
}

/** A modal among the next `n` words of the sentence from `i`: "Only legislation, above all a moratorium, can". */
function modalWithin(ctx: BlockContext, i: number, n: number): boolean {
  const t = ctx.tokens;
  for (let k = i, words = 0; k < t.length && words < n; k++) {
    const kind = t.kind(k);
    if (kind === PUNCT && SENTENCE_ENDS.has(t.norm(k)!)) return false;
    if (kind !== WORD) continue;
    words++;
    if (MODALS.has(t.norm(k)!)) return true;
  }
  return false;
}

/** Something valued among the `n` words from `i`: "a threat to (the) (integrity of our) democracy". */
function valuedWithin(ctx: BlockContext, i: number, n: number): boolean {
  const t = ctx.tokens;
  for (let k = i; k < i + n && t.isWord(k); k++) if (VALUED.has(t.norm(k)!)) return true;
  return false;
}

/** Verbs that make what follows someone's reported view: "he believes the only way is…". */
const BELIEF_VERBS = new Set(
  'see sees saw believe believes believed think thinks thought feel feels felt insist insists insisted argue argues argued'.split(
    ' ',
  ),
);

/** A belief verb among the three words before the cue: the writer reports the framing rather than making it. */
function reportsBelief(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens;
  for (let k = i - 1; k >= 0 && i - k <= 3 && t.isWord(k); k--) if (BELIEF_VERBS.has(t.norm(k)!)) return true;
  return false;
}

/** "…will (not) be safe", "…could be killed": a prediction within 3 words, then a harm or fate within 6. */
function predictedHarm(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens;
  let k = i;
  while (k < i + 3 && t.isWord(k) && !PREDICTIONS.has(t.norm(k)!)) k++;
  if (!t.isWord(k) || !PREDICTIONS.has(t.norm(k)!)) return false;
  for (let j = k + 1; j < k + 7 && t.isWord(j); j++)
    if (FATES.has(t.norm(j)!) || HARMS.has(ctx.stems.at(j)!)) return true;
  return false;
}

/** A harm or doom word among the `n` words from `i`: "will lead to (nuclear) war". */
function harmWithin(ctx: BlockContext, i: number, n: number): boolean {
  const t = ctx.tokens;
  for (let k = i; k < i + n && t.isWord(k); k++) if (HARMS.has(ctx.stems.at(k)!)) return true;
  return false;
}

/** A complex outcome among the `n` words from `i` going `dir` (+1 on, -1 back), within the clause. */
function outcomeWithin(ctx: BlockContext, i: number, dir: 1 | -1, n: number): boolean {
  const t = ctx.tokens;
  for (let k = i, seen = 0; seen < n && t.isWord(k); k += dir, seen++)
    if (OUTCOMES.has(t.norm(k)!)) return true;
  return false;
}

/** A hedge in the sentence before the cue: "one of the reasons", "partly to blame". */
function hedged(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens;
  for (let k = i - 1; k >= 0 && i - k <= MAX_BACK; k--) {
    if (t.kind(k) === PUNCT && SENTENCE_ENDS.has(t.norm(k)!)) break;
    if (t.kind(k) === WORD && HEDGES.has(t.norm(k)!)) return true;
  }
  return false;
}

/** Does the sentence that `i` is in end in a question mark? "Who is to blame?" asks. */
function isQuestion(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens;
  for (let k = i; k < t.length && k - i <= MAX_ON; k++) {
    if (t.kind(k) !== PUNCT) continue;
    const n = t.norm(k)!;
    if (SENTENCE_ENDS.has(n)) return n === '?';
  }
  return false;
}

/** The first word of the sentence holding `i`, at most MAX_BACK words back, after any opening conjunction. */
function sentenceStart(ctx: BlockContext, i: number): number {
  return startBack(ctx, i, SENTENCE_ENDS, MAX_BACK);
}

/** The first word of the clause holding `i`: after the last punctuation mark, at most MAX_CLAUSE words back. */
function clauseStart(ctx: BlockContext, i: number): number {
  return startBack(ctx, i, CLAUSE_ENDS, MAX_CLAUSE);
}

function startBack(ctx: BlockContext, i: number, stops: ReadonlySet<string>, max: number): number {
  const t = ctx.tokens;
  let start = i;
  for (let k = i - 1, words = 0; k >= 0 && words < max; k--) {
    const kind = t.kind(k);
    if (kind === PUNCT && stops.has(t.norm(k)!)) break;
    // "…, and it is no coincidence": the clause after a comma and a conjunction starts there.
    if (kind === PUNCT && t.norm(k) === ',' && CONJUNCTIONS.has(t.norm(k + 1) ?? '')) break;
    if (kind === WORD) {
      start = k;
      words++;
    }
  }
  while (start < i && CONJUNCTIONS.has(t.norm(start)!)) start++;
  return start;
}

/** One past the last word of the sentence from `i` on, at most MAX_ON words on. */
function sentenceEnd(ctx: BlockContext, i: number): number {
  return endOn(ctx, i, SENTENCE_ENDS, MAX_ON);
}

/** One past the last word of the clause from `i` on, at most MAX_CLAUSE words on. */
function clauseEnd(ctx: BlockContext, i: number): number {
  return endOn(ctx, i, CLAUSE_ENDS, MAX_CLAUSE);
}

function endOn(ctx: BlockContext, i: number, stops: ReadonlySet<string>, max: number): number {
  const t = ctx.tokens;
  let end = i;
  for (let k = i, words = 0; k < t.length && words < max; k++) {
    const kind = t.kind(k);
    if (kind === PUNCT && stops.has(t.norm(k)!)) break;
    // ", and it is no coincidence…": a new clause joined by a comma and a conjunction is another point.
    if (kind === PUNCT && t.norm(k) === ',' && CONJUNCTIONS.has(t.norm(k + 1) ?? '')) break;
    if (kind === WORD) {
      end = k + 1;
      words++;
    }
  }
  return end;
}
