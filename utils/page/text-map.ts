/**
 * Maps the text of a DOM subtree to one string, the way a reader sees it, and
 * keeps a table from string offsets back to text nodes and forth.
 *
 * - Runs of collapsible whitespace (space, tab, CR, LF, FF) become one space;
 *   whitespace at the start or end of a block disappears. No-break spaces stay.
 * - Block elements (p, h1–h6, li, blockquote, div, td, …) start and end blocks;
 *   blocks are separated by "\n\n" and a `<br>` becomes "\n". Inline elements
 *   (a, b, span, …) never break words.
 * - Excluded elements (see exclusions.ts) contribute nothing.
 *
 * Every character of the string that came from the page belongs to a segment:
 * a run that is contiguous both in the string and in one text node. Separators
 * ("\n\n", "\n") belong to no segment. That table turns engine offsets into DOM
 * Ranges (to paint) and Ranges or selections into offsets (to anchor notes).
 *
 * Only standard DOM APIs are used, so this runs under happy-dom in Node too.
 */
import type { Block, BlockType } from '../analysis/types';
import { type ExclusionOptions, isExcluded } from './exclusions';
import { wordSet } from './word-set';

export interface TextSegment {
  node: Text;
  /** Offset in `node.data` of the segment's first character. */
  nodeStart: number;
  /** Offsets in TextMap.text, end exclusive; `end - start` characters of `node` from `nodeStart`. */
  start: number;
  end: number;
}

export interface TextMap {
  root: Element;
  text: string;
  blocks: Block[];
  /** The block-level element each block's text came from (parallel to `blocks`). */
  blockElements: Element[];
  /** Sorted by `start`, non-overlapping. */
  segments: TextSegment[];
  /** Index in `segments` of each mapped text node's first segment. */
  firstSegmentOf: Map<Text, number>;
}

/** Elements that begin and end a block of text. */
const BLOCK_TAGS = wordSet(
  `address article aside blockquote body caption center dd details dialog div dl dt fieldset
   figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section
   summary table tbody td tfoot th thead tr ul`,
);

export const isBlockElement = (el: Element): boolean => BLOCK_TAGS.has(el.localName);

/** What kind of block text directly inside `el` forms; `quote` wins for anything inside a blockquote. */
export function blockTypeOf(el: Element, root: Element): BlockType {
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.localName === 'blockquote' || cur.localName === 'q') return 'quote';
    if (cur === root) break;
  }
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return 'list-item';
  if (tag === 'td' || tag === 'th') return 'other';
  return 'paragraph';
}

const normaliseLang = (lang: string | null | undefined): string | undefined =>
  lang?.trim().toLowerCase() || undefined;

/**
 * Whitespace that does not map one to one onto the mapped text: runs of two
 * or more, any tab/newline/CR/FF, and any run at the start or end of a text
 * node. A lone space between two words stays as it is, so the words around it
 * are emitted in one piece.
 */
const COLLAPSED = /^[ \t\n\r\f]+|[ \t\n\r\f]+$|[ \t\n\r\f]{2,}|[\t\n\r\f]/g;

