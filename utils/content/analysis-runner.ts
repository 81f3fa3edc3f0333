/**
 * Runs the analysis engine over a page's blocks in batches, remembering each
 * block's findings by its content. When a dynamic page changes, only blocks
 * whose text (or type or language) changed are analysed again.
 *
 * Blocks can be fed while the page is still being mapped (`begin`, `add`,
 * `finish`): a batch goes to the engine as soon as it is full, so on a long
 * page the engine (in the background) works on the first batches while the
 * content script maps the rest.
 *
 * The engine itself runs wherever `engine` says: in the extension this is the
 * background (see utils/background/analysis-service.ts), so the page's main
 * thread only slices strings and maps results.
 */
import type { AnalysisInput, Block, Finding } from '../analysis/types';

/** Resolves to findings the runner may modify in place (a fresh copy, as a message reply is). */
export type Engine = (input: { text: string; blocks: Block[] }) => Promise<Finding[]>;

/** Findings of one block, offsets relative to the block's start. */
type BlockFindings = Finding[];

/** Characters per engine call: big enough to amortise a message, small enough to keep results flowing. */
const BATCH_CHARS = 20_000;
/**
 * The first call goes out sooner, so on a long page the engine starts while
 * the rest is mapped. Not much sooner: every message to the background and
 * back costs 5–40 ms on a busy machine, more than mapping a typical article
 * (10 ms), so an article of up to about 2,000 words goes in one message.
 */
const FIRST_BATCH_CHARS = 12_000;
/** Oldest cached blocks are dropped past this many (a page re-rendering forever must not grow memory). */
const CACHE_LIMIT = 5000;

const keyOf = (text: string, block: Block): string => `${block.type}\u0000${block.lang ?? ''}\u0000${text}`;

interface Pending {
  key: string;
  text: string;
  block: Block;
}

/** A block of this analysis and, once known, its findings (from the cache or its batch). */
interface Slot {
  block: Block;
  key: string;
  findings: BlockFindings | null;
}

/** Told about findings as soon as they are known, in page order, block after block (page offsets). */
export type FindingsListener = (findings: Finding[]) => void;

/**
 * One analysis of one page: blocks go in as they are mapped; findings come
 * out to the listener in page order as the batches covering them return
 * (so the caller can prepare them while the engine works on later batches),
 * and all together from `finish`.
 */
export class AnalysisStream {
  private readonly slots: Slot[] = [];
  /** Slots before this one have been passed to the listener. */
  private emitted = 0;
  private readonly found: Finding[] = [];
  /** Slots waiting for the engine, by block key (a repeated block is analysed once). */
  private readonly waiting = new Map<string, Slot[]>();
  private batch: Pending[] = [];
  private batchChars = 0;
  private readonly inFlight: Promise<void>[] = [];
  private sent = false;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly runner: AnalysisRunner,
    private readonly cancelled: () => boolean,
    private readonly listener?: FindingsListener,
  ) {}

  /** Adds a block (offsets into the page text) with its text; sends a batch when one is full. */
  add(block: Block, text: string): void {
    const key = keyOf(text, block);
    const slot: Slot = { block, key, findings: this.runner.cached(key) ?? null };
    this.slots.push(slot);
    if (slot.findings) {
      this.emit();
      return;
    }
    const same = this.waiting.get(key);
    if (same) {
      same.push(slot);
      return;
    }
    this.waiting.set(key, [slot]);
    this.batch.push({ key, text, block });
    this.batchChars += text.length + 2;
    if (this.batchChars >= (this.sent ? BATCH_CHARS : FIRST_BATCH_CHARS)) this.send();
  }

  /** Sends the blocks waiting for a batch to fill (the page is mapped: no more are coming soon). */
  flush(): void {
    this.send();
  }

  /** Sends what is waiting, waits for every batch; findings in page offsets, or null when cancelled. */
  async finish(): Promise<Finding[] | null> {
    this.send();
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure.error;
    if (this.cancelled()) return null;
    this.emit();
    this.runner.trimCache();
    return this.found;
  }

  /** Passes on the findings of the complete slots at the head of the page. */
  private emit(): void {
    const start = this.found.length;
    for (; this.emitted < this.slots.length; this.emitted++) {
      const { block, findings: own } = this.slots[this.emitted] as Slot;
      if (!own) break;
      for (const f of own) this.found.push({ ...f, start: f.start + block.start, end: f.end + block.start });
    }
    if (this.found.length > start && !this.cancelled()) this.listener?.(this.found.slice(start));
  }

  private send(): void {
    if (this.batch.length === 0 || this.cancelled()) return;
    const batch = this.batch;
    this.batch = [];
    this.batchChars = 0;
    this.sent = true;
    // Read by bench/highlight.bench.ts: time in transit versus time in the engine.
    performance.mark('rl:batch-sent');
    // Failures are kept for finish(), so a rejected batch is never an unhandled rejection meanwhile.
    this.inFlight.push(
      this.runner.analyseBatch(batch).then(
        (perBlock) => {
          performance.mark('rl:batch-back');
          batch.forEach(({ key }, n) => {
            for (const slot of this.waiting.get(key) ?? []) slot.findings = perBlock[n] ?? [];
            this.waiting.delete(key);
          });
          this.emit();
        },
        (error) => {
          this.failure ??= { error };
        },
      ),
    );
  }
}

