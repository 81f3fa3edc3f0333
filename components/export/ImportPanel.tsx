/**
 * Import of a JSON backup or W3C Web Annotations: pick a file, read the
 * preview (new, updates, duplicates, conflicts, invalid), confirm. Nothing is
 * written before "Confirm import"; then the notes are written in one
 * transaction and, if chosen, the backup's settings restored.
 *
 * Accessible names: the button "Import" (opens the file picker; the input
 * itself is labelled "Import file"), "Confirm import", "Cancel", checkboxes
 * "Also restore the backup's settings" and "Replace my newer local versions".
 */
import { useRef, useState } from 'preact/hooks';
import {
  applyImport,
  databaseStore,
  type ImportChoices,
  type ImportOutcome,
  type ImportStore,
} from '../../utils/import/apply';
import { describeIssue, ImportError } from '../../utils/import/errors';
import { MAX_LISTED_ISSUES } from '../../utils/import/limits';
import { type ParsedImport, parseImportFile } from '../../utils/import/parse';
import { type ImportPlan, notesToWrite, planImport } from '../../utils/import/plan';
import './export.css';

export interface ImportPanelProps {
  /** Where notes are written (the extension's database by default). */
  store?: ImportStore;
  onImported?: (outcome: ImportOutcome) => void;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; fileName: string; parsed: ParsedImport; plan: ImportPlan }
  | { step: 'writing'; fileName: string; parsed: ParsedImport; plan: ImportPlan }
  | { step: 'done'; outcome: ImportOutcome };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ImportPanel({ store = databaseStore, onImported }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState('');
  const [choices, setChoices] = useState<ImportChoices>({ replaceConflicts: false, restoreSettings: true });
  const inputRef = useRef<HTMLInputElement>(null);

  async function preview(file: File) {
    setError('');
    setState({ step: 'reading', fileName: file.name });
    try {
      const parsed = await parseImportFile(file);
      const plan = planImport(parsed.notes, await store.allNotes());
      setChoices({ replaceConflicts: false, restoreSettings: parsed.settings !== undefined });
      setState({ step: 'preview', fileName: file.name, parsed, plan });
    } catch (e) {
      setState({ step: 'idle' });
      setError(e instanceof ImportError ? e.message : `The file could not be read: ${(e as Error).message}`);
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    setError('');
    setState({ ...state, step: 'writing' });
    try {
      const applied = await applyImport(
        state.parsed.notes,
        state.plan,
        choices,
        state.parsed.settings,
        store,
      );
      // Invalid items were skipped too, before the plan.
      const outcome = { ...applied, skipped: applied.skipped + state.parsed.issues.length };
      setState({ step: 'done', outcome });
      onImported?.(outcome);
    } catch (e) {
      // Show the preview again, recomputed against the notes as they are now.
      const plan = planImport(state.parsed.notes, await store.allNotes().catch(() => []));
      setState({ ...state, step: 'preview', plan });
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const reviewing = state.step === 'preview' || state.step === 'writing' ? state : undefined;
  const toWrite = reviewing ? notesToWrite(reviewing.plan, choices.replaceConflicts).length : 0;
  const restoring = !!reviewing?.parsed.settings && choices.restoreSettings;

  return (
    <section class="rl-import" aria-label="Import notes">
      <div class="rl-import__actions">
        <button
          type="button"
          onClick={() => inputRef.current?.click()}
          disabled={state.step === 'reading' || state.step === 'writing'}
        >
          Import
        </button>
        <input
          ref={inputRef}
          class="rl-visually-hidden"
          type="file"
          aria-label="Import file"
          accept=".json,.jsonld,application/json,application/ld+json"
          tabIndex={-1}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void preview(file);
          }}
        />
      </div>
      <p class="rl-export__hint">
        A Rhetoric Lens JSON backup, or W3C Web Annotations (JSON-LD) from this or another tool.
      </p>
      {state.step === 'reading' && <p role="status">Reading {state.fileName}…</p>}
      {error && (
        <p class="rl-import__error" role="alert">
          {error}
        </p>
      )}
      {reviewing && (
        <section aria-label="Import preview">
          <p>
            <strong>{reviewing.fileName}</strong>:{' '}
            {reviewing.parsed.kind === 'backup' ? 'Rhetoric Lens backup' : 'Web Annotations'}
          </p>
          <ul class="rl-import__counts">
            <li>{plural(reviewing.plan.fresh.length, 'new note')}</li>
            {reviewing.plan.updates.length > 0 && (
              <li>{plural(reviewing.plan.updates.length, 'update')} (edited later than your copy)</li>
            )}
            <li>{plural(reviewing.plan.duplicates.length, 'duplicate')} (skipped)</li>
            {reviewing.plan.conflicts.length > 0 && (
              <li>
                {plural(reviewing.plan.conflicts.length, 'conflict')}: your copy was edited more recently and
                is kept unless you choose otherwise
              </li>
            )}
            <li>{plural(reviewing.parsed.issues.length, 'invalid item')} (skipped)</li>
          </ul>
          {reviewing.parsed.issues.length > 0 && (
            <details>
              <summary>Problems found</summary>
              <ul class="rl-import__issues">
                {reviewing.parsed.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => (
                  <li key={issue.where}>{describeIssue(issue)}</li>
                ))}
                {reviewing.parsed.issues.length > MAX_LISTED_ISSUES && (
                  <li>…and {reviewing.parsed.issues.length - MAX_LISTED_ISSUES} more</li>
                )}
              </ul>
            </details>
          )}
          {reviewing.plan.conflicts.length > 0 && (
            <details>
              <summary>Conflicting notes</summary>
              <ul class="rl-import__issues">
                {reviewing.plan.conflicts.slice(0, MAX_LISTED_ISSUES).map(({ incoming, local }) => (
                  <li key={incoming.id}>
                    “{(local.target?.quote.exact ?? local.body).slice(0, 80)}” on{' '}
                    {local.pageTitle || local.url}: yours edited{' '}
                    {local.modified.slice(0, 16).replace('T', ' ')}, file{' '}
                    {incoming.modified.slice(0, 16).replace('T', ' ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {reviewing.plan.conflicts.length > 0 && (
            <label class="rl-export__check">
              <input
                type="checkbox"
                checked={choices.replaceConflicts}
                onChange={(e) =>
                  setChoices({ ...choices, replaceConflicts: (e.target as HTMLInputElement).checked })
                }
              />
              Replace my newer local versions
            </label>
          )}
          {reviewing.parsed.settings && (
            <label class="rl-export__check">
              <input
                type="checkbox"
                checked={choices.restoreSettings}
                onChange={(e) =>
                  setChoices({ ...choices, restoreSettings: (e.target as HTMLInputElement).checked })
                }
              />
              Also restore the backup's settings
            </label>
          )}
          <div class="rl-import__actions">
            <button
              type="button"
              onClick={confirm}
              disabled={state.step === 'writing' || (toWrite === 0 && !restoring)}
            >
              Confirm import
            </button>
            <button
              type="button"
              onClick={() => {
                setState({ step: 'idle' });
                setError('');
              }}
              disabled={state.step === 'writing'}
            >
              Cancel
            </button>
          </div>
          <p class="rl-export__hint">
            {toWrite === 0 && !restoring
              ? 'Nothing new to import.'
              : `Confirming writes ${plural(toWrite, 'note')}${restoring ? ' and restores the settings' : ''}, all at once.`}
          </p>
        </section>
      )}
      {state.step === 'done' && (
        <p role="status">
          Imported {plural(state.outcome.written, 'note')}
          {state.outcome.skipped ? `; skipped ${state.outcome.skipped}` : ''}.
          {state.outcome.settingsRestored ? ' Settings restored.' : ''}
        </p>
      )}
    </section>
  );
}
