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

export class ItemBuilder {
  readonly items: PageItem[] = [];
  private readonly queue: Finding[][] = [];
  private map: TextMap | null = null;
  /** True once the backlog is converted: findings are converted as they arrive. */
  private live = false;

  constructor(private readonly cancelled: () => boolean) {}

  /** The analysis stream's listener: findings in page order, page offsets. */
  readonly take = (found: Finding[]): void => {
    if (this.live && this.map) this.convert(found, this.map);
    else this.queue.push(found);
  };

  /** The text map is complete: converts the backlog in slices. False when cancelled meanwhile. */
  async mapped(map: TextMap): Promise<boolean> {
    this.map = map;
    if (!(await this.drain())) return false;
    this.live = true;
    return true;
  }

  /** Every finding is in: converts whatever still waits. False when cancelled meanwhile. */
  finish(): Promise<boolean> {
    return this.drain();
  }

  private drain(): Promise<boolean> {
    return runSliced(() => {
      const next = this.queue.shift();
      if (next && this.map) this.convert(next, this.map);
      return this.queue.length === 0;
    }, this.cancelled);
  }

  private convert(found: readonly Finding[], map: TextMap): void {
    for (const f of found) {
      const bounds = boundsOfOffsets(map, f.start, f.end);
      if (bounds) this.items.push(pageItem(f, this.items.length, map.text.slice(f.start, f.end), bounds));
    }
  }
}
