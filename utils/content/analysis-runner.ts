/**
 * Runs the analysis engine over a page's blocks in batches, remembering each
 * block's findings by its content. When a dynamic page changes, only blocks
 * whose text (or type or language) changed are analysed again.
 *
 * The engine itself runs wherever `engine` says: in the extension this is the
 * background (see utils/background/analysis-service.ts), so the page's main
 * thread only slices strings and maps results.
 */
import type { AnalysisInput, Block, Finding } from '../analysis/types';

export type Engine = (input: { text: string; blocks: Block[] }) => Promise<Finding[]>;

/** Findings of one block, offsets relative to the block's start. */
type BlockFindings = Finding[];

/** Characters per engine call: big enough to amortise a message, small enough to keep results flowing. */
const BATCH_CHARS = 20_000;
/** Oldest cached blocks are dropped past this many (a page re-rendering forever must not grow memory). */
const CACHE_LIMIT = 5000;

const keyOf = (text: string, block: Block): string => `${block.type}\u0000${block.lang ?? ''}\u0000${text}`;

export class AnalysisRunner {
  private cache = new Map<string, BlockFindings>();

  constructor(private readonly engine: Engine) {}

  /**
   * Findings for `text` (offsets into `text`), analysing uncached blocks in
   * batches. Returns null when cancelled before finishing.
   */
  async run(
    text: string,
    blocks: readonly Block[],
    cancelled: () => boolean = () => false,
  ): Promise<Finding[] | null> {
    const keys = blocks.map((b) => keyOf(text.slice(b.start, b.end), b));
    const todo = blocks.map((_, i) => i).filter((i) => !this.cache.has(keys[i] as string));
    for (let next = 0; next < todo.length; ) {
      // A batch of uncached blocks, analysed as one small text.
      const batch: number[] = [];
      let chars = 0;
      while (next < todo.length && (batch.length === 0 || chars < BATCH_CHARS)) {
        const i = todo[next++] as number;
        batch.push(i);
        chars += (blocks[i] as Block).end - (blocks[i] as Block).start + 2;
      }
      await this.analyseBatch(text, blocks, keys, batch);
      if (cancelled()) return null;
    }
    const findings: Finding[] = [];
    blocks.forEach((block, i) => {
      for (const f of this.cache.get(keys[i] as string) ?? []) {
        findings.push({ ...f, start: f.start + block.start, end: f.end + block.start });
      }
    });
    this.trimCache();
    return findings;
  }

  private async analyseBatch(
    text: string,
    blocks: readonly Block[],
    keys: string[],
    batch: number[],
  ): Promise<void> {
    const parts: string[] = [];
    const local: Block[] = [];
    let offset = 0;
    for (const i of batch) {
      const block = blocks[i] as Block;
      const blockText = text.slice(block.start, block.end);
      if (offset > 0) {
        parts.push('\n\n');
        offset += 2;
      }
      local.push({ ...block, start: offset, end: offset + blockText.length });
      parts.push(blockText);
      offset += blockText.length;
    }
    const input: AnalysisInput & { blocks: Block[] } = { text: parts.join(''), blocks: local };
    const findings = [...(await this.engine(input))].sort((a, b) => a.start - b.start);
    const perBlock: BlockFindings[] = local.map(() => []);
    let b = 0;
    for (const f of findings) {
      // Attribute each finding to the block it starts in; none may span blocks.
      while (b < local.length - 1 && f.start >= (local[b] as Block).end) b++;
      const block = local[b] as Block;
      if (f.end > block.end) continue;
      perBlock[b]?.push({ ...f, start: f.start - block.start, end: f.end - block.start });
    }
    batch.forEach((i, n) => {
      this.cache.set(keys[i] as string, perBlock[n] as BlockFindings);
    });
  }

  private trimCache(): void {
    if (this.cache.size <= CACHE_LIMIT) return;
    const excess = this.cache.size - CACHE_LIMIT;
    let n = 0;
    for (const key of this.cache.keys()) {
      if (n++ >= excess) break;
      this.cache.delete(key);
    }
  }
}
