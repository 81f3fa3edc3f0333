/** Findings as the content script holds them: engine output plus their page text and DOM range. */
import type { Finding, FindingKind } from '../analysis/types';
import { rangeOfBounds, type TextBounds } from '../page/text-map';
import type { Settings } from '../settings';

export interface PageItem extends Finding {
  /** Stable within one analysis: index in the page's finding list. */
  id: number;
  /** The finding's text as the page shows it. */
  text: string;
  /** Created on first use (see pageItem). */
  range: Range;
  /** Forgets the range: the DOM it pointed into was rearranged (wrapped) and has been put back. */
  resetRange(): void;
}

/**
 * A finding with its page text and a DOM Range created only when first
 * needed: a long page holds tens of thousands of findings but paints and
 * measures only those near the viewport, and every live Range costs the
 * browser work on each DOM change. A class, not a spread object literal with
 * accessors: thousands of these are read in tight loops (counts, filters).
 */
class LazyRangeItem implements PageItem {
  kind: Finding['kind'];
  start: number;
  end: number;
  label: string;
  explanation: string;
  score: number;
  value?: Finding['value'];
  measures?: string;
  private liveRange: Range | null = null;

  constructor(
    finding: Finding,
    readonly id: number,
    readonly text: string,
    private readonly bounds: TextBounds,
  ) {
    this.kind = finding.kind;
    this.start = finding.start;
    this.end = finding.end;
    this.label = finding.label;
    this.explanation = finding.explanation;
    this.score = finding.score;
    if (finding.value !== undefined) this.value = finding.value;
    if (finding.measures !== undefined) this.measures = finding.measures;
  }

  get range(): Range {
    this.liveRange ??= rangeOfBounds(this.bounds);
    return this.liveRange;
  }

  set range(next: Range) {
    this.liveRange = next;
  }

  resetRange(): void {
    this.liveRange = null;
  }
}

export const pageItem = (finding: Finding, id: number, text: string, bounds: TextBounds): PageItem =>
  new LazyRangeItem(finding, id, text, bounds);

export const KIND_LIST: readonly FindingKind[] = ['claim', 'figure', 'framing'];

export const zeroCounts = (): Record<FindingKind, number> => ({ claim: 0, figure: 0, framing: 0 });

/** Findings whose technique the reader has not switched off (kinds aside). */
export function withoutHiddenLabels<T extends Finding>(items: readonly T[], settings: Settings): T[] {
  if (settings.hiddenLabels.length === 0) return [...items];
  const hidden = new Set(settings.hiddenLabels);
  return items.filter((f) => !hidden.has(f.label));
}

/** What gets painted: kind on, technique not hidden. */
export function paintable<T extends Finding>(items: readonly T[], settings: Settings): T[] {
  return withoutHiddenLabels(items, settings).filter((f) => settings.kinds[f.kind]);
}

export function countByKind(items: readonly Finding[]): Record<FindingKind, number> {
  const counts = zeroCounts();
  for (const f of items) counts[f.kind]++;
  return counts;
}

export function countByLabel(items: readonly Finding[]): Record<FindingKind, Record<string, number>> {
  const counts: Record<FindingKind, Record<string, number>> = { claim: {}, figure: {}, framing: {} };
  for (const f of items) counts[f.kind][f.label] = (counts[f.kind][f.label] ?? 0) + 1;
  return counts;
}
