/** Export everything, import, delete everything (after confirmation), storage used. */
import { useEffect, useState } from 'preact/hooks';
import { clearAll, countNotes, storageEstimate } from '@/utils/db';
import { ImportPanel } from '../export/ImportPanel';
import { LazyExportButton as ExportButton } from '../shared/LazyExportButton';
import { useLiveQuery } from '../shared/useLiveQuery';

/** 1536 → "1.5 kB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function DataSettings() {
  const count = useLiveQuery(countNotes, []);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>();
  const [confirm, setConfirm] = useState('');
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');

  // Storage is re-estimated whenever the number of notes changes.
  useEffect(() => {
    storageEstimate().then(setUsage, () => setUsage(null));
  }, [count.value]);

  const deleteAll = async () => {
    try {
      await clearAll();
      setMessage('All notes were deleted.');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
    setAsking(false);
    setConfirm('');
  };

  return (
    <section class="settings-section" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        {count.value === undefined
          ? 'Counting notes…'
          : `${count.value} ${count.value === 1 ? 'note' : 'notes'}`}
        {usage ? `, ${formatBytes(usage.usage)} of storage used` : ''}. Everything stays in this browser.
      </p>
      <div class="data-actions">
        <ExportButton scope={{ kind: 'all' }} label="Export everything" />
      </div>
      <h3>Import</h3>
      <ImportPanel />
      <div class="danger-zone">
        <h3>Delete everything</h3>
        {!asking ? (
          <button
            type="button"
            class="btn btn-danger"
            disabled={!count.value}
            onClick={() => setAsking(true)}
          >
            Delete all notes…
          </button>
        ) : (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (confirm.trim().toLowerCase() === 'delete') void deleteAll();
            }}
          >
            <label class="field">
              <span>
                This deletes all {count.value} notes and cannot be undone. Export them first if you may want
                them back. Type “delete” to confirm.
              </span>
              <input
                type="text"
                value={confirm}
                // biome-ignore lint/a11y/noAutofocus: focus moves to the confirmation the user just asked for.
                autoFocus
                onInput={(e) => setConfirm(e.currentTarget.value)}
              />
            </label>
            <button type="submit" class="btn btn-danger" disabled={confirm.trim().toLowerCase() !== 'delete'}>
              Delete all notes
            </button>
            <button type="button" class="btn" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </form>
        )}
        {message && <p role="status">{message}</p>}
      </div>
    </section>
  );
}
