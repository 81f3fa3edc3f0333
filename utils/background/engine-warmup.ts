/**
 * Warms the analysis engine as soon as the service worker starts.
 *
 * The detectors build their patterns and word tables lazily, on their first
 * call: a first analysis costs tens to hundreds of milliseconds more than the
 * next one. A service worker starts cold after install, browser start and
 * every idle shutdown, so without this the first page a reader opens pays
 * that cost while waiting for its highlights. One small analysis of a made-up
 * paragraph, touching every detector, moves it to the worker's startup,
 * usually before any page asks (content scripts also send 'analysis:warm'
 * when they start, which wakes a sleeping worker while they read the page).
 */
import { analyze } from '../analysis';
import type { Block } from '../analysis/types';

/**
 * Invented commentary, written to reach every detector: percentages, money,
 * dates, durations, counts, ranges, changes; reported and direct claims;
 * loaded words, name-calling, scare quotes, exaggeration, fear, flag-waving,
 * boosters; a heading, a quote and a list item.
 */
const PARAGRAPHS: [Block['type'], string][] = [
  ['heading', 'The budget vote, explained'],
  [
    'paragraph',
    'The truth is that the so-called "reform" is a disastrous scheme. Officials said on 3 March 2024 that 42 percent of households, about 1.2 million people, paid $350 million more over the last five years, and unemployment rose from 4.1% to 6.3% in two months.',
  ],
  [
    'paragraph',
    'Everyone knows this corrupt, incompetent crowd will destroy our great nation; if nothing is done, our children will never be safe again. The minister claimed the plan would create 25,000 jobs by 2030, between 10 and 15 per cent more than promised.',
  ],
  ['quote', '“This is the worst betrayal in history,” the senator told reporters at 9:30 on Tuesday.'],
  ['list-item', 'Spending doubled to €2.5bn, the third rise in a decade.'],
];

function warmupInput(): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const [type, body] of PARAGRAPHS) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + body.length, type });
    text += body;
  }
  return { text, blocks };
}

let warmed = false;

/** Runs one throwaway analysis, once per worker lifetime. Returns its duration in ms (0 when already warm). */
export function warmEngine(): number {
  if (warmed) return 0;
  warmed = true;
  const started = performance.now();
  try {
    analyze(warmupInput());
  } catch (error) {
    // A detector bug must not stop the worker; the real request will report it.
    console.debug('[Rhetoric Lens] engine warm-up failed', error);
  }
  // For the highlight benchmark: what the first page after a worker start would otherwise wait for.
  performance.measure('rl:warmup', { start: started });
  return performance.now() - started;
}

/** The warm-up input, for tests. */
export const WARMUP_INPUT = warmupInput;
