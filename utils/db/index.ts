/**
 * The notes database, for the background and extension pages only (never the
 * content script: it would open the web page's IndexedDB).
 *
 * Live views: `liveQuery(() => allNotes())` from 'dexie' re-runs when any
 * context of the extension changes the notes.
 */
export { ALL_URLS, notifyChanged, setChangeNotifier } from './changes';
export { closeNotesDb, notesDb, openNotesDatabase, type PageRecord } from './database';
export { isQuotaError, NotesStorageError, QUOTA_MESSAGE } from './errors';
export {
  allNotes,
  allTags,
  cleanNote,
  clearAll,
  countNotes,
  deleteNotes,
  getNote,
  getNotes,
  type NoteQuery,
  type NoteSort,
  notesForUrl,
  putNotesInOneTransaction,
  type SearchResult,
  saveNote,
  searchNotes,
  storageEstimate,
} from './notes';
export { DB_NAME } from './schema';
