/**
 * The compact form in which the background sends findings back to a content
 * script ('analysis:runPacked'). Findings repeat the same few strings (kind,
 * label, most explanations): as plain objects, a 100,000-word page's 25,000
 * findings are about 4.7 MB of message to serialise in the service worker
 * and parse on the page's main thread. Packed, each string travels once and
 * each finding is a row of numbers. Used by both ends: the background packs,
 * the content script unpacks.
 */
import type { FigureValue, Finding, FindingKind } from '../analysis/types';

export interface PackedFindings {
  /** Every distinct string, referenced by index from `rows`. */
  strings: string[];
  /** ROW numbers per finding: kind, start, end, label, explanation, score, measures (-1: none), value (-1: none). */
  rows: number[];
  /** Figure values, referenced by index from `rows`. */
  values: FigureValue[];
}

const ROW = 8;
const KINDS: readonly FindingKind[] = ['claim', 'figure', 'framing'];

export function packFindings(findings: readonly Finding[]): PackedFindings {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const rows: number[] = [];
  const values: FigureValue[] = [];
  for (const f of findings) {
    rows.push(
      KINDS.indexOf(f.kind),
      f.start,
      f.end,
      ref(f.label),
      ref(f.explanation),
      f.score,
      f.measures === undefined ? -1 : ref(f.measures),
      f.value === undefined ? -1 : values.push(f.value) - 1,
    );
  }
  return { strings, rows, values };
}

const isIndex = (n: unknown, length: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < length;

/** The findings of a packed reply; throws on anything malformed (a reply is data from another context). */
export function unpackFindings(packed: PackedFindings): Finding[] {
  const { strings, rows, values } = packed ?? ({} as PackedFindings);
  if (!Array.isArray(strings) || !Array.isArray(rows) || !Array.isArray(values) || rows.length % ROW !== 0)
    throw new Error('Malformed findings reply');
  const findings: Finding[] = [];
  for (let r = 0; r < rows.length; r += ROW) {
    const [kind, start, end, label, explanation, score, measures, value] = rows.slice(r, r + ROW);
    if (
      !isIndex(kind, KINDS.length) ||
      !isIndex(start, Number.MAX_SAFE_INTEGER) ||
      !isIndex(end, Number.MAX_SAFE_INTEGER) ||
      !isIndex(label, strings.length) ||
      !isIndex(explanation, strings.length) ||
      typeof score !== 'number' ||
      (measures !== -1 && !isIndex(measures, strings.length)) ||
      (value !== -1 && !isIndex(value, values.length))
    )
      throw new Error('Malformed findings reply');
    const finding: Finding = {
      kind: KINDS[kind] as FindingKind,
      start,
      end,
      label: strings[label] as string,
      explanation: strings[explanation] as string,
      score,
    };
    if (measures !== -1) finding.measures = strings[measures as number] as string;
    if (value !== -1) finding.value = values[value as number] as FigureValue;
    findings.push(finding);
  }
  return findings;
}
