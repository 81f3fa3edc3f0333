/**
 * The rows of the dashboard's windowed list: notes alone (list view), or a
 * header row per page followed by its notes (grouped view).
 */
import type { Note } from '@/utils/notes/model';
import { siteOf } from '@/utils/url';

export interface PageSummary {
  url: string;
  title: string;
  site: string;
  /** Notes of this page among the results. */
  notes: number;
  /** Of which page notes (no passage). */
  pageNotes: number;
  /** Count per verdict label. */
  labels: Record<string, number>;
  latest: string;
}

export type Row = { type: 'page'; page: PageSummary } | { type: 'note'; note: Note };

export function noteRows(notes: readonly Note[]): Row[] {
  return notes.map((note) => ({ type: 'note', note }));
}

/**
 * Groups notes by page, keeping the order in which pages first appear in
 * `notes` (so the chosen sort decides the order of pages too).
 */
export function groupedRows(notes: readonly Note[]): Row[] {
  const pages = new Map<string, { summary: PageSummary; notes: Note[] }>();
  for (const note of notes) {
    let group = pages.get(note.url);
    if (!group) {
      group = {
        summary: {
          url: note.url,
          title: note.pageTitle,
          site: siteOf(note.url),
          notes: 0,
          pageNotes: 0,
          labels: {},
          latest: note.modified,
        },
        notes: [],
      };
      pages.set(note.url, group);
    }
    const s = group.summary;
    s.notes++;
    if (!note.target) s.pageNotes++;
    if (note.label) s.labels[note.label] = (s.labels[note.label] ?? 0) + 1;
    if (note.modified > s.latest) s.latest = note.modified;
    if (!s.title && note.pageTitle) s.title = note.pageTitle;
    group.notes.push(note);
  }
  const rows: Row[] = [];
  for (const { summary, notes: pageNotes } of pages.values()) {
    rows.push({ type: 'page', page: summary });
    for (const note of pageNotes) rows.push({ type: 'note', note });
  }
  return rows;
}
