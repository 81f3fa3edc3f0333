/**
 * Paints findings with the CSS Custom Highlight API: one `Highlight` per kind
 * in `CSS.highlights`, styled by `::highlight(rl-<kind>)` rules in the
 * content-script stylesheet. The page's DOM is never touched.
 */
import type { FindingKind } from '../analysis/types';
import {
  focusHighlightName,
  type HighlightRenderer,
  highlightName,
  KIND_PRIORITY,
  type PaintItem,
} from './renderer';

const KINDS: FindingKind[] = ['claim', 'figure', 'framing'];

export const supportsCssHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class CssHighlightRenderer implements HighlightRenderer {
  readonly mutatesDom = false;
  private focused: FindingKind | null = null;

  paint(items: readonly PaintItem[]): void {
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

  /** Adds items to what is painted, so a long list can be painted across several tasks. */
  append(items: readonly PaintItem[]): void {
    for (const item of items) {
      const name = highlightName(item.kind);
      let highlight = CSS.highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = KIND_PRIORITY[item.kind];
        CSS.highlights.set(name, highlight);
      }
      highlight.add(item.range);
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
  }
}
