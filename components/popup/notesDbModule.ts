/**
 * The notes database module (Dexie and the queries over it), loaded by the
 * popup after its first content instead of with it: Dexie is most of the
 * popup's code, and the first content (the page's notes) comes from the early
 * script's direct read (./directNotes.ts). One shared load for every user.
 */
type NotesDbModule = typeof import('@/utils/db');

let loading: Promise<NotesDbModule> | undefined;

export function loadNotesDb(): Promise<NotesDbModule> {
  loading ??= import('@/utils/db');
  return loading;
}
