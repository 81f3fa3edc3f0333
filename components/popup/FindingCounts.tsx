/**
 * Counts of findings painted on the page, one switch per kind. The switches
 * write the same settings the on-page legend reads, so both stay in step.
 */
import type { FindingKind } from '@/utils/analysis/types';
import { type Settings, updateSettings } from '@/utils/settings';
import { KINDS } from '../shared/kinds';

export interface FindingCountsProps {
  counts: Record<FindingKind, number>;
  settings: Settings | undefined;
}

export function FindingCounts({ counts, settings }: FindingCountsProps) {
  const toggle = (kind: FindingKind, on: boolean) => {
    if (!settings) return;
    void updateSettings({ kinds: { ...settings.kinds, [kind]: on } });
  };
  return (
    <ul class="counts" aria-label="Findings on this page">
      {KINDS.map(({ id, plural }) => {
        const on = settings?.kinds[id] ?? true;
        return (
          <li key={id} class={`count kind-${id}${on ? '' : ' off'}`}>
            <label>
              <span class="count-number" data-kind={id}>
                {counts[id] ?? 0}
              </span>
              <span class="count-name">{plural}</span>
              <input
                type="checkbox"
                role="switch"
                aria-checked={on}
                class="switch"
                checked={on}
                disabled={!settings}
                aria-label={`Highlight ${plural.toLowerCase()}`}
                onChange={(e) => toggle(id, e.currentTarget.checked)}
              />
            </label>
          </li>
        );
      })}
    </ul>
  );
}
