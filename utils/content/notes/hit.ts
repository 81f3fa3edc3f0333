/** Which drawn note is under the pointer (highlights are not elements, so this is computed). */
import { offsetOfPoint, type TextMap } from '../../page/text-map';
import { caretAt } from '../hit-test';

export interface HitItem {
  start: number;
  end: number;
  range: Range;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The shortest note covering viewport point (x, y), or null. */
export function noteAt<T extends HitItem>(map: TextMap, items: readonly T[], x: number, y: number): T | null {
  if (items.length === 0) return null;
  const caret = caretAt(map.root.ownerDocument, x, y);
  if (!caret || !map.root.contains(caret.node)) return null;
  const offset = offsetOfPoint(map, caret.node, caret.offset, 'forward');
  if (offset === null) return null;
  const candidates = items.filter((n) => n.start <= offset && offset <= n.end);
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const item of candidates) {
    if (contains(item.range.getClientRects(), x, y)) return item;
  }
  return null;
}
