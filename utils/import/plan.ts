/**
 * The import preview: what each incoming note would do to the database.
 *
 * - new: no note with this id, nor one with the same page, quote and text;
 * - update: a note with this id exists and the incoming one was edited later;
 * - duplicate: identical to a stored note (same id and content), or the same
 *   page, quote and text as a stored note or an earlier note in the file;
 * - conflict: a note with this id exists and was edited locally at the same
 *   time or later than the incoming copy. It is kept as it is unless the
 *   reader explicitly chooses to replace it.
 */
import type { Note } from '../notes/model';

export interface ImportPlan {
  fresh: Note[];
  updates: Note[];
  duplicates: Note[];
  conflicts: { incoming: Note; local: Note }[];
}

/** Same page, quote and note text: the reader made this note already. */
export const duplicateKey = (n: Note): string =>
  `${n.url}\u0000${n.target?.quote.exact ?? ''}\u0000${n.body}`;

/** Order-sensitive deep equality of two notes' stored content (key order ignored). */
export function sameNote(a: Note, b: Note): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

const time = (iso: string): number => Date.parse(iso);

export function planImport(incoming: readonly Note[], local: readonly Note[]): ImportPlan {
  const byId = new Map(local.map((n) => [n.id, n]));
  const keys = new Set(local.map(duplicateKey));
  const seenIds = new Set<string>();
  const plan: ImportPlan = { fresh: [], updates: [], duplicates: [], conflicts: [] };
  for (const note of incoming) {
    if (seenIds.has(note.id)) {
      plan.duplicates.push(note); // the same id twice in one file: the first one wins
      continue;
    }
    seenIds.add(note.id);
    const existing = byId.get(note.id);
    if (existing) {
      if (sameNote(existing, note)) plan.duplicates.push(note);
      else if (time(note.modified) > time(existing.modified)) plan.updates.push(note);
      else plan.conflicts.push({ incoming: note, local: existing });
      continue;
    }
    const key = duplicateKey(note);
    if (keys.has(key)) {
      plan.duplicates.push(note);
      continue;
    }
    keys.add(key);
    plan.fresh.push(note);
  }
  return plan;
}

/** The notes a confirmed import writes. Conflicts only when the reader chose to replace their local versions. */
export function notesToWrite(plan: ImportPlan, replaceConflicts: boolean): Note[] {
  return [...plan.fresh, ...plan.updates, ...(replaceConflicts ? plan.conflicts.map((c) => c.incoming) : [])];
}
