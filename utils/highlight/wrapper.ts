/**
 * Fallback renderer for browsers without the CSS Custom Highlight API: wraps
 * the text of each range in `<rhetoric-lens-mark>` elements (the way
 * annotation tools such as Hypothesis draw highlights).
 *
 * Removal leaves no trace: every text node that had to be split is put back
 * together into the original node object (its identity matters to the page's
 * own scripts and to other ranges), and every wrapper is removed.
 */
import { WRAPPER_TAG } from '../page/exclusions';
import { type HighlightRenderer, KIND_PRIORITY, type PaintItem } from './renderer';

interface SplitRecord {
  /** The page's text node, shortened by splitText; restored on clear. */
  original: Text;
  /** The pieces split off it, in order. */
  pieces: Text[];
}

export class WrapperRenderer implements HighlightRenderer {
  readonly mutatesDom = true;
  private wrappers: HTMLElement[] = [];
  private splits = new Map<Text, SplitRecord>();
  private itemWrappers = new Map<PaintItem, HTMLElement[]>();

  constructor(private readonly doc: Document = document) {}

  /**
   * Wraps every item's text. Items may overlap (a figure inside a claim): text
   * nodes are first split at every boundary, so each item covers whole nodes;
   * each node then gets one nested wrapper per item covering it (the highest
   * priority innermost). Afterwards each item's `range` is reset to span its
   * own wrappers, because moving nodes collapses live ranges.
   */
  paint(items: readonly PaintItem[]): void {
    this.clear();
    // Split every text node at every boundary first (not relying on live-range
    // updates, which not every DOM implements), then re-express each range on the pieces.
    const cuts = new Map<Text, Set<number>>();
    const addCut = (node: Node, offset: number) => {
      if (node.nodeType !== 3 || offset <= 0 || offset >= (node as Text).length) return;
      const set = cuts.get(node as Text) ?? new Set<number>();
      set.add(offset);
      cuts.set(node as Text, set);
    };
    const bounds = items.map((item) => {
      const r = item.range;
      addCut(r.startContainer, r.startOffset);
      addCut(r.endContainer, r.endOffset);
      return { sc: r.startContainer, so: r.startOffset, ec: r.endContainer, eo: r.endOffset };
    });
    const pieces = new Map<Text, { offsets: number[]; pieces: Text[] }>();
    for (const [node, set] of cuts) {
      const offsets = [...set].sort((a, b) => a - b);
      const tail: Text[] = [];
      for (let i = offsets.length - 1; i >= 0; i--) tail.unshift(this.split(node, offsets[i] as number));
      pieces.set(node, { offsets, pieces: [node, ...tail] });
    }
    const point = (container: Node, offset: number, side: 'start' | 'end'): [Node, number] => {
      const entry = container.nodeType === 3 ? pieces.get(container as Text) : undefined;
      if (!entry) return [container, offset];
      const k = entry.offsets.indexOf(offset);
      if (k >= 0)
        return side === 'start'
          ? [entry.pieces[k + 1] as Text, 0]
          : [entry.pieces[k] as Text, (entry.pieces[k] as Text).length];
      // Not a cut: the very start or end of the original node.
      const last = entry.pieces[entry.pieces.length - 1] as Text;
      return offset === 0 ? [entry.pieces[0] as Text, 0] : [last, last.length];
    };
    items.forEach((item, i) => {
      const b = bounds[i] as (typeof bounds)[number];
      const range = this.doc.createRange();
      range.setStart(...point(b.sc, b.so, 'start'));
      range.setEnd(...point(b.ec, b.eo, 'end'));
      item.range = range;
    });
    const covering = new Map<Text, PaintItem[]>();
    for (const item of items) {
      for (const node of wholeTextNodesIn(item.range)) {
        const list = covering.get(node) ?? [];
        list.push(item);
        covering.set(node, list);
      }
    }
    for (const [node, list] of covering) {
      list.sort((a, b) => KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind]);
      let inner: Node = node;
      for (const item of list) {
        const wrapper = this.doc.createElement(WRAPPER_TAG);
        wrapper.dataset.kind = item.kind;
        wrapper.dataset.label = item.label;
        inner.parentNode?.insertBefore(wrapper, inner);
        wrapper.append(inner);
        inner = wrapper;
        this.wrappers.push(wrapper);
        const own = this.itemWrappers.get(item) ?? [];
        own.push(wrapper);
        this.itemWrappers.set(item, own);
      }
    }
    for (const item of items) {
      const own = this.itemWrappers.get(item);
      if (!own?.length) continue;
      const range = this.doc.createRange();
      range.setStartBefore(own[0] as Node);
      range.setEndAfter(own[own.length - 1] as Node);
      item.range = range;
    }
  }

  focus(item: PaintItem | null): void {
    for (const w of this.wrappers) w.removeAttribute('data-focus');
    if (item) for (const w of this.itemWrappers.get(item) ?? []) w.setAttribute('data-focus', '');
  }

  clear(): void {
    for (const w of this.wrappers) {
      if (w.parentNode) w.replaceWith(...w.childNodes);
    }
    for (const { original, pieces } of new Set(this.splits.values())) {
      original.data += pieces.map((p) => p.data).join('');
      for (const p of pieces) p.remove();
    }
    this.wrappers = [];
    this.splits.clear();
    this.itemWrappers.clear();
  }

  /** splitText, remembering the piece so clear() can merge it back into the page's original node. */
  private split(node: Text, offset: number): Text {
    const piece = node.splitText(offset);
    const record = this.recordOf(node);
    const index = record.original === node ? 0 : record.pieces.indexOf(node) + 1;
    record.pieces.splice(index, 0, piece);
    this.splits.set(piece, record);
    return piece;
  }

  private recordOf(node: Text): SplitRecord {
    let record = this.splits.get(node);
    if (!record) {
      record = { original: node, pieces: [] };
      this.splits.set(node, record);
    }
    return record;
  }
}

/** The non-empty text nodes lying wholly inside a range, in document order. */
function wholeTextNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return (root as Text).length > 0 && !range.collapsed ? [root as Text] : [];
  const walker = (root.ownerDocument as Document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.length > 0 && range.comparePoint(n, 0) >= 0 && range.comparePoint(n, n.length) <= 0) nodes.push(n);
  }
  return nodes;
}
