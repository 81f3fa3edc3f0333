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
import { blockContext, quoteOf } from './context';
import { detectSuperlatives } from './exaggeration';
import { scanWords } from './hits';
import { detectLoadedLanguage } from './loaded-language';
import { detectNameCalling } from './name-calling';
import { detectPhraseDevices } from './phrase-devices';
import { detectRhetoricalQuestions } from './questions';
import {
  type BlockStats,
  blockStats,
  candidateFeatures,
  isRescored,
  probability,
  type RescoreModel,
  SHIPPED_MODEL,
} from './rescore';
import { resolveOverlaps } from './resolve';
import { detectScareQuotes } from './scare-quotes';
import { detectSloganShapes } from './slogan-shapes';
import type { BlockContext, Candidate } from './types';

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

/** One English block's proposals before re-scoring, with what the model needs to know. */
export interface BlockCandidates {
  ctx: BlockContext;
  candidates: Candidate[];
  stats: BlockStats;
}

export function collectCandidates(seg: Segmented): BlockCandidates[] {
  const out: BlockCandidates[] = [];
  for (const block of seg.blocks) {
    if (!block.english) continue;
    const ctx = blockContext(seg.text, block.start, block.end);
    const candidates = detectInBlock(ctx);
    out.push({ ctx, candidates, stats: blockStats(ctx, candidates) });
  }
  return out;
}

/** Totals over the document for the density feature. */
export function documentStats(blocks: readonly BlockCandidates[]): { words: number; candidates: number } {
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
  const blocks = collectCandidates(seg);
  const doc = documentStats(blocks);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { ctx, candidates, stats } of blocks) {
    const kept: Candidate[] = [];
    for (const c of candidates) {
      if (model && isRescored(c)) {
        const p = probability(model, candidateFeatures(ctx, c, stats, doc));
        if (p < model.threshold) continue;
        c.score = p;
      }
      kept.push(c);
    }
    for (const c of resolveOverlaps(kept)) {
      if (options.repeats !== 'all') {
        const key = c.key ?? `${c.label}:${ctx.stems.slice(c.from, c.to).join(' ')}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      findings.push(toFinding(ctx, c));
    }
  }
  return findings;
}

export function detectInBlock(ctx: BlockContext): Candidate[] {
  const hits = scanWords(ctx);
  return [
    ...detectLoadedLanguage(ctx, hits),
    ...detectNameCalling(ctx, hits),
    ...detectSuperlatives(ctx, hits),
    ...detectScareQuotes(ctx),
    ...detectPhraseDevices(ctx),
    ...detectSloganShapes(ctx),
    ...detectRhetoricalQuestions(ctx),
  ];
}

function toFinding(ctx: BlockContext, c: Candidate): Finding {
  return {
    kind: 'framing',
    start: ctx.tokens[c.from]!.start,
    end: ctx.tokens[c.to - 1]!.end,
    label: c.label,
    explanation: c.why(quoteOf(ctx, c.from, c.to)),
    score: Math.round(c.score * 100) / 100,
  };
}
