/**
 * The content script's way to the notes database: messages to the background
 * (IndexedDB here would be the web page's storage). What goes out is validated
 * before sending and what comes back is validated before use.
 */
import * as v from 'valibot';
import { sendMessage } from '../../messaging/protocol';
import { NoteIdSchema, NoteSchema, parseOrThrow, StringListSchema, UrlSchema } from '../../messaging/schemas';
import type { Note } from '../../notes/model';

const NoteListSchema = v.array(NoteSchema);

export async function fetchNotes(url: string): Promise<Note[]> {
  const notes = await sendMessage('notes:forUrl', parseOrThrow(UrlSchema, url, 'URL'));
  return parseOrThrow(NoteListSchema, notes, 'notes') as Note[];
}

export async function saveNoteViaBackground(note: Note): Promise<Note> {
  const saved = await sendMessage('notes:save', parseOrThrow(NoteSchema, note, 'note') as Note);
  return parseOrThrow(NoteSchema, saved, 'saved note') as Note;
}

export async function deleteNoteViaBackground(id: string): Promise<void> {
  await sendMessage('notes:delete', parseOrThrow(NoteIdSchema, id, 'note id'));
}

export async function fetchTags(): Promise<string[]> {
  return parseOrThrow(StringListSchema, await sendMessage('notes:tags'), 'tags');
}
