/**
 * All notes across pages: search, filters, sorting, list or grouped by page,
 * bulk selection (delete, export) and editing in place. Results come from a
 * live query, so edits made in the popup or another tab appear at once.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { allTags, deleteNotes, type NoteQuery } from '@/utils/db';
import { browseNotes, urlsOf } from '@/utils/db/browse';
import { allSites, labelsInUse } from '@/utils/db/facets';
import { preloadSearchTexts } from '@/utils/db/searchCache';
import type { Note } from '@/utils/notes/model';
import { LazyExportButton as ExportButton } from '../shared/LazyExportButton';
import { useLiveQuery } from '../shared/useLiveQuery';
import { useNotesVersion } from '../shared/useNotesVersion';
import { VirtualList } from '../shared/VirtualList';
import { FilterBar, type View } from './FilterBar';
import { EMPTY_FILTERS, type Filters, isFiltered, toQuery } from './filters';
import { NoteRow } from './NoteRow';
import { PageRow } from './PageRow';
import { groupedRows, noteRows, type Row } from './rows';

export interface NotesViewProps {
  labels: readonly { id: string; name: string }[];
}

const rowKey = (row: Row) => (row.type === 'page' ? `page:${row.url}` : row.id);
/** Notes read with the ids, so the first screenful shows at once (more than a tall window holds). */
const FIRST_SCREEN = 24;
const estimate = (row: Row) => (row.type === 'page' ? 64 : 130);

export function NotesView({ labels }: NotesViewProps) {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [view, setView] = useState<View>('list');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [error, setError] = useState('');

  // When the filters last changed, to measure how long a search takes to show (bench/ui.bench.ts).
  const changedAt = useRef(performance.now());
  const query = useMemo(() => toQuery(filters), [filters]);
  // Matching ids only: each visible row reads its own note (see NoteRow).
  // Re-read when the query changes or any note changes anywhere. The grouped view also needs each note's page.
  const version = useNotesVersion();
  // Read the search texts while the list loads, so the first search is answered from memory.
  useEffect(preloadSearchTexts, []);
  const [results, setResults] = useState<{
    query: NoteQuery;
    ids: string[];
    urls?: string[];
    /** The first rows' notes, read with the ids: shown until each row's own live query answers. */
    first: Map<string, Note>;
  }>();
  const [loadError, setLoadError] = useState('');
  // A layout effect starts the query right after the render that changed it, not a frame later.
  // Re-run when the query changes or when `version` says the database changed.
  useLayoutEffect(() => {
    let current = true;
    (async () => {
      const { ids, first } = await browseNotes(query, filters.sort, view === 'list' ? FIRST_SCREEN : 0);
      performance.measure('rl:search-ids', { start: changedAt.current, end: performance.now() });
      const urls = view === 'pages' ? await urlsOf(ids) : undefined;
      if (current) setResults({ query, ids, urls, first: new Map(first.map((n) => [n.id, n])) });
    })().catch((e) => current && setLoadError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [query, filters.sort, view, version]);
  const tags = useLiveQuery(allTags, []);
  const sites = useLiveQuery(allSites, []);
  const used = useLiveQuery(labelsInUse, []);

  const ids = results?.ids;
  const rows = useMemo(() => {
    if (!results) return [];
    const { ids, urls } = results;
    return urls ? groupedRows(ids, urls) : noteRows(ids);
  }, [results, view]);

  // Measured when the results are in the DOM (the next paint shows them).
  useLayoutEffect(() => {
    if (results?.query === query) {
      performance.measure('rl:search', { start: changedAt.current, end: performance.now() });
    }
  }, [results, query]);

  // Drop selected ids that no longer match (deleted elsewhere or filtered out).
  useEffect(() => {
    if (!ids || selected.size === 0) return;
    const visible = new Set(ids);
    const kept = [...selected].filter((id) => visible.has(id));
    if (kept.length !== selected.size) setSelected(new Set(kept));
  }, [ids, selected]);

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

  const filtered = isFiltered(filters);
  const renderRow = (row: Row) =>
    row.type === 'page' ? (
      <PageRow url={row.url} matches={row.matches} filtered={filtered} labels={labels} />
    ) : (
      <NoteRow
        id={row.id}
        initial={results?.first.get(row.id)}
        labels={labels}
        tagSuggestions={tags.value ?? []}
        selected={selected.has(row.id)}
        onSelect={toggle}
        showPage={view === 'list'}
        run={run}
      />
    );

  const total = ids?.length;
  const allSelected = ids !== undefined && ids.length > 0 && selected.size === ids.length;
  const exportIds = selected.size > 0 ? [...selected] : (ids ?? []);

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
            disabled={!ids?.length}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(ids) : new Set())}
          />
          Select all
        </label>
        <p class="result-count" role="status" aria-live="polite" data-results-for={results?.query.text ?? ''}>
          {total === undefined
            ? 'Loading notes…'
            : `${total} ${total === 1 ? 'note' : 'notes'}${filtered ? ' match' : ''}${
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
                : `Export ${filtered ? 'matches' : 'all'}`
            }
          />
        </div>
      </div>
      {(error || loadError) && (
        <p role="alert" class="form-error">
          {error || loadError}
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
          ids === undefined ? (
            <div class="state" role="status">
              <div class="spinner" aria-hidden="true" />
              <p>Loading notes…</p>
            </div>
          ) : filtered ? (
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
