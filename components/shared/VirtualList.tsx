/**
 * A windowed list: only rows near the visible band are in the DOM, so 10,000
 * notes scroll as smoothly as 10. Rows may have any height: each rendered row
 * is measured with a ResizeObserver and unmeasured rows use an estimate.
 * The scroll container is focusable so the keyboard can scroll it, and rows
 * beyond the window render as soon as focus or scrolling reaches them.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, visibleRange } from './windowing';

export interface VirtualListProps<T> {
  items: readonly T[];
  itemKey(item: T, index: number): string;
  estimateHeight(item: T): number;
  renderItem(item: T, index: number): ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  gap?: number;
  /** Pixels rendered beyond each edge of the viewport. */
  overscan?: number;
  class?: string;
  /** Content shown when there are no items. */
  empty?: ComponentChildren;
}

export function VirtualList<T>({
  items,
  itemKey,
  estimateHeight,
  renderItem,
  label,
  gap = 8,
  overscan = 400,
  class: className = '',
  empty,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLElement>(null);
  const measured = useRef(new Map<string, number>());
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [measureVersion, setMeasureVersion] = useState(0);

  const keys = useMemo(() => items.map((item, i) => itemKey(item, i)), [items, itemKey]);
  // measureVersion (a dependency below) signals new measurements in the ref.
  const offsets = useMemo(
    () =>
      rowOffsets(
        items.map((item, i) => measured.current.get(keys[i] ?? '') ?? estimateHeight(item)),
        gap,
      ),
    [items, keys, gap, estimateHeight, measureVersion],
  );
  const { start, end } = visibleRange(offsets, scrollTop, viewport, overscan);

  // One observer for every rendered row; a changed height schedules one re-layout per frame.
  const frame = useRef(0);
  const observer = useMemo(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.key;
          const height = Math.round(entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
          if (key !== undefined && height > 0 && measured.current.get(key) !== height) {
            measured.current.set(key, height);
            changed = true;
          }
        }
        if (changed && !frame.current) {
          frame.current = requestAnimationFrame(() => {
            frame.current = 0;
            setMeasureVersion((v) => v + 1);
          });
        }
      }),
    [],
  );
  useEffect(
    () => () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    },
    [observer],
  );

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    const resize = new ResizeObserver(() => setViewport(el.clientHeight));
    resize.observe(el);
    return () => resize.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (el) setScrollTop(el.scrollTop);
  }, []);

  const rowRef = useCallback(
    (el: HTMLLIElement | null) => {
      if (el) observer.observe(el);
    },
    [observer],
  );

  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i] as T;
    const key = keys[i] ?? String(i);
    rows.push(
      <li
        key={key}
        ref={rowRef}
        data-key={key}
        class="vlist-row"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ transform: `translateY(${offsets[i]}px)` }}
      >
        {renderItem(item, i)}
      </li>,
    );
  }

  return (
    <section
      ref={scroller}
      class={`vlist ${className}`}
      onScroll={onScroll}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it.
      tabIndex={0}
      aria-label={label}
    >
      {items.length === 0 ? (
        empty
      ) : (
        <ul class="vlist-inner" aria-label={label} style={{ height: `${offsets[items.length]}px` }}>
          {rows}
        </ul>
      )}
    </section>
  );
}
