/**
 * This page's notes, newest first, with the orphans (passages no longer found
 * on the page) in their own section, and "Add page note".
 */
import { useState } from 'preact/hooks';
import type { Note } from '@/utils/notes/model';
import { NoteEditForm } from '../shared/NoteEditForm';
import { NoteItem } from '../shared/NoteItem';
import { useProgressiveCount } from '../shared/useProgressiveCount';
import { loadNotesDb } from './notesDbModule';

/** More notes than the popup shows before scrolling; the rest render a frame later. */
const FIRST_SCREEN_NOTES = 8;

export interface PageNotesProps {
  /** Undefined while loading. */
  notes: Note[] | undefined;
  orphanIds: readonly string[];
  url: string;
  pageTitle: string;
  labels: readonly { id: string; name: string }[];
  tagSuggestions: readonly string[];
  /** Asks the page to scroll to a note; resolves false when it could not. */
  onShow(id: string): Promise<boolean>;
  /** False when the page cannot take notes (restricted pages). */
  canAdd: boolean;
}

export function PageNotes({
  notes,
  orphanIds,
  url,
  pageTitle,
  labels,
  tagSuggestions,
  onShow,
  canAdd,
}: PageNotesProps) {
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const orphans = new Set(orphanIds);
  const newestFirst = [...(notes ?? [])].sort((a, b) =>
    a.created < b.created ? 1 : a.created > b.created ? -1 : 0,
  );
  const anchored = newestFirst.filter((n) => !orphans.has(n.id));
  const orphaned = newestFirst.filter((n) => orphans.has(n.id));
  const shown = useProgressiveCount(newestFirst.length, FIRST_SCREEN_NOTES);

  const item = (note: Note, showable: boolean) => (
    <li key={note.id}>
      <NoteItem
        note={note}
        labels={labels}
        tagSuggestions={tagSuggestions}
        onSave={async (draft) => {
          const { saveNote } = await loadNotesDb();
          await saveNote({ ...note, ...draft, label: draft.label, modified: new Date().toISOString() });
        }}
        onDelete={async () => (await loadNotesDb()).deleteNotes([note.id])}
        onActivateQuote={
          showable
            ? async () => {
                setMessage('');
                const shown = await onShow(note.id).catch(() => false);
                if (!shown) setMessage('That passage could not be shown on the page right now.');
              }
            : undefined
        }
      />
    </li>
  );

  return (
    <section class="page-notes" aria-labelledby="notes-heading">
      <div class="section-head">
        <h2 id="notes-heading">Your notes{notes ? <span class="muted"> ({notes.length})</span> : null}</h2>
        {canAdd && !adding && (
          <button type="button" class="btn" onClick={() => setAdding(true)}>
            Add page note
          </button>
        )}
      </div>
      {adding && (
        <div class="note add-note">
          <NoteEditForm
            labels={labels}
            tagSuggestions={tagSuggestions}
            saveText="Save page note"
            onCancel={() => setAdding(false)}
            onSave={async (draft) => {
              const now = new Date().toISOString();
              const { saveNote } = await loadNotesDb();
              await saveNote({
                id: crypto.randomUUID(),
                url,
                pageTitle,
                ...draft,
                created: now,
                modified: now,
              });
              setAdding(false);
            }}
          />
        </div>
      )}
      {message && (
        <p class="inline-message" role="status">
          {message}
        </p>
      )}
      {notes === undefined ? (
        <div class="state" role="status">
          <div class="spinner" aria-hidden="true" />
          <p>Loading notes…</p>
        </div>
      ) : notes.length === 0 ? (
        <div class="state empty-notes">
          <strong>No notes yet</strong>
          <p>Select text on the page and choose “Add note”, or add a note about the whole page.</p>
        </div>
      ) : (
        <>
          {anchored.length > 0 && (
            <ul class="note-list" aria-label="Notes on this page">
              {anchored.slice(0, shown).map((n) => item(n, !!n.target))}
            </ul>
          )}
          {orphaned.length > 0 && (
            <section class="orphans" aria-labelledby="orphans-heading">
              <h3 id="orphans-heading">Not found on the page ({orphaned.length})</h3>
              <p class="muted small">
                The page changed since you wrote these notes and their passages could not be found. They are
                kept with the text you quoted.
              </p>
              <ul class="note-list" aria-label="Notes not found on the page">
                {orphaned.slice(0, Math.max(0, shown - anchored.length)).map((n) => item(n, false))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
