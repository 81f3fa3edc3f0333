/**
 * Verdict labels: add, rename, remove. A label's id never changes once made,
 * so renaming keeps every note that carries it; removing one only takes it out
 * of the editor's list (notes keep it and still show it).
 */
import { useState } from 'preact/hooks';
import { type Settings, updateSettings } from '@/utils/settings';

export function labelId(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'label';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}

export function LabelsSettings({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState('');
  const labels = settings.labels;
  const rename = (id: string, name: string) => {
    const trimmed = name.trim();
    if (trimmed)
      void updateSettings({ labels: labels.map((l) => (l.id === id ? { ...l, name: trimmed } : l)) });
  };
  return (
    <section class="settings-section" aria-labelledby="labels-title">
      <h2 id="labels-title">Verdict labels</h2>
      <p class="muted">Offered when you write a note. Renaming keeps the label on existing notes.</p>
      <ul class="plain-list labels-list">
        {labels.map((l) => (
          <li key={l.id}>
            <label class="visually-hidden" for={`label-${l.id}`}>
              Name of label {l.name}
            </label>
            <input
              id={`label-${l.id}`}
              type="text"
              defaultValue={l.name}
              onChange={(e) => rename(l.id, e.currentTarget.value)}
            />
            <button
              type="button"
              class="btn btn-quiet danger"
              aria-label={`Remove label ${l.name}`}
              disabled={labels.length <= 1}
              onClick={() => void updateSettings({ labels: labels.filter((x) => x.id !== l.id) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const name = draft.trim();
          if (!name) return;
          setDraft('');
          void updateSettings({
            labels: [
              ...labels,
              {
                id: labelId(
                  name,
                  labels.map((l) => l.id),
                ),
                name,
              },
            ],
          });
        }}
      >
        <label class="field">
          <span>New label</span>
          <input
            type="text"
            value={draft}
            placeholder="e.g. Cherry-picked"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn" disabled={!draft.trim()}>
          Add label
        </button>
      </form>
    </section>
  );
}
