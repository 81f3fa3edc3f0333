/** Findings as the content script holds them: engine output plus their page text and DOM range. */
import type { Finding, FindingKind } from '../analysis/types';
import type { Settings } from '../settings';

export interface PageItem extends Finding {
  /** Stable within one analysis: index in the page's finding list. */
  id: number;
  /** The finding's text as the page shows it. */
  text: string;
  range: Range;
}

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
