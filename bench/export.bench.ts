/**
 * Benchmark: 10,000 notes exported in each format (target < 1 s each) and
 * imported back from the JSON backup and from W3C JSON-LD (target < 3 s
 * each), beside a plain JSON.stringify / JSON.parse of the same records and a
 * plain database write, in the same run (./export-workload.ts).
 *
 * Runs in Chromium when it is installed (the workload bundled with esbuild and
 * run in a page served from 127.0.0.1, so the real IndexedDB is used), and in
 * Node in any case (Dexie over fake-indexeddb, much slower to write than a
 * browser's IndexedDB). Each figure is the median of 3 runs after a warm-up.
 * `npx tsx bench/export.bench.ts` runs it alone; `npm run bench` with the others.
 */
// Node has no IndexedDB: Dexie gets fake-indexeddb (before any module that opens the database loads).
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportFigures } from './export-workload';

const HERE = dirname(fileURLToPath(import.meta.url));

function chromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  );
}

async function measureInChromium(executablePath: string): Promise<ExportFigures> {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents: `import { measure } from './export-workload';
        globalThis.runExportBench = () => measure();`,
      resolveDir: HERE,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    define: { 'import.meta.env': '{}' },
    logLevel: 'error',
  });
  // IndexedDB needs a real origin: a blank page served from 127.0.0.1.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>export bench</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium: playwright } = await import('playwright-core');
  const browser = await playwright.launch({ executablePath, args: ['--no-sandbox', '--headless=new'] });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    if (pageErrors.length) throw new Error(`the workload failed to load: ${pageErrors.join('; ')}`);
    return await page.evaluate(() =>
      (globalThis as unknown as { runExportBench(): Promise<ExportFigures> }).runExportBench(),
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function measureInNode(): Promise<ExportFigures> {
  const { measure } = await import('./export-workload');
  return measure();
}

function report(where: string, f: ExportFigures, exportTarget: number, importTarget: number): string {
  const verdict = (ms: number, target: number) => `${ms.toFixed(0)} ms${ms < target ? '' : ' OVER TARGET'}`;
  return [
    `export/import (${where}): ${f.notes.toLocaleString('en')} notes, median of 3`,
    `  export (target < ${exportTarget} ms): Markdown ${verdict(f.markdownMs, exportTarget)}, CSV ${verdict(f.csvMs, exportTarget)}, W3C JSON-LD ${verdict(f.w3cMs, exportTarget)} (${f.w3cMB.toFixed(1)} MB), JSON backup ${verdict(f.backupMs, exportTarget)} (${f.backupMB.toFixed(1)} MB)`,
    `    beside: JSON.stringify of the same records ${f.stringifyMs.toFixed(0)} ms; reading all notes from the database ${f.readAllMs.toFixed(0)} ms`,
    `  import, parse + validate + plan + write (target < ${importTarget} ms): backup ${verdict(f.importBackupMs, importTarget)}, W3C JSON-LD ${verdict(f.importW3cMs, importTarget)}`,
    `    of which parse + validate: backup ${f.parseBackupMs.toFixed(0)} ms, W3C JSON-LD ${f.parseW3cMs.toFixed(0)} ms`,
    `    beside: JSON.parse of the same records ${f.jsonParseMs.toFixed(0)} ms; a plain database write of them ${f.dbWriteMs.toFixed(0)} ms`,
  ].join('\n');
}

export async function run(): Promise<{ name: string; results: Record<string, ExportFigures> }> {
  const { EXPORT_TARGET_MS, IMPORT_TARGET_MS } = await import('./export-workload');
  const results: Record<string, ExportFigures> = {};
  const browserPath = chromium();
  if (browserPath) {
    results.chromium = await measureInChromium(browserPath);
    console.log(report('Chromium, real IndexedDB', results.chromium, EXPORT_TARGET_MS, IMPORT_TARGET_MS));
  } else {
    console.log('export: Chromium not found (set CHROMIUM_PATH), measuring in Node only');
  }
  results.node = await measureInNode();
  console.log(report('Node, Dexie over fake-indexeddb', results.node, EXPORT_TARGET_MS, IMPORT_TARGET_MS));
  return { name: 'export', results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === join(process.argv[1])) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
