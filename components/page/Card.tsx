/**
 * The small card that explains one finding: kind, technique or figure type,
 * the explanation, the normalised value of a figure, and "Add note".
 * Positioned next to the finding (viewport coordinates), never over it.
 */
import { kindName, techniqueName } from '@/components/shared/kinds';
import type { Finding } from '@/utils/analysis/types';
import { formatFigureValue } from './format';

export interface CardAnchor {
  /** The finding's box in viewport coordinates. */
  top: number;
  bottom: number;
  left: number;
}

export interface CardProps {
  finding: Finding & { text: string };
  anchor: CardAnchor;
  /** 3 of 41, when the reader is stepping through findings. */
  position?: { index: number; total: number };
  canAddNote: boolean;
  onAddNote(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const CARD_WIDTH = 320;

export function Card({
  finding,
  anchor,
  position,
  canAddNote,
  onAddNote,
  onClose,
  onPointerEnter,
  onPointerLeave,
}: CardProps) {
  const value = finding.kind === 'figure' ? formatFigureValue(finding.value) : null;
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const left = Math.max(8, Math.min(anchor.left, viewportWidth - CARD_WIDTH - 8));
  // Below the finding when there is room, otherwise above it.
  const below = anchor.bottom + 8 + 180 < window.innerHeight || anchor.top < 200;
  const style = below
    ? { left: `${left}px`, top: `${anchor.bottom + 6}px` }
    : { left: `${left}px`, bottom: `${window.innerHeight - anchor.top + 6}px` };
  const titleId = 'rl-card-title';
  return (
    <div
      class={`card kind-${finding.kind}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      style={style}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div class="card-head">
        <span class={`sample sample-${finding.kind}`} aria-hidden="true">
          abc
        </span>
        <h2 id={titleId} class="card-title">
          {kindName(finding.kind)}
          <span class="card-label"> · {techniqueName(finding.label)}</span>
        </h2>
        {position && (
          <span class="card-pos">
            {position.index + 1} / {position.total}
          </span>
        )}
        <button type="button" class="icon-btn" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="card-quote">
        “{finding.text.length > 160 ? `${finding.text.slice(0, 157)}…` : finding.text}”
      </p>
      <p class="card-explanation">{finding.explanation}</p>
      {value && (
        <p class="card-value">
          <span class="muted">Value:</span> {value}
          {finding.measures ? <span class="muted"> ({finding.measures})</span> : null}
        </p>
      )}
      <div class="card-actions">
        <button
          type="button"
          class="btn"
          onClick={onAddNote}
          disabled={!canAddNote}
          title={canAddNote ? 'Write a note about this passage' : 'Notes are not available'}
        >
          Add note
        </button>
      </div>
    </div>
  );
}
