/**
 * One note as the popup and the dashboard show it: the quoted passage, the
 * note, tags, label and time, with edit and delete in place. All user and
 * page text is rendered as text nodes (Preact escapes it), never as HTML.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Note } from '@/utils/notes/model';
import { kindName, techniqueName } from './kinds';
import { labelName } from './LabelSelect';
import { type NoteDraft, NoteEditForm } from './NoteEditForm';
import { fullTime, relativeTime } from './time';

export interface NoteItemProps {
  note: Note;
  labels: readonly { id: string; name: string }[];
  tagSuggestions: readonly string[];
  onSave(draft: NoteDraft): Promise<void>;
  onDelete(): Promise<void>;
  /** Makes the quote a button, e.g. "scroll the page to this note". */
  onActivateQuote?: () => void;
  activateHint?: string;
  /** Extra content before the quote (dashboard: selection checkbox, page link). */
  header?: ComponentChildren;
}

export function NoteItem({
  note,
  labels,
  tagSuggestions,
  onSave,
  onDelete,
  onActivateQuote,
  activateHint = 'Show on the page',
  header,
}: NoteItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const quote = note.target?.quote.exact;
  const short = (note.body || quote || '').slice(0, 40);

  return (
    <article class="note" data-note-id={note.id} aria-label={`Note: ${short}`}>
      {header}
      {quote &&
        (onActivateQuote ? (
          <button
            type="button"
            class="note-quote"
            onClick={onActivateQuote}
            title={activateHint}
            aria-label={`${activateHint}: ${quote}`}
          >
            {quote}
          </button>
        ) : (
          <blockquote class="note-quote">{quote}</blockquote>
        ))}
      {mode === 'edit' ? (
        <NoteEditForm
          initial={{ body: note.body, tags: note.tags, label: note.label }}
          labels={labels}
          tagSuggestions={tagSuggestions}
          onCancel={() => setMode('view')}
          onSave={async (draft) => {
            await onSave(draft);
            setMode('view');
          }}
        />
      ) : (
        <>
          {note.body && <p class="note-body">{note.body}</p>}
          <div class="note-meta">
            {!quote && <span class="badge note-label">Page note</span>}
            {note.label && <span class="badge note-label">{labelName(note.label, labels)}</span>}
            {note.finding && (
              <span class={`badge kind-${note.finding.kind}`}>
                {kindName(note.finding.kind)}: {techniqueName(note.finding.label)}
              </span>
            )}
            {note.tags.map((t) => (
              <span class="chip" key={t}>
                #{t}
              </span>
            ))}
            <time
              dateTime={note.modified}
              title={`Written ${fullTime(note.created)}, edited ${fullTime(note.modified)}`}
            >
              {relativeTime(note.created)}
            </time>
            {mode === 'view' ? (
              <span class="note-actions">
                <button
                  type="button"
                  class="btn btn-quiet"
                  onClick={() => setMode('edit')}
                  aria-label={`Edit note: ${short}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  class="btn btn-quiet danger"
                  onClick={() => setMode('confirm-delete')}
                  aria-label={`Delete note: ${short}`}
                >
                  Delete
                </button>
              </span>
            ) : (
              <fieldset class="note-actions confirm">
                <legend class="visually-hidden">Confirm deletion</legend>
                <span class="confirm-text">Delete this note?</span>
                <button
                  type="button"
                  class="btn btn-danger"
                  // biome-ignore lint/a11y/noAutofocus: moves focus to the question the user just raised.
                  autoFocus
                  onClick={() => void onDelete()}
                >
                  Delete note
                </button>
                <button type="button" class="btn" onClick={() => setMode('view')}>
                  Keep
                </button>
              </fieldset>
            )}
          </div>
        </>
      )}
    </article>
  );
}
