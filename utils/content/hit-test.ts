/**
 * Which painted finding is under the pointer. Highlights are not elements, so
 * there is nothing to hover: we ask the browser for the caret position at the
 * point (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`), turn it
 * into a text offset, pick the most specific finding covering it, and confirm
 * the point really lies on that finding's line boxes (a caret is also returned
 * for blank space beside the text).
 */
import { offsetOfPoint, type TextMap } from '../page/text-map';
import type { PageItem } from './findings';

interface CaretApis {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretApis;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * The painted finding at viewport point (x, y), or null. `items` are sorted by
 * start. Among overlapping findings the shortest (a figure inside a claim) wins.
 */
export function findingAt(map: TextMap, items: readonly PageItem[], x: number, y: number): PageItem | null {
  if (items.length === 0) return null;
  const caret = caretAt(map.root.ownerDocument, x, y);
  if (!caret || !map.root.contains(caret.node)) return null;
  const offset = offsetOfPoint(map, caret.node, caret.offset, 'forward');
  if (offset === null) return null;
  // The caret sits between characters: look at the character after it and the one before.
  const candidates = items.filter((f) => f.start <= offset && offset <= f.end);
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const item of candidates) {
    if (contains(item.range.getClientRects(), x, y)) return item;
  }
  return null;
}
