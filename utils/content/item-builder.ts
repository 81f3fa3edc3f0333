/**
 * Turns the engine's findings into page items (text and DOM bounds) while the
 * engine is still working on later batches: findings that arrive before the
 * page's text map is complete wait in a queue; once it is, the backlog is
 * converted in slices and later findings as they arrive. On a long page this
 * keeps the conversion of tens of thousands of findings off the critical
 * path, in the gaps between engine replies.
 */
import type { Finding } from '../analysis/types';
import { boundsOfOffsets, type TextMap } from '../page/text-map';
import { type PageItem, pageItem } from './findings';
import { runSliced } from './idle';

/** Findings converted per step: a few hundred binary searches, well inside a slice. */
const PER_STEP = 300;

export class ItemBuilder {
  readonly items: PageItem[] = [];
  private readonly queue: Finding[][] = [];
  /** How far into the queue's first array conversion has got. */
  private offset = 0;
  private map: TextMap | null = null;
  /** True once the map is complete: arriving findings are converted without waiting for `finish`. */
  private live = false;
  private running: Promise<boolean> | null = null;

  constructor(private readonly cancelled: () => boolean) {}

  /** The analysis stream's listener: findings in page order, page offsets. */
  readonly take = (found: Finding[]): void => {
    if (found.length === 0) return;
    this.queue.push(found);
    if (this.live) void this.drain();
  };

  /** The text map is complete: converts the backlog in slices. False when cancelled meanwhile. */
  async mapped(map: TextMap): Promise<boolean> {
    this.map = map;
    this.live = true;
    return this.drain();
  }

  /** Every finding is in: resolves once all are converted. False when cancelled meanwhile. */
  finish(): Promise<boolean> {
    return this.drain();
  }

  /** Converts what is queued, in slices; one run at a time, and again for what arrived meanwhile. */
  private drain(): Promise<boolean> {
    this.running ??= runSliced(() => this.step(), this.cancelled).finally(() => {
      this.running = null;
    });
    return this.running.then((ok) => (ok && this.queue.length > 0 ? this.drain() : ok));
  }

  private step(): boolean {
    const head = this.queue[0];
    if (head && this.map) {
      const end = Math.min(head.length, this.offset + PER_STEP);
      for (let i = this.offset; i < end; i++) {
        const f = head[i] as Finding;
        const bounds = boundsOfOffsets(this.map, f.start, f.end);
        if (bounds)
          this.items.push(pageItem(f, this.items.length, this.map.text.slice(f.start, f.end), bounds));
      }
      this.offset = end;
      if (end >= head.length) {
        this.queue.shift();
        this.offset = 0;
      }
    }
    return this.queue.length === 0 || !this.map;
  }
}
