/**
 * The content script's way to the notes database: messages to the background
 * (IndexedDB here would be the web page's storage). What goes out is checked
 * before sending and what comes back is checked before use (./guards.ts); the
 * background validates again with the full schemas before writing.
 */
import { sendMessage } from '../../messaging/protocol';
import type { Note, NoteTarget } from '../../notes/model';
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

const isAnchorList = (x: unknown, count: number): x is ({ start: number; end: number } | null)[] =>
  Array.isArray(x) &&
  x.length === count &&
  x.every(
    (a) => a === null || (typeof a?.start === 'number' && typeof a?.end === 'number' && a.end > a.start),
  );

/** Where each target's passage is in `text` (null: not found), worked out by the background. */
export async function anchorViaBackground(
  text: string,
  targets: NoteTarget[],
): Promise<({ start: number; end: number } | null)[]> {
  const anchors = await sendMessage('notes:anchor', { text, targets });
  return checked(anchors, (x): x is typeof anchors => isAnchorList(x, targets.length), 'anchors');
}
