/**
 * Figures detector: numbers, percentages, money, dates, durations, counts,
 * ranks, ranges and changes, each with a normalised value where one exists.
 * Non-English blocks are skipped.
 */
import type { Segmented } from '../segment';
import type { Finding } from '../types';
import { interpret } from './interpret';
import { FigureScanner, type RawFigure } from './scan';

let scanner: FigureScanner | undefined;

export function detectFigures(seg: Segmented): Finding[] {
  scanner ??= new FigureScanner();
  scanner.prepareFor(seg.text);
  // Scan every block first, then interpret: alternating the two per block was
  // measured ~5 ms slower on 100,000 words (each phase evicts the other's code and data).
  const scanned: { start: number; text: string; raws: RawFigure[] }[] = [];
  for (const block of seg.blocks) {
    if (!block.english) continue;
    const text = seg.text.slice(block.start, block.end);
    scanned.push({ start: block.start, text, raws: scanner.scan(text) });
  }
  const findings: Finding[] = [];
  for (const { start, text, raws } of scanned) {
    for (const raw of raws) {
      const found = interpret(raw, text);
      if (!found) continue;
      const finding: Finding = {
        kind: 'figure',
        start: start + raw.start,
        end: start + (found.end ?? raw.end),
        label: found.label,
        explanation: found.explanation,
        score: found.score,
      };
      if (found.value) finding.value = found.value;
      if (found.measures) finding.measures = found.measures;
      findings.push(finding);
    }
  }
  return findings;
}
