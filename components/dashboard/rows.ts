/**
 * The rows of the dashboard's windowed list, built from matching ids only
 * (each visible row then reads its own note): notes alone (list view), or a
 * header row per page followed by its notes (grouped view).
 */

export type Row = { type: 'page'; url: string; matches: number } | { type: 'note'; id: string };

export function noteRows(ids: readonly string[]): Row[] {
  return ids.map((id) => ({ type: 'note', id }));
}

/**
 * Groups notes by page, keeping the order in which pages first appear (so the
 * chosen sort decides the order of pages too) and the order of notes within.
 */
export function groupedRows(ids: readonly string[], urls: readonly string[]): Row[] {
  const pages = new Map<string, string[]>();
  ids.forEach((id, i) => {
    const url = urls[i] ?? '';
    const list = pages.get(url);
    if (list) list.push(id);
    else pages.set(url, [id]);
  });
  const rows: Row[] = [];
  for (const [url, pageIds] of pages) {
    rows.push({ type: 'page', url, matches: pageIds.length });
    for (const id of pageIds) rows.push({ type: 'note', id });
  }
  return rows;
}

/** What a page's header shows, from all of that page's notes. */
export interface PageSummary {
  title: string;
  notes: number;
  pageNotes: number;
  labels: Record<string, number>;
  latest: string;
}

export function summarisePage(
  notes: readonly { pageTitle: string; target?: unknown; label?: string; modified: string }[],
): PageSummary {
  const summary: PageSummary = { title: '', notes: notes.length, pageNotes: 0, labels: {}, latest: '' };
  for (const n of notes) {
    if (!summary.title && n.pageTitle) summary.title = n.pageTitle;
    if (!n.target) summary.pageNotes++;
    if (n.label) summary.labels[n.label] = (summary.labels[n.label] ?? 0) + 1;
    if (n.modified > summary.latest) summary.latest = n.modified;
  }
  return summary;
}
