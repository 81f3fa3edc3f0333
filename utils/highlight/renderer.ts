/**
 * One interface for drawing findings on the page, whatever the browser offers.
 * The CSS Custom Highlight renderer (css-highlights.ts) paints ranges without
 * touching the page's DOM. Where the API is missing (it should not be in the
 * browsers the manifest allows, but a browser may ship without it or a page's
 * world may lack it), the wrapper renderer (wrapper.ts) wraps text in custom
 * elements that it removes without trace.
 */
import type { FindingKind } from '../analysis/types';

export interface PaintItem {
  kind: FindingKind;
  /** Technique / figure type / claim type. */
  label: string;
  /** What to paint. The wrapper renderer replaces it with a range around its wrappers. */
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
  /**
   * The painted item at viewport point (x, y), for renderers that can tell
   * from the elements they drew; the others leave hit-testing to the text map.
   */
  itemAt?(x: number, y: number): PaintItem | null;
  /** True when painting changes the page's DOM (the page watcher must ignore it, ranges must be re-made after). */
  readonly mutatesDom: boolean;
}

/** Painting order: the smaller, more specific marks sit on top of claims. */
export const KIND_PRIORITY: Record<FindingKind, number> = { claim: 1, framing: 2, figure: 3 };

/** Name of a kind's highlight in `CSS.highlights` (the stylesheet styles these names). */
export const highlightName = (kind: FindingKind): string => `rl-${kind}`;
/** Name of the highlight that outlines the focused finding; it still names its kind. */
export const focusHighlightName = (kind: FindingKind): string => `rl-focus-${kind}`;
