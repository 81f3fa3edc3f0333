/**
 * The element renderer: wraps the text of each range in `<rhetoric-lens-mark>`
 * elements (the way annotation tools such as Hypothesis draw highlights). Used
 * where the CSS Custom Highlight API is missing, or when the reader asks for
 * elements in settings.
 *
 * Removal leaves no trace: every text node that had to be split gets its text
 * back in the original node object (its identity matters to the page's own
 * scripts and to other ranges), the split-off pieces go, and so do the
 * wrappers.
 */
import { WRAPPER_TAG } from '../page/exclusions';
import { type HighlightRenderer, KIND_PRIORITY, type PaintItem } from './renderer';

/** A page text node split at item boundaries: its original text and its pieces, first piece the node itself. */
interface Split {
  data: string;
  offsets: number[];
  pieces: Text[];
}

export class WrapperRenderer implements HighlightRenderer {
  readonly mutatesDom = true;
  private splits = new Map<Text, Split>();
  private ofItem = new Map<PaintItem, HTMLElement[]>();
  private itemOf = new Map<Element, PaintItem>();

  constructor(private readonly doc: Document = document) {}

  /**
   * Text nodes are first split at every item boundary (computed up front, not
   * through live-range updates, which not every DOM implements), so each item
   * covers whole nodes; each node then gets one wrapper per item covering it,
   * the most specific kind innermost. Afterwards each item's `range` spans its
   * own wrappers, because moving nodes collapses live ranges.
   */
  paint(items: readonly PaintItem[]): void {
    this.clear();
    // Read before splitting: a DOM may move or clamp live ranges when their text node splits.
    const bounds = items.map(
      ({ range: r }) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset] as const,
    );
    for (const [sc, so, ec, eo] of bounds) {
      this.cutAt(sc, so);
      this.cutAt(ec, eo);
    }
    for (const [node, split] of this.splits) {
      split.offsets.sort((a, b) => a - b);
      for (let i = split.offsets.length - 1; i >= 0; i--)
        split.pieces.splice(1, 0, node.splitText(split.offsets[i]!));
    }
    const covering = new Map<Text, PaintItem[]>();
    for (const [i, item] of items.entries()) {
      const [sc, so, ec, eo] = bounds[i]!;
      const range = this.doc.createRange();
      range.setStart(...this.piecePoint(sc, so, 1));
      range.setEnd(...this.piecePoint(ec, eo, 0));
      for (const node of wholeTextNodesIn(range)) covering.set(node, [...(covering.get(node) ?? []), item]);
    }
    for (const [node, list] of covering) {
      list.sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
      for (const item of list) {
        const wrapper = this.doc.createElement(WRAPPER_TAG);
        wrapper.dataset.kind = item.kind;
        wrapper.dataset.label = item.label;
        // Less specific items came first: each new wrapper goes right around the text, inside theirs.
        node.parentNode?.insertBefore(wrapper, node);
        wrapper.append(node);
        this.itemOf.set(wrapper, item);
        this.ofItem.set(item, [...(this.ofItem.get(item) ?? []), wrapper]);
      }
    }
    for (const [item, wrappers] of this.ofItem) {
      const range = this.doc.createRange();
      range.setStartBefore(wrappers[0]!);
      range.setEndAfter(wrappers[wrappers.length - 1]!);
      item.range = range;
    }
  }

  focus(item: PaintItem | null): void {
    for (const w of this.itemOf.keys()) w.removeAttribute('data-focus');
    for (const w of (item && this.ofItem.get(item)) ?? []) w.setAttribute('data-focus', '');
  }

  clear(): void {
    for (const w of this.itemOf.keys()) if (w.parentNode) w.replaceWith(...w.childNodes);
    for (const [node, split] of this.splits) {
      node.data = split.data;
      for (const piece of split.pieces.slice(1)) piece.remove();
    }
    this.splits.clear();
    this.ofItem.clear();
    this.itemOf.clear();
  }

  /** The innermost wrapper under the point is the most specific finding there (a figure inside a claim). */
  itemAt(x: number, y: number): PaintItem | null {
    const wrapper = this.doc.elementFromPoint(x, y)?.closest(WRAPPER_TAG);
    return (wrapper && this.itemOf.get(wrapper)) ?? null;
  }

  private cutAt(node: Node, offset: number): void {
    if (node.nodeType !== 3 || offset <= 0 || offset >= (node as Text).length) return;
    const split = this.splits.get(node as Text) ?? {
      data: (node as Text).data,
      offsets: [],
      pieces: [node as Text],
    };
    if (!split.offsets.includes(offset)) split.offsets.push(offset);
    this.splits.set(node as Text, split);
  }

  /** Where an original boundary point lies among the pieces: `side` 1 takes the piece after a cut, 0 the one before. */
  private piecePoint(container: Node, offset: number, side: 0 | 1): [Node, number] {
    const split = container.nodeType === 3 ? this.splits.get(container as Text) : undefined;
    if (!split) return [container, offset];
    const k = split.offsets.indexOf(offset);
    if (k >= 0) {
      const piece = split.pieces[k + side]!;
      return [piece, side ? 0 : piece.length];
    }
    const last = split.pieces[split.pieces.length - 1]!;
    return offset === 0 ? [split.pieces[0]!, 0] : [last, last.length];
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
