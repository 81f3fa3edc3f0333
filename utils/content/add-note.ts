/**
 * The card's "Add note" action, wired up by the notes feature.
 *
 *   import { onAddNoteForFinding } from '@/utils/content/add-note';
 *   onAddNoteForFinding(({ kind, label, start, end, range, text }) => openEditor(range, …));
 *
 * `start`/`end` are offsets into the current TextMap's text (the same offsets
 * `offsetsOfRange` returns), `range` is the live DOM Range painted for the
 * finding. Until a handler is registered the card's button is disabled.
 */
import type { FindingKind } from '../analysis/types';

export interface FindingForNote {
  kind: FindingKind;
  label: string;
  explanation: string;
  /** The finding's text as it reads on the page. */
  text: string;
  start: number;
  end: number;
  range: Range;
}

type Handler = (finding: FindingForNote) => void;
const handlers = new Set<Handler>();

/** Registers what "Add note" does; returns an unsubscribe function. */
export function onAddNoteForFinding(handler: Handler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

export const hasAddNoteHandler = (): boolean => handlers.size > 0;

export function requestAddNote(finding: FindingForNote): void {
  for (const handler of handlers) handler(finding);
}
