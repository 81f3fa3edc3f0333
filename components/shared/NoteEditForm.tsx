/**
 * Edits a note's text, tags and verdict label. Ctrl/Cmd+Enter saves, Escape
 * cancels; an empty note is refused with a message rather than saved.
 */
import { useId, useState } from 'preact/hooks';
import { LabelSelect } from './LabelSelect';
import { mergeTags, TagInput } from './TagInput';

export interface NoteDraft {
  body: string;
  tags: string[];
  label?: string;
}

export interface NoteEditFormProps {
  initial?: NoteDraft;
  labels: readonly { id: string; name: string }[];
  tagSuggestions: readonly string[];
  onSave(draft: NoteDraft): void | Promise<void>;
  onCancel(): void;
  /** Accessible name and text of the save button. */
  saveText?: string;
  autoFocus?: boolean;
}

export function NoteEditForm({
  initial,
  labels,
  tagSuggestions,
  onSave,
  onCancel,
  saveText = 'Save note',
  autoFocus = true,
}: NoteEditFormProps) {
  const id = useId();
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState<string[]>(initial?.tags ?? []);
  const [pendingTag, setPendingTag] = useState('');
  const [label, setLabel] = useState<string | undefined>(initial?.label);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!body.trim()) {
      setError('Write something before saving.');
      return;
    }
    setSaving(true);
    try {
      await onSave({ body, tags: mergeTags(tags, pendingTag), label });
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
      setSaving(false);
    }
  };

  return (
    <form
      class="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <label class="field" for={`${id}-body`}>
        <span>Note</span>
        <textarea
          id={`${id}-body`}
          value={body}
          // biome-ignore lint/a11y/noAutofocus: the form opens because the user asked to write.
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => {
            setBody(e.currentTarget.value);
            if (error) setError('');
          }}
        />
      </label>
      <div class="note-form-row">
        <TagInput
          tags={tags}
          onTagsChange={setTags}
          pending={pendingTag}
          onPendingChange={setPendingTag}
          suggestions={tagSuggestions}
        />
        <LabelSelect value={label} onChange={setLabel} labels={labels} />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" class="form-error">
          {error}
        </p>
      )}
      <div class="note-form-buttons">
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {saveText}
        </button>
      </div>
    </form>
  );
}
