/**
 * Learned re-scoring of loaded-language and name-calling candidates. The
 * lexicon proposes; a small logistic regression over context features (which
 * rule fired, how dense judging words are in the block and the document,
 * quotes, headline case, first and second person, exclamations) decides how
 * likely the proposal is to be real, and weak ones are dropped.
 *
 * Weights come from `npm run train:framing` (scripts/train-framing.ts), trained
 * on PTC articles outside the held-out fifth used for evaluation.
 */
import model from './model.json';
import { PUNCT, type TokenKind, type Tokens, WORD } from './tokens';
import type { BlockContext, Candidate } from './types';
import { GatedSet, gateKey, gateLength } from './word-gate';

export interface RescoreModel {
  weights: Record<string, number>;
  threshold: number;
}

/** Techniques the model judges; the others keep their rule scores. */
export function isRescored(c: Candidate): boolean {
  return c.label === 'loaded_language' || c.label === 'name_calling';
}

export interface BlockStats {
  words: number;
  /** Rescored candidates in the block. */
  candidates: number;
  firstPerson: boolean;
  secondPerson: boolean;
  exclamation: boolean;
  question: boolean;
}

/**
 * The token cues of BlockStats, gathered by blockContext (context.ts) in its
 * own pass over the tokens: a separate pass here cost about as much as the
 * smaller detectors.
 */
export class TokenCues {
  words = 0;
  firstPerson = false;
  secondPerson = false;
  exclamation = false;
  question = false;

  /** Takes in token `i` of `tokens`, given its kind and gate key. */
  add(tokens: Tokens, i: number, kind: TokenKind, key: number): void {
    if (kind === WORD) {
      this.words++;
      // Every pronoun looked for has at most four letters; longer words skip the lookups
      // (the length is read from the gate key, not from the string).
      if (gateLength(key) > 4) return;
      // Gated: most short words ("the", "of", "and") are not pronouns, and their norm is not even made.
      if (FIRST_PERSON.hasToken(tokens, i)) this.firstPerson = true;
      else if ((key === YOU || key === YOUR) && isYou(tokens.norm(i)!)) this.secondPerson = true;
    } else if (kind === PUNCT) {
      const norm = tokens.norm(i);
      if (norm === '!') this.exclamation = true;
      else if (norm === '?') this.question = true;
    }
  }
}

const YOU = gateKey('you');
const YOUR = gateKey('your');
function isYou(norm: string): boolean {
  return norm === 'you' || norm === 'your';
}

export function blockStats(ctx: BlockContext, cands: readonly Candidate[]): BlockStats {
  const { words, firstPerson, secondPerson, exclamation, question } = ctx.cues;
  const candidates = cands.filter(isRescored).length;
  return { words, candidates, firstPerson, secondPerson, exclamation, question };
}
const FIRST_PERSON = new GatedSet(['i', 'we', 'our', 'us', 'my', 'me']);

/** Judging words per 100 words, in coarse buckets so the model stays small. */
function densityBucket(candidates: number, words: number): string {
  const d = words > 0 ? (100 * candidates) / words : 0;
  if (d < 0.5) return '0';
  if (d < 1.5) return '1';
  if (d < 3) return '2';
  if (d < 6) return '3';
  return '4';
}

export interface DocumentStats {
  words: number;
  candidates: number;
}

/** The one feature that needs the whole document: how dense judging words are overall. */
export function documentFeature(doc: DocumentStats): string {
  return `doc=${densityBucket(doc.candidates, doc.words)}`;
}

/** Features known within the block; `documentFeature` completes them. */
export function candidateFeatures(ctx: BlockContext, c: Candidate, block: BlockStats): string[] {
  const words = Math.min(3, countWords(ctx, c));
  const rule = c.rule ?? c.label;
  const f = [
    'bias',
    `rule=${rule}`,
    `len=${words}`,
    `rule=${rule}&len=${words}`,
    // The candidate itself counts once; density is about the others around it.
    `block=${densityBucket(block.candidates - 1, block.words)}`,
    `sfx=${suffixOf(ctx, c)}`,
  ];
  if (ctx.titleCase) f.push('title');
  if (insideQuotes(ctx, c.from)) f.push('quoted');
  if (block.firstPerson) f.push('first-person');
  if (block.secondPerson) f.push('second-person');
  if (block.exclamation) f.push('exclamation');
  if (block.question) f.push('question');
  return f;
}

function countWords(ctx: BlockContext, c: Candidate): number {
  let n = 0;
  for (let i = c.from; i < c.to; i++) if (ctx.tokens.isWord(i)) n++;
  return n;
}

/** Last three letters of the last word: "-ous", "-ist", "-ing" carry some signal. */
function suffixOf(ctx: BlockContext, c: Candidate): string {
  const norm = ctx.tokens.norm(c.to - 1)!;
  return norm.length >= 5 ? norm.slice(-3) : 'short';
}

/** An odd number of double quote marks before the token in its block. */
function insideQuotes(ctx: BlockContext, i: number): boolean {
  let n = 0;
  for (let k = Math.max(0, i - 60); k < i; k++) if (ctx.tokens.isDoubleQuote(k)) n++;
  return n % 2 === 1;
}

/** The model's weight of each feature, in order (0 for unknown ones): all `probability` needs of them. */
export function featureWeights(m: RescoreModel, features: readonly string[]): number[] {
  const weights = weightMap(m);
  return features.map((f) => weights.get(f) ?? 0);
}

/** The model's probability for a candidate with these featureWeights in a document with `docFeature`. */
export function probability(m: RescoreModel, featureWeights: readonly number[], docFeature: string): number {
  let z = weightMap(m).get(docFeature) ?? 0;
  for (const w of featureWeights) z += w;
  return 1 / (1 + Math.exp(-z));
}

/**
 * A model's weights as a Map, built once per model. Features are strings
 * built per candidate; looking them up as object properties makes V8
 * internalize each new string first, which a Map lookup does not need.
 */
const WEIGHT_MAPS = new WeakMap<RescoreModel, Map<string, number>>();
function weightMap(m: RescoreModel): Map<string, number> {
  let map = WEIGHT_MAPS.get(m);
  if (!map) {
    map = new Map(Object.entries(m.weights));
    WEIGHT_MAPS.set(m, map);
  }
  return map;
}

export const SHIPPED_MODEL: RescoreModel = model as RescoreModel;
