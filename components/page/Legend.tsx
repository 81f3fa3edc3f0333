/**
 * The compact on-page legend: counts per kind, toggles per kind and per
 * technique, next/previous finding, hide highlights, turn off on this site.
 * Collapsed it is a single bar; expanded it lists techniques.
 */

import { useState } from 'preact/hooks';
import { KINDS, techniqueName } from '@/components/shared/kinds';
import type { FindingKind } from '@/utils/analysis/types';

export interface LegendProps {
  open: boolean;
  /** Findings per kind after technique filters (what would be painted with the kind on). */
  counts: Record<FindingKind, number>;
  /** Detected findings per label, per kind (including hidden labels). */
  labelCounts: Record<FindingKind, Record<string, number>>;
  kinds: Record<FindingKind, boolean>;
  hiddenLabels: readonly string[];
  visible: boolean;
  analysing: boolean;
  focus: { index: number; total: number };
  onToggleOpen(): void;
  onToggleKind(kind: FindingKind, on: boolean): void;
  onToggleLabel(label: string, on: boolean): void;
  onStep(delta: 1 | -1): void;
  onToggleVisible(): void;
  onDisableSite(): void;
}

export function Legend(props: LegendProps) {
  const { open, counts, kinds, visible, focus } = props;
  const [expandedKind, setExpandedKind] = useState<FindingKind | null>(null);
  const total = focus.total;
  return (
    <section class={`legend${open ? ' open' : ''}`} aria-label="Rhetoric Lens legend">
      <div class="legend-bar">
        <button
          type="button"
          class="legend-toggle"
          aria-expanded={open}
          aria-label={open ? 'Collapse the Rhetoric Lens legend' : 'Expand the Rhetoric Lens legend'}
          onClick={props.onToggleOpen}
        >
          <span class="logo" aria-hidden="true">
            RL
          </span>
          {KINDS.map((k) => (
            <span key={k.id} class={`chip${kinds[k.id] && visible ? '' : ' off'}`} title={k.plural}>
              <span class={`sample sample-${k.id}`} aria-hidden="true">
                abc
              </span>
              {counts[k.id]}
              <span class="sr-only"> {k.plural.toLowerCase()}</span>
            </span>
          ))}
          {props.analysing && <span class="muted">…</span>}
        </button>
        <button
          type="button"
          class="icon-btn"
          aria-label="Previous finding"
          disabled={total === 0}
          onClick={() => props.onStep(-1)}
        >
          ‹
        </button>
        <span class="pos" aria-live="polite">
          {total === 0 ? '0' : focus.index < 0 ? `${total}` : `${focus.index + 1}/${total}`}
        </span>
        <button
          type="button"
          class="icon-btn"
          aria-label="Next finding"
          disabled={total === 0}
          onClick={() => props.onStep(1)}
        >
          ›
        </button>
      </div>
      {open && (
        <div class="legend-body">
          <ul class="kinds">
            {KINDS.map((k) => {
              const labels = Object.entries(props.labelCounts[k.id] ?? {}).sort((a, b) => b[1] - a[1]);
              const expanded = expandedKind === k.id;
              return (
                <li key={k.id} class="kind-row">
                  <div class="row">
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={kinds[k.id]}
                        aria-label={`Show ${k.plural.toLowerCase()}`}
                        onChange={(e) => props.onToggleKind(k.id, e.currentTarget.checked)}
                      />
                      <span class={`sample sample-${k.id}`} aria-hidden="true">
                        abc
                      </span>
                      <span>{k.plural}</span>
                    </label>
                    <span class="count">{counts[k.id]}</span>
                    <button
                      type="button"
                      class="icon-btn"
                      aria-expanded={expanded}
                      aria-label={`${expanded ? 'Hide' : 'Show'} ${k.name.toLowerCase()} types`}
                      disabled={labels.length === 0}
                      onClick={() => setExpandedKind(expanded ? null : k.id)}
                    >
                      {expanded ? '▾' : '▸'}
                    </button>
                  </div>
                  {expanded && (
                    <ul class="labels">
                      {labels.map(([label, n]) => (
                        <li key={label}>
                          <label class="check">
                            <input
                              type="checkbox"
                              checked={!props.hiddenLabels.includes(label)}
                              aria-label={`Show ${techniqueName(label).toLowerCase()}`}
                              onChange={(e) => props.onToggleLabel(label, e.currentTarget.checked)}
                            />
                            <span>{techniqueName(label)}</span>
                          </label>
                          <span class="count">{n}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <div class="legend-actions">
            <button type="button" class="btn" onClick={props.onToggleVisible}>
              {visible ? 'Hide highlights' : 'Show highlights'}
            </button>
            <button type="button" class="btn" onClick={props.onDisableSite}>
              Turn off on this site
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
