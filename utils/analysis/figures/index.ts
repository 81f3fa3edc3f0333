/**
 * Figures detector: numbers, percentages, money, dates, durations, counts,
 * ranks, ranges and changes, each with a normalised value where one exists.
 * Non-English blocks are skipped.
 */
import type { Segmented } from '../segment';
import type { Finding } from '../types';
import { interpret } from './interpret';
import { FigureScanner } from './scan';

let scanner: FigureScanner | undefined;

export function detectFigures(seg: Segmented): Finding[] {
  scanner ??= new FigureScanner();
  const findings: Finding[] = [];
  for (const block of seg.blocks) {
    if (!block.english) continue;
    const text = seg.text.slice(block.start, block.end);
    for (const raw of scanner.scan(text)) {
      const found = interpret(raw, text);
      if (!found) continue;
      const finding: Finding = {
        kind: 'figure',
        start: block.start + raw.start,
        end: block.start + (found.end ?? raw.end),
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
