/**
 * What the engine accepts from another context: a page's text and its
 * blocks, checked and bounded. Kept apart from the service (no browser API)
 * so the engine's warm-up can shape its made-up input exactly as a page's
 * request arrives.
 */
import type { Block, BlockType } from '../analysis/types';

export interface AnalysisInput {
  text: string;
  blocks: Block[];
}

const BLOCK_TYPES = new Set<BlockType>(['paragraph', 'heading', 'quote', 'caption', 'list-item', 'other']);
/** Larger inputs are refused: the content script sends batches of a few thousand characters. */
const MAX_TEXT = 200_000;

/**
 * A message is data from another context: accept only well-formed, bounded
 * input. Every block comes out with the same four fields (`lang` undefined
 * when the page declared none): the engine's optimised code is specialised
 * to the shapes of the objects it has seen, and a second shape met for the
 * first time on a reader's page throws that code away mid-analysis.
 */
export function validAnalysisInput(input: unknown): AnalysisInput | null {
  if (!input || typeof input !== 'object') return null;
  const { text, blocks } = input as { text?: unknown; blocks?: unknown };
  if (typeof text !== 'string' || text.length > MAX_TEXT || !Array.isArray(blocks)) return null;
  const clean: Block[] = [];
  for (const b of blocks as Partial<Block>[]) {
    if (
      !b ||
      typeof b.start !== 'number' ||
      typeof b.end !== 'number' ||
      !BLOCK_TYPES.has(b.type as BlockType)
    )
      return null;
    if (b.start < 0 || b.end > text.length || b.end < b.start) return null;
    clean.push({
      start: b.start,
      end: b.end,
      type: b.type as BlockType,
      lang: typeof b.lang === 'string' ? b.lang : undefined,
    });
  }
  return { text, blocks: clean };
}

/**
 * The input as the engine receives it from a page: through the messaging
 * wire (JSON, as extension messages are serialised: flat strings, no
 * undefined fields) and the check above.
 */
export function asReceived(input: AnalysisInput): AnalysisInput {
  return validAnalysisInput(JSON.parse(JSON.stringify(input))) as AnalysisInput;
}
