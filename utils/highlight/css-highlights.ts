/**
 * Paints findings with the CSS Custom Highlight API: one `Highlight` per kind
 * in `CSS.highlights`, styled by `::highlight(rl-<kind>)` rules in the
 * content-script stylesheet. The page's DOM is never touched.
 *
 * A long list (more than FULL_PAINT_LIMIT items) is registered a window at a
 * time, around the viewport (./viewport-window.ts), and the window follows
 * scrolling (`viewportChanged`): the browser's rendering work after each
 * change grows with the number of registered ranges, not with what shows.
 */
import type { FindingKind } from '../analysis/types';
import {
  focusHighlightName,
  type HighlightRenderer,
  highlightName,
  KIND_PRIORITY,
  type PaintItem,
} from './renderer';
import { windowAround } from './viewport-window';

const KINDS: FindingKind[] = ['claim', 'figure', 'framing'];

/** Up to this many items are all registered at once. */
export const FULL_PAINT_LIMIT = 2000;

export const supportsCssHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class CssHighlightRenderer implements HighlightRenderer {
  readonly mutatesDom = false;
  private focused: FindingKind | null = null;
  /** The whole list when it is painted a window at a time. */
  private windowed: readonly PaintItem[] | null = null;
  private shown = { from: 0, to: 0 };

  paint(items: readonly PaintItem[]): void {
    if (items.length <= FULL_PAINT_LIMIT) {
      this.windowed = null;
      this.register(items);
      return;
    }
    this.windowed = items;
    this.shown = { from: 0, to: 0 };
    this.viewportChanged();
  }

  /** The reader scrolled or resized: move the window when the viewport nears its edge. */
  viewportChanged(): void {
    const items = this.windowed;
    if (!items) return;
    const rectOf = (i: number) => (items[i] as PaintItem).range.getBoundingClientRect();
    const next = windowAround(items.length, rectOf, innerHeight);
    const core = windowAround(items.length, rectOf, innerHeight, { screens: 0, pad: 0 });
    // Still covering what is visible with room to spare: leave the registry alone.
    if (this.shown.to > this.shown.from && core.from >= this.shown.from && core.to <= this.shown.to) {
      const room = Math.min(core.from - this.shown.from, this.shown.to - core.to);
      if (room >= (next.to - next.from) / 4) return;
    }
    this.shown = next;
    this.register(items.slice(next.from, next.to));
  }

  private register(items: readonly PaintItem[]): void {
    const byKind = new Map<FindingKind, Range[]>(KINDS.map((k) => [k, []]));
    for (const item of items) byKind.get(item.kind)?.push(item.range);
    for (const kind of KINDS) {
      const ranges = byKind.get(kind) ?? [];
      if (ranges.length === 0) {
        CSS.highlights.delete(highlightName(kind));
        continue;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = KIND_PRIORITY[kind];
      CSS.highlights.set(highlightName(kind), highlight);
    }
  }

  focus(item: PaintItem | null): void {
    if (this.focused) CSS.highlights.delete(focusHighlightName(this.focused));
    this.focused = item?.kind ?? null;
    if (!item) return;
    const highlight = new Highlight(item.range);
    highlight.priority = 10;
    CSS.highlights.set(focusHighlightName(item.kind), highlight);
  }

  clear(): void {
    for (const kind of KINDS) {
      CSS.highlights.delete(highlightName(kind));
      CSS.highlights.delete(focusHighlightName(kind));
    }
    this.focused = null;
    this.windowed = null;
  }
}
