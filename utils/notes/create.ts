/** Builds new notes and edited copies with consistent ids and timestamps. */
import { normalizeUrl } from '../url';
import type { Note, NoteFinding, NoteTarget } from './model';

export interface NewNoteFields {
  url: string;
  pageTitle: string;
  body: string;
  target?: NoteTarget;
  tags?: string[];
  label?: string;
  finding?: NoteFinding;
}

export function createNote(fields: NewNoteFields, now = new Date()): Note {
  const time = now.toISOString();
  const note: Note = {
    id: crypto.randomUUID(),
    url: normalizeUrl(fields.url),
    pageTitle: fields.pageTitle,
    body: fields.body,
    tags: fields.tags ?? [],
    created: time,
    modified: time,
  };
  if (fields.target) note.target = fields.target;
  if (fields.label) note.label = fields.label;
  if (fields.finding) note.finding = fields.finding;
  return note;
}

/** A copy of `note` with the reader's edits and a new modification time. */
export function editNote(
  note: Note,
  edits: Partial<Pick<Note, 'body' | 'tags' | 'label'>>,
  now = new Date(),
): Note {
  const next: Note = { ...note, ...edits, modified: now.toISOString() };
  if (!next.label) delete next.label;
  return next;
}

/** True when the note has no text worth saving. */
export function isEmptyNoteBody(body: string): boolean {
  return body.trim().length === 0;
}
