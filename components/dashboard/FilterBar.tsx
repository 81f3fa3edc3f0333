/** Search box, filters, sort and view switch of the dashboard's notes. */
import type { FindingKind } from '@/utils/analysis/types';
import type { NoteSort } from '@/utils/db';
import { KINDS } from '../shared/kinds';
import { labelName } from '../shared/LabelSelect';
import { EMPTY_FILTERS, type Filters, isFiltered, SORTS } from './filters';

export type View = 'list' | 'pages';

export interface FilterBarProps {
  filters: Filters;
  onChange(next: Filters): void;
  view: View;
  onViewChange(view: View): void;
  tags: readonly string[];
  sites: readonly string[];
  labels: readonly { id: string; name: string }[];
  labelsInUse: readonly string[];
}

export function FilterBar({
  filters,
  onChange,
  view,
  onViewChange,
  tags,
  sites,
  labels,
  labelsInUse,
}: FilterBarProps) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const labelIds = [...new Set([...labels.map((l) => l.id), ...labelsInUse])];
  return (
    <search class="filters" aria-label="Search and filter notes">
      <label class="field search-field">
        <span>Search notes</span>
        <input
          type="search"
          value={filters.text}
          placeholder="Words in notes, quotes, page titles or tags"
          onInput={(e) => set('text', e.currentTarget.value)}
        />
      </label>
      <div class="filter-grid">
        <label class="field">
          <span>Tag</span>
          <select value={filters.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Label</span>
          <select value={filters.label} onChange={(e) => set('label', e.currentTarget.value)}>
            <option value="">Any label</option>
            {labelIds.map((id) => (
              <option key={id} value={id}>
                {labelName(id, labels)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Site</span>
          <select value={filters.site} onChange={(e) => set('site', e.currentTarget.value)}>
            <option value="">Any site</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Finding kind</span>
          <select
            value={filters.kind}
            onChange={(e) => set('kind', e.currentTarget.value as FindingKind | '')}
          >
            <option value="">Any</option>
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.plural}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>From</span>
          <input
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onInput={(e) => set('from', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>To</span>
          <input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onInput={(e) => set('to', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Sort</span>
          <select value={filters.sort} onChange={(e) => set('sort', e.currentTarget.value as NoteSort)}>
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="view-switch">
          <legend>Show</legend>
          <label>
            <input type="radio" name="view" checked={view === 'list'} onChange={() => onViewChange('list')} />{' '}
            All notes
          </label>
          <label>
            <input
              type="radio"
              name="view"
              checked={view === 'pages'}
              onChange={() => onViewChange('pages')}
            />{' '}
            By page
          </label>
        </fieldset>
      </div>
      {isFiltered(filters) && (
        <button
          type="button"
          class="btn btn-quiet clear-filters"
          onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort })}
        >
          Clear search and filters
        </button>
      )}
    </search>
  );
}
