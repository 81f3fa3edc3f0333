/**
 * Rhetorical framing detector: which words steer the reader, and how.
 *
 * Each English block is tokenized once; the detectors then read the shared
 * tokens and lexicon hits, and their proposals are merged so one stretch of
 * text carries at most one highlight per reason. Non-English blocks are
 * skipped: the lexicons are English and would only produce noise there.
 */
import type { Segmented } from '../segment';
import type { Finding } from '../types';
import { detectArgumentShapes } from './argument-shapes';
import { blockContext, quoteText } from './context';
import { detectEitherOr } from './either-or';
import { detectEpithets } from './epithets';
import { detectSuperlatives } from './exaggeration';
import { detectFearAppeals } from './fear';
import { scanWords } from './hits';
import { detectInactionWarnings } from './inaction-warning';
import { detectLabellingVerbs } from './labelling-verbs';
import { detectLoadedLanguage } from './loaded-language';
import { detectNameCalling } from './name-calling';
import { detectPhraseDevices } from './phrase-devices';
import { detectRhetoricalQuestions } from './questions';
import {
  type BlockStats,
  blockStats,
  candidateFeatures,
  type DocumentStats,
  documentFeature,
  featureWeights,
  isRescored,
  probability,
  type RescoreModel,
  SHIPPED_MODEL,
} from './rescore';
import { resolveOverlaps } from './resolve';
import { detectScareQuotes } from './scare-quotes';
import { detectSloganShapes } from './slogan-shapes';
import type { BlockContext, Candidate, Technique } from './types';

export type { Technique } from './types';

export interface FramingOptions {
  /**
   * 'first' (default) highlights a device the first time it is used: a
   * reader who has seen "US imperialism" explained once does not need it
   * eight more times. 'all' keeps every occurrence (used for span scoring).
   */
  repeats?: 'first' | 'all';
  /** The re-scoring model for loaded language and labels; `null` keeps the raw rule proposals. */
  model?: RescoreModel | null;
}

/**
 * A candidate turned into character offsets, so the block's tokens can be
 * let go before the document-level pass: keeping every block's tokens alive
 * until the end of a long document costs more in garbage collection than all
 * the detectors together.
 */
export interface Proposal {
  start: number;
  end: number;
  label: Technique;
  score: number;
  why: (words: string) => string;
  /** What counts as "the same point" when repeats are hidden. */
  key: string;
  /**
   * Block-level features for the re-scorer; null for techniques it does not judge,
   * and when collectProposals was given the model (`weights` has what it needs of them).
   */
  features: string[] | null;
  /** The model's weight of each feature (featureWeights), when collectProposals was given the model. */
  weights: number[] | null;
}

export interface BlockProposals {
  proposals: Proposal[];
  stats: BlockStats;
}

/**
 * The proposals of every English block. Without a model, rescored proposals
 * carry their feature names (for training); with one, only the model's weights
 * of them: the names are a handful of new strings per proposal, and kept to
 * the end of the document they were most of what each garbage collection
 * during framing had to copy. With `null`, no features at all.
 */
export function collectProposals(seg: Segmented, model?: RescoreModel | null): BlockProposals[] {
  const out: BlockProposals[] = [];
  // Each block's context takes over the arrays of the one before (see blockContext).
  let previous: BlockContext | undefined;
  for (const block of seg.blocks) {
    if (!block.english) continue;
    const ctx = blockContext(seg.text, block.start, block.end, previous);
    previous = ctx;
    const candidates = detectInBlock(ctx);
    const stats = blockStats(ctx, candidates);
    out.push({ proposals: candidates.map((c) => toProposal(ctx, c, stats, model)), stats });
  }
  return out;
}

function toProposal(
  ctx: BlockContext,
  c: Candidate,
  stats: BlockStats,
  model: RescoreModel | null | undefined,
): Proposal {
  const features = isRescored(c) && model !== null ? candidateFeatures(ctx, c, stats) : null;
  return {
    start: ctx.tokens.start(c.from),
    end: ctx.tokens.end(c.to - 1),
    label: c.label,
    score: c.score,
    why: c.why,
    key: c.key ?? `${c.label}:${ctx.stems.join(c.from, c.to)}`,
    features: model ? null : features,
    weights: model && features ? featureWeights(model, features) : null,
  };
}

/** Totals over the document for the density feature. */
export function documentStats(blocks: readonly BlockProposals[]): DocumentStats {
  let words = 0;
  let candidates = 0;
  for (const b of blocks) {
    words += b.stats.words;
    candidates += b.stats.candidates;
  }
  return { words, candidates };
}

export function detectFraming(seg: Segmented, options: FramingOptions = {}): Finding[] {
  const model = options.model === undefined ? SHIPPED_MODEL : options.model;
  const blocks = collectProposals(seg, model);
  const docFeature = documentFeature(documentStats(blocks));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { proposals } of blocks) {
    const kept: Proposal[] = [];
    for (const p of proposals) {
      if (model && p.weights) {
        const prob = probability(model, p.weights, docFeature);
        if (prob < model.threshold) continue;
        p.score = prob;
      }
      kept.push(p);
    }
    for (const p of resolveOverlaps(kept)) {
      if (options.repeats !== 'all') {
        if (seen.has(p.key)) continue;
        seen.add(p.key);
      }
      findings.push(toFinding(seg.text, p));
    }
  }
  return findings;
}

export function detectInBlock(ctx: BlockContext): Candidate[] {
  const hits = scanWords(ctx);
  return [
    ...detectLoadedLanguage(ctx, hits),
    ...detectNameCalling(ctx, hits),
    ...detectEpithets(ctx, hits),
    ...detectLabellingVerbs(ctx),
    ...detectSuperlatives(ctx, hits),
    ...detectScareQuotes(ctx),
    ...detectPhraseDevices(ctx),
    ...detectSloganShapes(ctx),
    ...detectRhetoricalQuestions(ctx),
    ...detectFearAppeals(ctx),
    ...detectInactionWarnings(ctx),
    ...detectEitherOr(ctx),
    ...detectArgumentShapes(ctx),
  ];
}

function toFinding(text: string, p: Proposal): Finding {
  return {
    kind: 'framing',
    start: p.start,
    end: p.end,
    label: p.label,
    explanation: p.why(quoteText(text, p.start, p.end)),
    score: Math.round(p.score * 100) / 100,
  };
}
