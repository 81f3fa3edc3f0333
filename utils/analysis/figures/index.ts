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
  scanner.prepareFor(seg.text);
  // Scan every block first, then interpret: alternating the two per block was
  // measured ~5 ms slower on 100,000 words (each phase evicts the other's code and data).
  const blocks = seg.blocks.filter((b) => b.english);
  const texts = blocks.map((b) => seg.text.slice(b.start, b.end));
  const scanned = scanner.scanAll(texts);
  const findings: Finding[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const start = blocks[b]!.start;
    const text = texts[b]!;
    const raws = scanned[b]!;
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
