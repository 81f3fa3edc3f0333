/**
 * One note of the dashboard's list, read by id when it scrolls into view and
 * kept live (an edit in the popup or another tab shows here at once).
 */
import { deleteNotes, getNote, saveNote } from '@/utils/db';
import type { Note } from '@/utils/notes/model';
import { NoteItem } from '../shared/NoteItem';
import { useLiveQuery } from '../shared/useLiveQuery';

export interface NoteRowProps {
  id: string;
  /** The note as the list read it, shown until the live query first answers (no placeholder flash). */
  initial?: Note;
  labels: readonly { id: string; name: string }[];
  tagSuggestions: readonly string[];
  selected: boolean;
  onSelect(id: string, on: boolean): void;
  showPage: boolean;
  /** Reports storage errors to the view. */
  run(action: () => Promise<unknown>): Promise<void>;
}

export function NoteRow({
  id,
  initial,
  labels,
  tagSuggestions,
  selected,
  onSelect,
  showPage,
  run,
}: NoteRowProps) {
  // null once the live query knows the note is gone; undefined until it first answers.
  const { value, error } = useLiveQuery(async () => (await getNote(id)) ?? null, [id]);
  const note = value === undefined ? initial : (value ?? undefined);
  if (error) return <p class="form-error">This note could not be read.</p>;
  if (note === undefined) return <div class="note note-placeholder" aria-hidden="true" />;
  const short = (note.body || note.target?.quote.exact || '').slice(0, 40);
  return (
    <NoteItem
      note={note}
      labels={labels}
      tagSuggestions={tagSuggestions}
      onSave={(draft) => run(() => saveNote({ ...note, ...draft, modified: new Date().toISOString() }))}
      onDelete={() => run(() => deleteNotes([note.id]))}
      header={
        <div class="note-head">
          <label class="select-note">
            <input
              type="checkbox"
              checked={selected}
              onChange={(e) => onSelect(note.id, e.currentTarget.checked)}
            />
            <span class="visually-hidden">Select note {short}</span>
          </label>
          {showPage && (
            <a class="note-page" href={note.url} target="_blank" rel="noopener noreferrer" title={note.url}>
              {note.pageTitle || note.url}
            </a>
          )}
        </div>
      }
    />
  );
}