export class AnalysisRunner {
  private cache = new Map<string, BlockFindings>();

  constructor(private readonly engine: Engine) {}

  /** Starts an analysis fed block by block (see AnalysisStream). */
  begin(cancelled: () => boolean = () => false, listener?: FindingsListener): AnalysisStream {
    return new AnalysisStream(this, cancelled, listener);
  }

  /**
   * Findings for `text` (offsets into `text`), analysing uncached blocks in
   * batches. Returns null when cancelled before finishing.
   */
  async run(
    text: string,
    blocks: readonly Block[],
    cancelled: () => boolean = () => false,
  ): Promise<Finding[] | null> {
    const stream = this.begin(cancelled);
    for (const block of blocks) stream.add(block, text.slice(block.start, block.end));
    return stream.finish();
  }

  cached(key: string): BlockFindings | undefined {
    return this.cache.get(key);
  }

  /** Analyses a batch of blocks as one small text, caches each block's findings and returns them. */
  async analyseBatch(batch: readonly Pending[]): Promise<BlockFindings[]> {
    const parts: string[] = [];
    const local: Block[] = [];
    let offset = 0;
    for (const { block, text } of batch) {
      if (offset > 0) {
        parts.push('\n\n');
        offset += 2;
      }
      local.push({ ...block, start: offset, end: offset + text.length });
      parts.push(text);
      offset += text.length;
    }
    const input: AnalysisInput & { blocks: Block[] } = { text: parts.join(''), blocks: local };
    // The engine's reply is ours (a fresh copy from the message): sorted and shifted in place.
    const findings = (await this.engine(input)).sort((a, b) => a.start - b.start);
    const perBlock: BlockFindings[] = local.map(() => []);
    let b = 0;
    for (const f of findings) {
      // Attribute each finding to the block it starts in; none may span blocks.
      while (b < local.length - 1 && f.start >= (local[b] as Block).end) b++;
      const block = local[b] as Block;
      if (f.end > block.end) continue;
      f.start -= block.start;
      f.end -= block.start;
      perBlock[b]?.push(f);
    }
    batch.forEach(({ key }, n) => {
      this.cache.set(key, perBlock[n] as BlockFindings);
    });
    return perBlock;
  }

  trimCache(): void {
    if (this.cache.size <= CACHE_LIMIT) return;
    const excess = this.cache.size - CACHE_LIMIT;
    let n = 0;
    for (const key of this.cache.keys()) {
      if (n++ >= excess) break;
      this.cache.delete(key);
    }
  }
}
