/**
 * Benchmark: the analysis engine beside compromise (`nlp(text)` then
 * `.sentences()` and `.numbers()`) on the same texts in the same run, plus a
 * per-detector breakdown and a 1,000,000-word memory check.
 *
 * Targets (issue 3): 100,000 words in under 100 ms, and in under 1/30 of
 * compromise's time. `npx tsx bench/analysis.bench.ts` runs it alone;
 * `npm run bench` runs it with the others.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import { detectClaims } from '../utils/analysis/claims';
import { detectFigures } from '../utils/analysis/figures';
import { detectFraming } from '../utils/analysis/framing';
import { analyze } from '../utils/analysis/index';
import { segment } from '../utils/analysis/segment';
import type { AnalysisInput } from '../utils/analysis/types';
import { countWords, longDocument, sampleArticle } from './corpus-text';

const TARGET_MS = 100;
const TARGET_RATIO = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COMPROMISE_RUNS = Number(process.env.BENCH_COMPROMISE_RUNS ?? 3);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time of `fn` over `runs` runs after `warmup` unmeasured ones. */
export function time(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

function compromise(text: string): void {
  const doc = nlp(text);
  doc.sentences();
  doc.numbers();
}

const mbPerSecond = (text: string, ms: number) => Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);

interface DocResult {
  words: number;
  mb: number;
  engineMs: number;
  engineMBps: number;
  compromiseMs: number;
  compromiseMBps: number;
  ratio: number;
  findings: number;
  segmentMs: number;
  figuresMs: number;
  claimsMs: number;
  framingMs: number;
}

function measureDocument(input: AnalysisInput): DocResult {
  const text = input.text;
  const engineMs = time(() => analyze(input), RUNS);
  const seg = segment(input);
  const compromiseMs = time(() => compromise(text), COMPROMISE_RUNS, 1);
  return {
    words: countWords(text),
    mb: Buffer.byteLength(text, 'utf8') / 1e6,
    engineMs,
    engineMBps: mbPerSecond(text, engineMs),
    compromiseMs,
    compromiseMBps: mbPerSecond(text, compromiseMs),
    ratio: compromiseMs / engineMs,
    findings: analyze(input).length,
    segmentMs: time(() => segment(input), RUNS),
    figuresMs: time(() => detectFigures(seg), RUNS),
    claimsMs: time(() => detectClaims(seg), RUNS),
    framingMs: time(() => detectFraming(seg), RUNS),
  };
}

/** A gc() even without --expose-gc, so heap numbers are not noise. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

interface MemoryResult {
  words: number;
  ms: number;
  /** Heap held by the findings (with results held minus after releasing them, both after gc). */
  resultMB: number;
  /** Heap still held after the results are released: should stay near zero (no leak). */
  leftoverMB: number;
  /** Process peak resident set size so far (monotonic; sizes run in increasing order). */
  peakRssMB: number;
  findings: number;
}

/** Time and memory for growing documents: if the engine is linear, MB per word stays flat. */
function measureMemory(sizes: number[]): MemoryResult[] {
  const gc = collector();
  const out: MemoryResult[] = [];
  analyze(longDocument(20_000).text); // warm up code and caches outside the measurement
  for (const words of sizes) {
    const doc = longDocument(words);
    gc();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    let findings: unknown[] | undefined = analyze(doc.text);
    const ms = performance.now() - t;
    const count = findings.length;
    gc();
    const held = process.memoryUsage().heapUsed;
    findings = undefined;
    gc();
    const released = process.memoryUsage().heapUsed;
    out.push({
      words: doc.words,
      ms,
      resultMB: (held - released) / 1e6,
      leftoverMB: (released - before) / 1e6,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      findings: count,
    });
  }
  return out;
}

const f1 = (n: number) => n.toFixed(1);

function printDocTable(rows: [string, DocResult][]): void {
  console.log('  document          words    MB    engine ms   MB/s   compromise ms   MB/s   ratio  findings');
  for (const [name, r] of rows) {
    console.log(
      `  ${name.padEnd(14)} ${String(r.words).padStart(8)} ${r.mb.toFixed(2).padStart(5)} ${f1(r.engineMs).padStart(11)} ${f1(r.engineMBps).padStart(6)} ${f1(r.compromiseMs).padStart(15)} ${f1(r.compromiseMBps).padStart(6)} ${`${f1(r.ratio)}x`.padStart(7)} ${String(r.findings).padStart(9)}`,
    );
  }
  console.log('\n  per detector (median ms)  segment  figures   claims  framing');
  for (const [name, r] of rows) {
    console.log(
      `  ${name.padEnd(24)} ${f1(r.segmentMs).padStart(8)} ${f1(r.figuresMs).padStart(8)} ${f1(r.claimsMs).padStart(8)} ${f1(r.framingMs).padStart(8)}`,
    );
  }
}

export async function run(): Promise<{ name: string; results: Record<string, object> }> {
  const sample = await sampleArticle();
  const long = longDocument(100_000);
  console.log(`analysis: ${RUNS} runs (compromise ${COMPROMISE_RUNS}) after warm-up, medians`);
  console.log(`  sample: ${sample.source}; 100k: ${long.source}`);
  const rows: [string, DocResult][] = [
    ['sample article', measureDocument(sample.input)],
    ['100k words', measureDocument({ text: long.text })],
  ];
  printDocTable(rows);

  const big = rows[1]![1];
  const fast = big.engineMs < TARGET_MS;
  const relative = big.ratio > TARGET_RATIO;
  console.log(
    `\n  target 100k words < ${TARGET_MS} ms: ${fast ? 'MET' : 'NOT MET'} (${f1(big.engineMs)} ms); ` +
      `< 1/${TARGET_RATIO} of compromise: ${relative ? 'MET' : 'NOT MET'} (${f1(big.ratio)}x faster)`,
  );

  const memory = measureMemory([250_000, 500_000, 1_000_000]);
  console.log('\n  memory (heap after gc; peak RSS of the whole process so far)');
  console.log('     words        ms   ms/100k words   findings   results MB   leftover MB   peak RSS MB');
  for (const m of memory) {
    console.log(
      `  ${String(m.words).padStart(8)} ${f1(m.ms).padStart(9)} ${f1((m.ms / m.words) * 1e5).padStart(15)} ${String(m.findings).padStart(10)} ${f1(m.resultMB).padStart(12)} ${f1(m.leftoverMB).padStart(13)} ${f1(m.peakRssMB).padStart(13)}`,
    );
  }
  const first = memory[0]!;
  const last = memory[memory.length - 1]!;
  console.log(
    `  ${f1(last.words / first.words)}x the words: ${f1(last.ms / first.ms)}x the time, ${f1(last.resultMB / Math.max(first.resultMB, 1e-6))}x the result heap (linear ≈ ${f1(last.words / first.words)}x)`,
  );

  const results: Record<string, object> = Object.fromEntries(rows);
  for (const m of memory) results[`memory ${m.words} words`] = m;
  results.targets = { under100ms: fast, under1of30: relative };
  return { name: 'analysis', results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
