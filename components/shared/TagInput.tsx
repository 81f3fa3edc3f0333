/**
 * Tags as removable chips plus a text field. Enter or comma adds the typed tag,
 * Backspace in an empty field removes the last one; existing tags are offered
 * through a native datalist (keyboard and screen-reader friendly for free).
 */
import { useId } from 'preact/hooks';

export interface TagInputProps {
  tags: string[];
  onTagsChange(tags: string[]): void;
  /** Text typed but not yet turned into a tag; the form adds it on save. */
  pending: string;
  onPendingChange(text: string): void;
  suggestions: readonly string[];
  label?: string;
}

/** Trims, drops empties and case-insensitive duplicates, keeps order. */
export function mergeTags(tags: readonly string[], extra: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of [...tags, ...extra.split(',')]) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

export function TagInput({
  tags,
  onTagsChange,
  pending,
  onPendingChange,
  suggestions,
  label = 'Tags',
}: TagInputProps) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const commit = () => {
    if (!pending.trim()) return;
    onTagsChange(mergeTags(tags, pending));
    onPendingChange('');
  };
  return (
    <div class="field tag-field">
      <span id={`${id}-label`}>{label}</span>
      <div class="tag-input">
        {tags.map((tag) => (
          <span class="chip" key={tag}>
            {tag}
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onTagsChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          type="text"
          aria-labelledby={`${id}-label`}
          list={listId}
          value={pending}
          placeholder={tags.length ? '' : 'Add a tag…'}
          onInput={(e) => {
            const value = e.currentTarget.value;
            if (value.includes(',')) {
              onTagsChange(mergeTags(tags, value));
              onPendingChange('');
            } else onPendingChange(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && pending.trim()) {
              e.preventDefault();
              commit();
            } else if (e.key === 'Backspace' && !pending && tags.length) {
              onTagsChange(tags.slice(0, -1));
            }
          }}
          onBlur={commit}
        />
      </div>
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .slice(0, 50)
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
