/**
 * Shapes shared by the framing detectors.
 */
import type { TokenCues } from './rescore';
import type { Stems, WordKeys } from './stems';
import type { Tokens } from './tokens';

export type Technique =
  | 'loaded_language'
  | 'name_calling'
  | 'scare_quotes'
  | 'exaggeration'
  | 'flag_waving'
  | 'appeal_to_fear'
  | 'doubt'
  | 'slogans'
  | 'black_and_white'
  | 'causal_oversimplification'
  | 'whataboutism'
  | 'booster'
  | 'hedge'
  | 'us_vs_them';

/** One tokenized English block, the unit every detector works on. */
export interface BlockContext {
  text: string;
  tokens: Tokens;
  /** stems.at(i) is the stem of token i (empty for punctuation), made when first asked for. */
  stems: Stems;
  /** norms.at(i) is tokens.norm(i): set phrases are matched by exact words. */
  norms: WordKeys;
  /**
   * gateKey (word-gate.ts) of each token's norm and of its stem, computed once
   * for every lookup. Read only below tokens.length: the arrays are reused
   * from block to block and may be longer.
   */
  normKeys: Int32Array;
  stemKeys: Int32Array;
  /** Most words capitalised (a headline in title case): capitals say nothing about names here. */
  titleCase: boolean;
  /** Word count and pronoun and punctuation cues, for the re-scorer's block statistics. */
  cues: TokenCues;
}

/** A detector's proposal, in token indices; turned into a Finding at the end. */
export interface Candidate {
  from: number;
  /** One past the last token. */
  to: number;
  label: Technique;
  score: number;
  /** The plain-language sentence, given the quoted words (built only for findings that are kept). */
  why: (words: string) => string;
  /**
   * What makes two findings "the same point" for de-duplication across the
   * document: by default the label and the normalised words.
   */
  key?: string;
  /** Which rule proposed it: a feature for the learned re-scorer. */
  rule?: string;
}
