/**
 * The in-page notes UI, rendered into the shared shadow root: the "Add note"
 * button beside a selection, the note editor, and the preview shown when the
 * pointer rests on a note. State lives in utils/content/notes/feature.ts;
 * these components only render it and call back. Note text is rendered as
 * text by Preact (never as HTML).
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteFinding } from '@/utils/notes/model';
import { labelName } from '../shared/LabelSelect';
import { type NoteDraft, NoteEditForm } from '../shared/NoteEditForm';
import { type PassageRect, panelPosition } from './position';

export interface EditorState {
  /** Identifies the note being edited ('new:…' for a new one); a new key starts a fresh form. */
  key: string;
  /** Where the passage is on screen now. */
  anchor: PassageRect;
  /** The passage's text (absent for a note whose passage is not on the page). */
  quote?: string;
  finding?: NoteFinding;
  /** Present when editing an existing note. */
  initial?: NoteDraft;
  isNew: boolean;
}

export interface PreviewState {
  anchor: PassageRect;
  body: string;
  tags: string[];
  label?: string;
}

export interface NotesLayerProps {
  addButton: { x: number; y: number } | null;
  editor: EditorState | null;
  preview: PreviewState | null;
  labels: readonly { id: string; name: string }[];
  tagSuggestions: readonly string[];
  onAddNote(): void;
  onSave(draft: NoteDraft): Promise<void>;
  onCancel(): void;
  onDelete(): Promise<void>;
}

/** Longest preview text; the full note is in the editor. */
const PREVIEW_CHARS = 600;

/** Places a floating panel once its size is known, and again when the passage moves. */
function useFloating(anchor: PassageRect) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = panelPosition(
      anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: innerWidth, height: innerHeight },
    );
    setPos((prev) => (prev && prev.top === next.top && prev.left === next.left ? prev : next));
  }, [anchor.top, anchor.bottom, anchor.left]);
  const style: JSX.CSSProperties = pos
    ? { top: `${pos.top}px`, left: `${pos.left}px` }
    : { top: `${anchor.bottom + 8}px`, left: `${anchor.left}px`, visibility: 'hidden' };
  return { ref, style };
}

/** Keys typed in our UI must not reach the page's own shortcuts. */
const keepKeysInside = (e: KeyboardEvent) => e.stopPropagation();

function Editor({
  state,
  labels,
  tagSuggestions,
  onSave,
  onCancel,
  onDelete,
}: { state: EditorState } & Pick<
  NotesLayerProps,
  'labels' | 'tagSuggestions' | 'onSave' | 'onCancel' | 'onDelete'
>) {
  const { ref, style } = useFloating(state.anchor);
  const [deleting, setDeleting] = useState(false);
  // Preact does not move focus for `autoFocus` on an element inserted later: put the caret in the note.
  useEffect(() => {
    ref.current?.querySelector('textarea')?.focus({ preventScroll: true });
  }, []);
  const [error, setError] = useState('');
  return (
    <div
      ref={ref}
      class="rl-note-editor"
      role="dialog"
      aria-label={state.isNew ? 'New note' : 'Edit note'}
      style={style}
      onKeyDown={keepKeysInside}
      onKeyUp={keepKeysInside}
      onKeyPress={keepKeysInside}
    >
      <p class="rl-note-heading">{state.isNew ? 'New note' : 'Edit note'}</p>
      {state.quote && <blockquote class="rl-note-quote">{state.quote}</blockquote>}
      {state.finding && (
        <p class="rl-note-finding">
          On a {state.finding.kind} finding: {state.finding.label.replace(/_/g, ' ')}
        </p>
      )}
      <NoteEditForm
        initial={state.initial}
        labels={labels}
        tagSuggestions={tagSuggestions}
        onSave={onSave}
        onCancel={onCancel}
      />
      {!state.isNew && (
        <div class="rl-note-actions">
          <button
            type="button"
            class="btn btn-danger"
            disabled={deleting}
            onClick={async () => {
              setDeleting(true);
              try {
                await onDelete();
              } catch (e) {
                setError(`Could not delete: ${e instanceof Error ? e.message : String(e)}`);
                setDeleting(false);
              }
            }}
          >
            Delete note
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="form-error">
          {error}
        </p>
      )}
    </div>
  );
}

function Preview({ state, labels }: { state: PreviewState; labels: NotesLayerProps['labels'] }) {
  const { ref, style } = useFloating(state.anchor);
  const body = state.body.length > PREVIEW_CHARS ? `${state.body.slice(0, PREVIEW_CHARS)}…` : state.body;
  return (
    <div ref={ref} class="rl-note-preview" role="tooltip" style={style}>
      {(state.label || state.tags.length > 0) && (
        <p class="rl-note-meta">
          {state.label && <span class="rl-note-badge">{labelName(state.label, labels)}</span>}
          {state.tags.map((t) => (
            <span class="rl-note-badge" key={t}>
              #{t}
            </span>
          ))}
        </p>
      )}
      <p class="rl-note-body">{body}</p>
      <p class="rl-note-hint">Click to edit</p>
    </div>
  );
}

export function NotesLayer(props: NotesLayerProps) {
  const { addButton, editor, preview } = props;
  return (
    <div class="rl-notes-layer">
      {addButton && !editor && (
        <button
          type="button"
          class="rl-add-note"
          style={{ top: `${addButton.y}px`, left: `${addButton.x}px` }}
          // Keep the page's selection: a mousedown on a button would clear it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onAddNote}
        >
          Add note
        </button>
      )}
      {editor && <Editor key={editor.key} state={editor} {...props} />}
      {preview && !editor && <Preview state={preview} labels={props.labels} />}
    </div>
  );
}
