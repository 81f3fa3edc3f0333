/**
 * The analysis engine: text in, findings out. Deterministic and DOM-free.
 */
import { detectClaims } from './claims/index';
import { detectFigures } from './figures';
import { detectFraming } from './framing';
import { segment } from './segment';
import { asTwoByte } from './two-byte';
import type { AnalysisInput, Finding, FindingKind } from './types';

export type { AnalysisInput, Block, BlockType, FigureValue, Finding, FindingKind } from './types';

export interface AnalyzeOptions {
  /** Which kinds to compute; all by default. */
  kinds?: readonly FindingKind[];
}

export function analyze(input: AnalysisInput | string, options: AnalyzeOptions = {}): Finding[] {
  const kinds = new Set(options.kinds ?? ['claim', 'figure', 'framing']);
  const seg = segment(
    typeof input === 'string' ? asTwoByte(input) : { text: asTwoByte(input.text), blocks: input.blocks },
  );
  const findings: Finding[] = [];
  // Framing first: it allocates the most (a token per word), and garbage collection during it
  // copies every object still alive, so it runs before the other detectors' findings exist.
  // The order does not change the result: the sort below is stable and compares kinds.
  if (kinds.has('framing')) findings.push(...detectFraming(seg));
  if (kinds.has('claim')) findings.push(...detectClaims(seg));
  if (kinds.has('figure')) findings.push(...detectFigures(seg));
  return findings.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
}
