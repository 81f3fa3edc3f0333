/**
 * Claims: sentences or clauses asserting something a reader could check
 * (events, statistics, attributions, causal statements made as fact).
 *
 * Each English sentence is scored by a logistic model over cheap features
 * (figures, names, tense, attribution, modality, hedges, questions, length,
 * abstraction) learned from fact-checkers' choices in CheckThat! debates.
 * Sentences above the threshold are reported, cut to their checkable clauses
 * when the sentence has several. Opinions, questions, exhortations and
 * predictions score low on the same model and are left out.
 */
import type { Segmented } from '../segment';
import type { Finding } from '../types';
import { splitClauses } from './clauses';
import { explainClaim } from './explain';
import { type SpanFeatures, spanFeatures } from './features';
import { articleLogit, SCORE_SHIFT } from './model';
import { reportsSpeech } from './reported-source';

/** Findings below this score are not shown: the reader wants the checkable ones, not every sentence. */
export const CLAIM_THRESHOLD = 0.5;
/** Sentences scoring below this are not searched for a checkable clause. */
const CLAUSE_GATE = 0.4;
/** Headings and very short sentences are titles and fragments, not assertions. */
const MIN_WORDS = 5;

/**
 * Block quotes (embedded posts, pull quotes) carry someone else's words; the
 * reader mostly wants the author's own checkable claims, so quotes rank lower.
 */
const QUOTE_BLOCK_PENALTY = 0.6;

export function detectClaims(seg: Segmented): Finding[] {
  const { text } = seg;
  const findings: Finding[] = [];
  for (const sentence of seg.sentences) {
    const block = seg.blocks[sentence.block];
    if (!block?.english || block.type === 'heading') continue;
    const s = { start: afterSpeakerLabel(text, sentence.start, sentence.end), end: sentence.end };
    const features = spanFeatures(text, s.start, s.end);
    if (features.words < MIN_WORDS) continue;
    const inQuote = block.type === 'quote';
    const shift = inQuote ? -QUOTE_BLOCK_PENALTY : 0;
    const sentenceScore = score(features, shift);
    // A sentence can hold a checkable clause next to opinion ("They seek X, which killed 80 people"):
    // each clause is scored on its own cues, with the sentence's length. Clauses of a sentence far
    // below the threshold cannot reach it, so those sentences skip the work.
    // The sentence's findings are its picked clauses, else the sentence itself, pushed straight
    // onto `findings`: a per-sentence array spread into it cost about half a millisecond per 100,000 words.
    const found = findings.length;
    if (sentenceScore >= CLAUSE_GATE) {
      const clauses = splitClauses(text, s.start, s.end);
      if (clauses.length > 1) {
        for (const c of clauses) {
          const f = spanFeatures(text, c.start, c.end, { lengthWords: features.words });
          if (f.words < MIN_WORDS) continue;
          const clauseScore = score(f, shift);
          if (clauseScore >= CLAIM_THRESHOLD)
            findings.push(finding(text, c.start, c.end, f, clauseScore, inQuote));
        }
      }
    }
    if (findings.length === found && sentenceScore >= CLAIM_THRESHOLD) {
      findings.push(finding(text, s.start, s.end, features, sentenceScore, inQuote));
    }
  }
  return findings;
}

/**
 * Where a transcript line's words begin, past a speaker label ("SMITH:",
 * "SEN. WARREN:", "Q:"). The label is not part of what is claimed, and its
 * capitals would read as names; the model, trained on debate sentences
 * without labels, never saw them.
 */
function afterSpeakerLabel(text: string, start: number, end: number): number {
  // Most sentences open with a capital and a lower-case letter: no label, no regex.
  const second = text.charCodeAt(start + 1);
  if (!((second >= 65 && second <= 90) || second === 58 || second === 46)) return start;
  SPEAKER_LABEL.lastIndex = start;
  const m = SPEAKER_LABEL.exec(text);
  return m && start + m[0].length < end ? start + m[0].length : start;
}
const SPEAKER_LABEL = /[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}:\s+/y;

/**
 * Check-worthiness in 0..1. The learned logit is calibrated for debates, where
 * only 3% of sentences are check-worthy; SCORE_SHIFT (computed at training
 * time) puts 0.5 at the top quarter of sentences in news articles.
 */
function score(f: SpanFeatures, shift: number): number {
  return 1 / (1 + Math.exp(-(articleLogit(f) + SCORE_SHIFT + shift)));
}

function finding(
  text: string,
  start: number,
  end: number,
  f: SpanFeatures,
  score: number,
  inQuote: boolean,
): Finding {
  // An attribution word ("said", "according to", "told", "claimed") means the author reports someone else's claim.
  const attribution = f.evidence.attribution;
  const reported = inQuote || (attribution !== undefined && reportsSpeech(text, { start, end }, attribution));
  return {
    kind: 'claim',
    start,
    end,
    label: reported ? 'reported_claim' : 'claim',
    explanation: explainClaim(text, { start, end }, f.evidence, reported),
    score: Math.round(score * 1000) / 1000,
  };
}
