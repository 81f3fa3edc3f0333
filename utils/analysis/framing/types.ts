/**
 * Shapes shared by the framing detectors.
 */
import type { TokenCues } from './rescore';
import type { Stems } from './stems';
import type { Token } from './tokens';

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
  tokens: Token[];
  /** stems.at(i) is the stem of tokens[i] (empty for punctuation), made when first asked for. */
  stems: Stems;
  /** norms[i] is tokens[i].norm: set phrases are matched by exact words. */
  norms: string[];
  /** gateKey (word-gate.ts) of norms[i] and of stems[i], computed once for every lookup. */
  normKeys: number[];
  stemKeys: number[];
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
