/**
 * Groups notes (and findings) by page, in reading order, for the formats that
 * present a page at a time (Markdown, CSV).
 */
import type { PageFinding } from '../messaging/protocol';
import type { Note } from '../notes/model';
import type { ExportData } from './types';

export interface PageGroup {
  url: string;
  title: string;
  /** Page notes (no passage) first, then notes in the order of their passages on the page. */
  notes: Note[];
  findings: readonly PageFinding[];
}

function readingOrder(a: Note, b: Note): number {
  const pa = a.target?.position.start ?? -1;
  const pb = b.target?.position.start ?? -1;
  if (pa !== pb) return pa - pb;
  return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
}

/** Pages appear in the order their earliest note was created; pages with only findings come last. */
export function groupByPage(data: Pick<ExportData, 'notes' | 'findings' | 'pageTitles'>): PageGroup[] {
  const byUrl = new Map<string, PageGroup>();
  const earliest = new Map<string, string>();
  for (const note of data.notes) {
    let group = byUrl.get(note.url);
    if (!group) {
      group = { url: note.url, title: note.pageTitle, notes: [], findings: [] };
      byUrl.set(note.url, group);
    }
    if (!group.title && note.pageTitle) group.title = note.pageTitle;
    group.notes.push(note);
    const seen = earliest.get(note.url);
    if (seen === undefined || note.created < seen) earliest.set(note.url, note.created);
  }
  for (const [url, findings] of data.findings ?? []) {
    const group = byUrl.get(url) ?? { url, title: '', notes: [], findings: [] };
    group.findings = findings;
    byUrl.set(url, group);
  }
  for (const group of byUrl.values()) {
    group.notes.sort(readingOrder);
    if (!group.title) group.title = data.pageTitles?.get(group.url) ?? '';
  }
  const order = (g: PageGroup) => earliest.get(g.url) ?? '\uffff';
  return [...byUrl.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