class Builder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: TextSegment[] = [];
  readonly blocks: Block[] = [];
  readonly blockElements: Element[] = [];
  private blockOpen = false;
  /** Where a collapsed whitespace run was seen, to become one mapped space before the next word. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  /** A separator with no page character behind it: "\n" for `<br>`, " " where an excluded inline element sat. */
  private pendingGap: '' | ' ' | '\n' = '';
  /** Index in `parts` where the open block's text begins. */
  private blockPartStart = 0;
  /** The language the root inherits (`closest('[lang]')` once, not once per block). */
  private rootLang: string | undefined | null = null;

  constructor(
    private readonly root: Element,
    private readonly opts: ExclusionOptions,
    /** Told about each block as soon as it is complete, with its text (streaming analysis). */
    private readonly onBlock?: (block: Block, text: string) => void,
  ) {
    this.cursor = root.firstChild;
  }

  /** Next node to visit in document order (null when done). */
  private cursor: Node | null;

  /**
   * Visits up to `limit` nodes; returns true when the whole subtree is mapped.
   * Iterative (no recursion), so deep pages cannot overflow the stack and the
   * work can be split across tasks.
   */
  walk(limit = Number.POSITIVE_INFINITY): boolean {
    for (let n = 0; this.cursor && n < limit; n++) {
      const node: Node = this.cursor;
      if (node.nodeType === 3) {
        this.text(node as Text);
        this.cursor = this.after(node);
        continue;
      }
      if (node.nodeType !== 1) {
        this.cursor = this.after(node);
        continue;
      }
      const element = node as Element;
      if (element.localName === 'br') {
        if (this.blockOpen) this.pendingGap = '\n';
        this.cursor = this.after(node);
        continue;
      }
      const block = isBlockElement(element);
      if (isExcluded(element, this.opts)) {
        // An excluded element between words still separates them, as it does on screen.
        if (block) this.closeBlock();
        else if (this.blockOpen && this.pendingGap === '') this.pendingGap = ' ';
        this.cursor = this.after(node);
        continue;
      }
      if (block) this.closeBlock();
      this.cursor = element.firstChild ?? this.after(node);
    }
    if (!this.cursor) this.closeBlock();
    return !this.cursor;
  }

  /** The node after `node`'s subtree, closing the blocks of the elements we leave on the way up. */
  private after(node: Node): Node | null {
    if (node !== this.root && node.nodeType === 1 && isBlockElement(node as Element) && !node.firstChild)
      this.closeBlock();
    for (let cur: Node | null = node; cur && cur !== this.root; cur = cur.parentNode) {
      if (cur.nextSibling) return cur.nextSibling;
      const parent: Node | null = cur.parentNode;
      if (parent && parent !== this.root && parent.nodeType === 1 && isBlockElement(parent as Element))
        this.closeBlock();
    }
    return null;
  }

  private text(node: Text): void {
    const data = node.data;
    let i = 0;
    COLLAPSED.lastIndex = 0;
    for (let m = COLLAPSED.exec(data); ; m = COLLAPSED.exec(data)) {
      const wsStart = m ? m.index : data.length;
      if (wsStart > i) this.word(node, i, wsStart);
      if (!m) break;
      if (this.blockOpen && !this.pendingSpace) this.pendingSpace = { node, offset: m.index };
      i = m.index + m[0].length;
    }
  }

  /** The language declared on `el` or its nearest ancestor. */
  private langOf(el: Element): string | undefined {
    for (let cur: Element | null = el; cur && cur !== this.root; cur = cur.parentElement) {
      const lang = cur.getAttribute('lang');
      if (lang !== null) return normaliseLang(lang);
    }
    if (this.rootLang === null)
      this.rootLang = normaliseLang(this.root.closest('[lang]')?.getAttribute('lang'));
    return this.rootLang;
  }

  /** Emits node.data[from, to): words separated by single spaces, which map one to one. */
  private word(node: Text, from: number, to: number): void {
    if (!this.blockOpen) {
      this.openBlock(node);
    } else if (this.pendingGap === '\n') {
      this.push('\n');
    } else if (this.pendingSpace) {
      this.emit(this.pendingSpace.node, this.pendingSpace.offset, ' ');
    } else if (this.pendingGap === ' ') {
      this.push(' ');
    }
    this.pendingSpace = null;
    this.pendingGap = '';
    this.emit(node, from, node.data.slice(from, to));
  }

  private openBlock(node: Text): void {
    if (this.length > 0) this.push('\n\n');
    this.blockPartStart = this.parts.length;
    let owner = node.parentElement ?? this.root;
    while (owner !== this.root && !isBlockElement(owner) && owner.parentElement) owner = owner.parentElement;
    this.blocks.push({
      start: this.length,
      end: this.length,
      type: blockTypeOf(owner, this.root),
      lang: this.langOf(owner),
    });
    this.blockElements.push(owner);
    this.blockOpen = true;
  }

  private closeBlock(): void {
    if (this.blockOpen) {
      const block = this.blocks[this.blocks.length - 1];
      if (block) {
        block.end = this.length;
        this.onBlock?.(block, this.parts.slice(this.blockPartStart).join(''));
      }
    }
    this.blockOpen = false;
    this.pendingSpace = null;
    this.pendingGap = '';
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Appends text that comes from `node` at `nodeOffset`, extending the last segment when contiguous. */
  private emit(node: Text, nodeOffset: number, s: string): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === this.length &&
      last.nodeStart + (last.end - last.start) === nodeOffset
    ) {
      last.end += s.length;
    } else {
      this.segments.push({ node, nodeStart: nodeOffset, start: this.length, end: this.length + s.length });
    }
    this.push(s);
  }

  result(): TextMap {
    const firstSegmentOf = new Map<Text, number>();
    this.segments.forEach((seg, i) => {
      if (!firstSegmentOf.has(seg.node)) firstSegmentOf.set(seg.node, i);
    });
    return {
      root: this.root,
      text: this.parts.join(''),
      blocks: this.blocks,
      blockElements: this.blockElements,
      segments: this.segments,
      firstSegmentOf,
    };
  }
}

/** Builds the text map of `root`'s content (root itself is never excluded). */
export function buildTextMap(root: Element, opts: ExclusionOptions = {}): TextMap {
  const builder = new Builder(root, opts);
  builder.walk();
  return builder.result();
}

/** Nodes visited between checks of the clock when mapping in slices. */
const NODES_PER_STEP = 64;

/**
 * The same map built in small steps: `runSteps` receives a step function
 * (true when done) and decides when to yield to the page (see
 * utils/content/idle.ts). Returns null when `runSteps` gave up. `onBlock`
 * hears each block (with its text) as soon as it is complete, in order.
 */
export async function buildTextMapInSteps(
  root: Element,
  opts: ExclusionOptions,
  runSteps: (step: () => boolean) => Promise<boolean>,
  onBlock?: (block: Block, text: string) => void,
): Promise<TextMap | null> {
  const builder = new Builder(root, opts, onBlock);
  const done = await runSteps(() => builder.walk(NODES_PER_STEP));
  return done ? builder.result() : null;
}

