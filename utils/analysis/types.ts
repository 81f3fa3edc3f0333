/**
 * The analysis engine's public shapes. The engine is pure TypeScript: no DOM,
 * no browser APIs, so it runs in the content script, in Node (CLI, eval,
 * benchmarks) and in tests alike.
 */

export type FindingKind = 'claim' | 'figure' | 'framing';

/** What kind of block a stretch of text came from; detectors treat them differently. */
export type BlockType = 'paragraph' | 'heading' | 'quote' | 'caption' | 'list-item' | 'other';

export interface Block {
  /** UTF-16 offsets into AnalysisInput.text, end exclusive. */
  start: number;
  end: number;
  type: BlockType;
  /** BCP 47 language declared by the page (e.g. `lang="es"`), when known. */
  lang?: string;
}

export interface AnalysisInput {
  text: string;
  /** Optional block boundaries. Without them the text is split on blank lines / newlines. */
  blocks?: Block[];
}

export interface Finding {
  kind: FindingKind;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /**
   * Figure type (`percent`, `proportion`, `money`, `date`, `duration`, `count`, `rank`,
   * `range`, `change`, `temperature`, `measurement`, `number`), framing technique (`loaded_language`, `name_calling`,
   * `scare_quotes`, …) or claim type (`claim` for the author's own assertion,
   * `reported_claim` for one attributed to someone else).
   */
  label: string;
  /** One plain sentence a reader understands. */
  explanation: string;
  /** Confidence / check-worthiness in 0..1. */
  score: number;
  /** Figures only: normalised value where one exists (0.85 for "85 percent", 100 for "one hour and forty minutes" in minutes). */
  value?: FigureValue;
  /** Figures only: what the figure measures or counts ("people", "approval rating"), when found. */
  measures?: string;
}

export interface FigureValue {
  /** Numeric value in `unit`. For dates, an ISO 8601 string goes in `iso` instead. */
  number?: number;
  /** e.g. 'ratio', 'minutes', 'USD', 'EUR', 'year', 'count'. */
  unit?: string;
  /** ISO date or partial date ("2026-02-03", "2010", "2026-05") for dates. */
  iso?: string;
  /** Ranges: lower and upper bound in `unit`. */
  low?: number;
  high?: number;
  /** Rates: what the amount is per, singular ("hour", "year", "person"): "$15 an hour". */
  per?: string;
}
