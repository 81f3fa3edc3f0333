/**
 * The content script's way to the notes database: messages to the background
 * (IndexedDB here would be the web page's storage). What goes out is checked
 * before sending and what comes back is checked before use (./guards.ts); the
 * background validates again with the full schemas before writing.
 */
import { sendMessage } from '../../messaging/protocol';
import type { Note } from '../../notes/model';
import { checked, isNote, isNoteId, isNoteList, isStringList, isUrl } from './guards';

export async function fetchNotes(url: string): Promise<Note[]> {
  const notes = await sendMessage('notes:forUrl', checked(url, isUrl, 'URL'));
  return checked(notes, isNoteList, 'notes');
}

export async function saveNoteViaBackground(note: Note): Promise<Note> {
  const saved = await sendMessage('notes:save', checked(note, isNote, 'note'));
  return checked(saved, isNote, 'saved note');
}

export async function deleteNoteViaBackground(id: string): Promise<void> {
  await sendMessage('notes:delete', checked(id, isNoteId, 'note id'));
}

export async function fetchTags(): Promise<string[]> {
  return checked(await sendMessage('notes:tags'), isStringList, 'tags');
}