/** Index of the last segment whose start is <= offset, or -1. */
function segmentAtOrBefore(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((map.segments[mid] as TextSegment).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** A DOM boundary point inside a mapped text node, with the index of its segment (for ordering). */
interface MappedPoint {
  node: Text;
  offset: number;
  segment: number;
}

/**
 * The DOM point of a string offset. `forward` (for a range start) snaps an
 * offset that falls on a separator to the next page character; `backward`
 * (for a range end) snaps to just after the previous one.
 */
function mappedPoint(map: TextMap, offset: number, affinity: 'forward' | 'backward'): MappedPoint | null {
  const i = segmentAtOrBefore(map, affinity === 'backward' ? offset - 1 : offset);
  const seg = map.segments[i];
  if (affinity === 'backward') {
    if (!seg) return null;
    const end = Math.min(offset, seg.end);
    return { node: seg.node, offset: seg.nodeStart + (end - seg.start), segment: i };
  }
  if (seg && offset < seg.end)
    return { node: seg.node, offset: seg.nodeStart + (offset - seg.start), segment: i };
  const next = map.segments[i + 1];
  return next ? { node: next.node, offset: next.nodeStart, segment: i + 1 } : null;
}

export function pointAt(
  map: TextMap,
  offset: number,
  affinity: 'forward' | 'backward',
): { node: Text; offset: number } | null {
  const point = mappedPoint(map, offset, affinity);
  return point && { node: point.node, offset: point.offset };
}

/** Where a Range over two offsets of `map.text` would start and end in the DOM. */
export interface TextBounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * The DOM bounds of the text between two offsets (end exclusive), or null
 * when they cover no page character (out of bounds, or only separators).
 * Computed from the segment table alone, without creating a Range: a page
 * with thousands of findings creates Ranges only for those it shows.
 */
export function boundsOfOffsets(map: TextMap, start: number, end: number): TextBounds | null {
  if (!(end > start)) return null;
  const from = mappedPoint(map, Math.max(0, start), 'forward');
  const to = mappedPoint(map, Math.min(end, map.text.length), 'backward');
  if (!from || !to) return null;
  // Segments are in document order; within one segment, offsets are.
  if (from.segment > to.segment || (from.segment === to.segment && from.offset >= to.offset)) return null;
  return { startNode: from.node, startOffset: from.offset, endNode: to.node, endOffset: to.offset };
}

/** A live DOM Range over `bounds`. */
export function rangeOfBounds(bounds: TextBounds): Range {
  const range = bounds.startNode.ownerDocument.createRange();
  range.setStart(bounds.startNode, bounds.startOffset);
  range.setEnd(bounds.endNode, bounds.endOffset);
  return range;
}

/**
 * A live DOM Range over the text between two offsets of `map.text` (end
 * exclusive), or null when the offsets cover no page character (out of
 * bounds, or only separators). Note selectors go through here.
 */
export function rangeOfOffsets(map: TextMap, start: number, end: number): Range | null {
  const bounds = boundsOfOffsets(map, start, end);
  if (!bounds) return null;
  const range = rangeOfBounds(bounds);
  return range.collapsed ? null : range;
}

/** Offset in map.text of a DOM boundary point; `forward` for range starts, `backward` for range ends. */
export function offsetOfPoint(
  map: TextMap,
  container: Node,
  offset: number,
  affinity: 'forward' | 'backward',
): number | null {
  const first = container.nodeType === 3 ? map.firstSegmentOf.get(container as Text) : undefined;
  if (first !== undefined) {
    // A text node we mapped: read the offset straight from its segments.
    let result = (map.segments[first] as TextSegment).start;
    for (let i = first; i < map.segments.length; i++) {
      const seg = map.segments[i] as TextSegment;
      if (seg.node !== container) break;
      if (offset < seg.nodeStart) break;
      result = Math.min(seg.end, seg.start + (offset - seg.nodeStart));
    }
    return result;
  }
  // Anywhere else (an element boundary, an excluded or whitespace-only node):
  // binary search for where the point falls between segments in document order.
  const probe = map.root.ownerDocument.createRange();
  try {
    probe.setStart(container, offset);
  } catch {
    return null;
  }
  let lo = 0;
  let hi = map.segments.length;
  // First segment whose start point lies after the probe point.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = map.segments[mid] as TextSegment;
    let cmp: number;
    try {
      cmp = probe.comparePoint(seg.node, seg.nodeStart);
    } catch {
      return null;
    }
    if (cmp <= 0) lo = mid + 1;
    else hi = mid;
  }
  if (affinity === 'forward')
    return lo < map.segments.length ? (map.segments[lo] as TextSegment).start : map.text.length;
  return lo > 0 ? (map.segments[lo - 1] as TextSegment).end : 0;
}

/**
 * The offsets in `map.text` that a DOM Range (or a selection's range) covers,
 * end exclusive, or null when it covers no mapped text (outside the content,
 * collapsed, or in another tree such as a shadow root).
 */
export function offsetsOfRange(
  map: TextMap,
  range: Range | StaticRange,
): { start: number; end: number } | null {
  const start = offsetOfPoint(map, range.startContainer, range.startOffset, 'forward');
  const end = offsetOfPoint(map, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
