/**
 * Benchmark: re-anchoring 500 notes on a 100,000-word page (target < 300 ms),
 * beside the reference (approx-string-match over the whole text per note).
 *
 * Runs the workload (./anchoring-workload.ts) in Chromium when it is installed
 * (bundled with esbuild, executed in a blank page through playwright-core),
 * and in Node in any case. `npx tsx bench/anchoring.bench.ts` runs it alone;
 * `npm run bench` runs it with the others.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnchoringFigures, makeWorkload, measure } from './anchoring-workload';

const HERE = dirname(fileURLToPath(import.meta.url));
const TARGET_MS = 300;

function chromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  );
}

async function measureInChromium(executablePath: string): Promise<AnchoringFigures> {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents: `import { makeWorkload, measure } from './anchoring-workload';
        globalThis.runAnchoringBench = () => measure(makeWorkload());`,
      resolveDir: HERE,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  const { chromium: playwright } = await import('playwright-core');
  const browser = await playwright.launch({ executablePath, args: ['--no-sandbox', '--headless=new'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await page.evaluate(() =>
      (globalThis as unknown as { runAnchoringBench(): AnchoringFigures }).runAnchoringBench(),
    );
  } finally {
    await browser.close();
  }
}

function report(where: string, f: AnchoringFigures): string {
  const verdict = f.anchorMs < TARGET_MS ? 'ok' : 'OVER TARGET';
  return [
    `anchoring (${where}): ${f.notes} notes on ${f.words.toLocaleString('en')} words (${f.characters.toLocaleString('en')} chars)`,
    `  re-anchor all: ${f.anchorMs.toFixed(1)} ms median of 5 passes, first pass ${f.firstPassMs.toFixed(1)} ms (target < ${TARGET_MS} ms: ${verdict})`,
    `  reference, approx-string-match over the whole text per note: ${f.referenceMs.toFixed(1)} ms (${(f.referenceMs / f.anchorMs).toFixed(1)}x slower)`,
    `  anchored on the right passage: ${f.anchored}, orphans: ${f.orphans} (removed passages: ${f.expectedOrphans}), wrong passage: ${f.wrong}`,
  ].join('\n');
}

export async function run(): Promise<{ name: string; results: Record<string, AnchoringFigures> }> {
  const results: Record<string, AnchoringFigures> = {};
  const browserPath = chromium();
  if (browserPath) {
    results.chromium = await measureInChromium(browserPath);
    console.log(report('Chromium', results.chromium));
  } else {
    console.log('anchoring: Chromium not found (set CHROMIUM_PATH), measuring in Node only');
  }
  results.node = measure(makeWorkload());
  console.log(report('Node', results.node));
  return { name: 'anchoring', results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === join(process.argv[1])) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
