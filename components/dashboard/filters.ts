/** The dashboard's filter state and its translation into a database query. */
import type { FindingKind } from '@/utils/analysis/types';
import type { NoteQuery, NoteSort } from '@/utils/db';

export interface Filters {
  text: string;
  tag: string;
  label: string;
  site: string;
  /** 'YYYY-MM-DD' from date inputs, local time. */
  from: string;
  to: string;
  kind: FindingKind | '';
  sort: NoteSort;
}

export const EMPTY_FILTERS: Filters = {
  text: '',
  tag: '',
  label: '',
  site: '',
  from: '',
  to: '',
  kind: '',
  sort: 'modified-desc',
};

/** A local calendar day as an ISO instant: its first millisecond, or its last with `endOfDay`. */
function dayToIso(day: string, endOfDay: boolean): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const date = endOfDay
    ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999)
    : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.toISOString();
}

export function toQuery(f: Filters): NoteQuery {
  const q: NoteQuery = {};
  if (f.text.trim()) q.text = f.text.trim();
  if (f.tag) q.tags = [f.tag];
  if (f.label) q.label = f.label;
  if (f.site) q.site = f.site;
  const from = dayToIso(f.from, false);
  const to = dayToIso(f.to, true);
  if (from) q.from = from;
  if (to) q.to = to;
  if (f.kind) q.findingKind = f.kind;
  return q;
}

export function isFiltered(f: Filters): boolean {
  return Boolean(f.text.trim() || f.tag || f.label || f.site || f.from || f.to || f.kind);
}

export const SORTS: readonly { id: NoteSort; name: string }[] = [
  { id: 'modified-desc', name: 'Recently edited' },
  { id: 'created-desc', name: 'Newest first' },
  { id: 'created-asc', name: 'Oldest first' },
  { id: 'url', name: 'By page address' },
];
