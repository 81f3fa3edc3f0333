/**
 * How the controller draws findings on the page. The CSS Custom Highlight
 * renderer (css-highlights.ts) paints ranges without touching the page's DOM;
 * every browser the extension supports has the API (Chrome 105+, Firefox
 * 140+; see the manifest's minimum versions), so there is no element-wrapping
 * fallback.
 */
import type { FindingKind } from '../analysis/types';

export interface PaintItem {
  kind: FindingKind;
  /** Technique / figure type / claim type. */
  label: string;
  /** What to paint. */
  range: Range;
}

export interface HighlightRenderer {
  /** Replaces everything painted with `items` (an empty list clears). */
  paint(items: readonly PaintItem[]): void;
  /** Marks one item as the reader's current (keyboard) focus, or none. */
  focus(item: PaintItem | null): void;
  /** Removes every trace of painting from the page. */
  clear(): void;
  /** The viewport moved (scroll, resize): a renderer painting only what is near it follows. */
  viewportChanged?(): void;
}

/** Painting order: the smaller, more specific marks sit on top of claims. */
export const KIND_PRIORITY: Record<FindingKind, number> = { claim: 1, framing: 2, figure: 3 };

/** Name of a kind's highlight in `CSS.highlights` (the stylesheet styles these names). */
export const highlightName = (kind: FindingKind): string => `rl-${kind}`;
/** Name of the highlight that outlines the focused finding; it still names its kind. */
export const focusHighlightName = (kind: FindingKind): string => `rl-focus-${kind}`;
