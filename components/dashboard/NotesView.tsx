/**
 * All notes across pages: search, filters, sorting, list or grouped by page,
 * bulk selection (delete, export) and editing in place. Results come from a
 * live query, so edits made in the popup or another tab appear at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { allTags, deleteNotes, saveNote, searchNotes } from '@/utils/db';
import { allSites, labelsInUse } from '@/utils/db/facets';
import { ExportButton } from '../export/ExportButton';
import { NoteItem } from '../shared/NoteItem';
import { useLiveQuery } from '../shared/useLiveQuery';
import { VirtualList } from '../shared/VirtualList';
import { FilterBar, type View } from './FilterBar';
import { EMPTY_FILTERS, type Filters, isFiltered, toQuery } from './filters';
import { PageRow } from './PageRow';
import { groupedRows, noteRows, type Row } from './rows';

export interface NotesViewProps {
  labels: readonly { id: string; name: string }[];
}

const rowKey = (row: Row) => (row.type === 'page' ? `page:${row.page.url}` : row.note.id);
const estimate = (row: Row) => (row.type === 'page' ? 64 : row.note.target ? 150 : 104);

export function NotesView({ labels }: NotesViewProps) {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [view, setView] = useState<View>('list');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [error, setError] = useState('');

  // When the filters last changed, to measure how long a search takes to show (bench/ui.bench.ts).
  const changedAt = useRef(performance.now());
  const query = useMemo(() => toQuery(filters), [filters]);
  const results = useLiveQuery(
    async () => ({ query, ...(await searchNotes(query, { sort: filters.sort })) }),
    [query, filters.sort],
  );
  const tags = useLiveQuery(allTags, []);
  const sites = useLiveQuery(allSites, []);
  const used = useLiveQuery(labelsInUse, []);

  const notes = results.value?.notes;
  const rows = useMemo(
    () => (notes ? (view === 'pages' ? groupedRows(notes) : noteRows(notes)) : []),
    [notes, view],
  );

  useEffect(() => {
    if (results.value?.query === query) {
      performance.measure('rl:search', { start: changedAt.current, end: performance.now() });
    }
  }, [results.value, query]);

  // Drop selected ids that no longer match (deleted elsewhere or filtered out).
  useEffect(() => {
    if (!notes || selected.size === 0) return;
    const visible = new Set(notes.map((n) => n.id));
    const kept = [...selected].filter((id) => visible.has(id));
    if (kept.length !== selected.size) setSelected(new Set(kept));
  }, [notes, selected]);

  const changeFilters = (next: Filters) => {
    changedAt.current = performance.now();
    setFilters(next);
  };
  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const run = async (action: () => Promise<unknown>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const renderRow = (row: Row) => {
    if (row.type === 'page') return <PageRow page={row.page} labels={labels} />;
    const note = row.note;
    return (
      <NoteItem
        note={note}
        labels={labels}
        tagSuggestions={tags.value ?? []}
        onSave={(draft) => run(() => saveNote({ ...note, ...draft, modified: new Date().toISOString() }))}
        onDelete={() => run(() => deleteNotes([note.id]))}
        header={
          <div class="note-head">
            <label class="select-note">
              <input
                type="checkbox"
                checked={selected.has(note.id)}
                onChange={(e) => toggle(note.id, e.currentTarget.checked)}
              />
              <span class="visually-hidden">
                Select note {(note.body || note.target?.quote.exact || '').slice(0, 40)}
              </span>
            </label>
            {view === 'list' && (
              <a class="note-page" href={note.url} target="_blank" rel="noopener noreferrer" title={note.url}>
                {note.pageTitle || note.url}
              </a>
            )}
          </div>
        }
      />
    );
  };

  const total = results.value?.total;
  const allSelected = notes !== undefined && notes.length > 0 && selected.size === notes.length;
  const exportIds = selected.size > 0 ? [...selected] : (notes ?? []).map((n) => n.id);

  return (
    <section class="notes-view" aria-labelledby="notes-title">
      <h2 id="notes-title" class="visually-hidden">
        Notes
      </h2>
      <FilterBar
        filters={filters}
        onChange={changeFilters}
        view={view}
        onViewChange={setView}
        tags={tags.value ?? []}
        sites={sites.value ?? []}
        labels={labels}
        labelsInUse={used.value ?? []}
      />
      <div class="bulk-bar">
        <label class="select-all">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={!notes?.length}
            onChange={(e) =>
              setSelected(e.currentTarget.checked ? new Set((notes ?? []).map((n) => n.id)) : new Set())
            }
          />
          Select all
        </label>
        <p
          class="result-count"
          role="status"
          aria-live="polite"
          data-results-for={results.value?.query.text ?? ''}
        >
          {total === undefined
            ? 'Loading notes…'
            : `${total} ${total === 1 ? 'note' : 'notes'}${isFiltered(filters) ? ' match' : ''}${
                selected.size ? `, ${selected.size} selected` : ''
              }`}
        </p>
        <div class="bulk-actions">
          {confirmBulk ? (
            <fieldset class="confirm">
              <legend class="visually-hidden">Confirm deletion</legend>
              <span class="confirm-text">Delete {selected.size} notes?</span>
              <button
                type="button"
                class="btn btn-danger"
                // biome-ignore lint/a11y/noAutofocus: focus moves to the question the user just raised.
                autoFocus
                onClick={() =>
                  run(async () => {
                    await deleteNotes([...selected]);
                    setSelected(new Set());
                    setConfirmBulk(false);
                  })
                }
              >
                Delete selected notes
              </button>
              <button type="button" class="btn" onClick={() => setConfirmBulk(false)}>
                Keep
              </button>
            </fieldset>
          ) : (
            <button
              type="button"
              class="btn"
              disabled={selected.size === 0}
              onClick={() => setConfirmBulk(true)}
            >
              Delete selected
            </button>
          )}
          <ExportButton
            scope={{ kind: 'notes', ids: exportIds }}
            disabled={exportIds.length === 0}
            label={
              selected.size > 0
                ? `Export selected (${selected.size})`
                : `Export ${isFiltered(filters) ? 'matches' : 'all'}`
            }
          />
        </div>
      </div>
      {error && (
        <p role="alert" class="form-error">
          {error}
        </p>
      )}
      <VirtualList
        class="notes-list"
        label={view === 'pages' ? 'Notes grouped by page' : 'Notes'}
        items={rows}
        itemKey={rowKey}
        estimateHeight={estimate}
        renderItem={renderRow}
        empty={
          notes === undefined ? (
            <div class="state" role="status">
              <div class="spinner" aria-hidden="true" />
              <p>Loading notes…</p>
            </div>
          ) : isFiltered(filters) ? (
            <div class="state">
              <strong>No notes match</strong>
              <p>Try other words or clear the filters.</p>
            </div>
          ) : (
            <div class="state">
              <strong>No notes yet</strong>
              <p>
                Select text on any article and choose “Add note”. Your notes from every page will appear here.
              </p>
            </div>
          )
        }
      />
    </section>
  );
}
