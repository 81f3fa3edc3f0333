/**
 * Benchmark: 10,000 notes exported in each format (target < 1 s each) and
 * imported back from the JSON backup and from W3C JSON-LD (target < 3 s
 * each), beside a plain JSON.stringify / JSON.parse of the same records in the
 * same run.
 *
 * Runs in Node: the serialisers are the extension's own code, and the import
 * goes through the real path (size-checked safe JSON parse, valibot
 * validation, preview plan, Dexie all-or-nothing write) with Dexie over
 * fake-indexeddb instead of Chromium's IndexedDB. Each figure is the median
 * of 3 runs after a warm-up. `npx tsx bench/export.bench.ts` runs it alone;
 * `npm run bench` runs it with the others.
 */
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOTES = 10_000;
const EXPORT_TARGET_MS = 1_000;
const IMPORT_TARGET_MS = 3_000;
const RUNS = 3;

export interface ExportBenchFigures {
  notes: number;
  bytes: Record<string, number>;
  /** Median milliseconds per step. */
  ms: Record<string, number>;
  withinTargets: boolean;
}

async function median(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * The database module reaches the extension messaging library, whose polyfill
 * refuses to load outside an extension; minimal `chrome` / `browser` globals
 * (no API is called: change notifications are switched off below) let it load
 * in Node.
 */
function pretendExtensionContext(): void {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  const stub = { runtime: { id: 'rhetoric-lens-bench' } };
  g.chrome ??= stub;
  g.browser ??= stub;
}

export async function run(): Promise<{ name: string; results: ExportBenchFigures }> {
  pretendExtensionContext();
  const { allNotes, clearAll, putNotesInOneTransaction, setChangeNotifier } = await import('../utils/db');
  const { toBackupJson } = await import('../utils/export/backup');
  const { toCsv } = await import('../utils/export/csv');
  const { toMarkdown } = await import('../utils/export/markdown');
  const { toW3CJson } = await import('../utils/export/w3c');
  const { makeNotes } = await import('../utils/export/testing/notes');
  const { parseImportText } = await import('../utils/import/parse');
  const { planImport, notesToWrite } = await import('../utils/import/plan');
  const { DEFAULT_SETTINGS } = await import('../utils/settings');
  setChangeNotifier(() => undefined);

  const notes = makeNotes(NOTES);
  await clearAll();
  await putNotesInOneTransaction(notes);
  const stored = await allNotes();
  const exported = new Date();
  const data = { notes: stored, settings: DEFAULT_SETTINGS, exported };

  const files = {
    markdown: toMarkdown(data),
    csv: toCsv(data),
    w3c: toW3CJson(stored, { label: 'bench', exported }),
    backup: toBackupJson(stored, DEFAULT_SETTINGS, exported),
    plain: JSON.stringify(stored),
  };
  const ms: Record<string, number> = {};
  ms['read all notes from the database'] = await median(RUNS, () => allNotes());
  ms['export: Markdown'] = await median(RUNS, () => toMarkdown(data));
  ms['export: CSV'] = await median(RUNS, () => toCsv(data));
  ms['export: W3C JSON-LD'] = await median(RUNS, () => toW3CJson(stored, { label: 'bench', exported }));
  ms['export: JSON backup'] = await median(RUNS, () => toBackupJson(stored, DEFAULT_SETTINGS, exported));
  ms['baseline: JSON.stringify'] = await median(RUNS, () => JSON.stringify(stored));

  const importFile = async (text: string) => {
    await clearAll();
    const parsed = await parseImportText(text);
    if (parsed.notes.length !== NOTES) throw new Error(`imported ${parsed.notes.length} of ${NOTES} notes`);
    const plan = planImport(parsed.notes, await allNotes());
    await putNotesInOneTransaction(notesToWrite(plan, false));
  };
  ms['import: JSON backup (parse, validate, plan, write)'] = await median(RUNS, () =>
    importFile(files.backup),
  );
  ms['import: W3C JSON-LD (parse, validate, plan, write)'] = await median(RUNS, () => importFile(files.w3c));
  ms['import: parse + validate only, JSON backup'] = await median(RUNS, () => parseImportText(files.backup));
  ms['import: parse + validate only, W3C JSON-LD'] = await median(RUNS, () => parseImportText(files.w3c));
  ms['baseline: JSON.parse'] = await median(RUNS, () => JSON.parse(files.plain));
  ms['baseline: database write of the same notes'] = await median(RUNS, async () => {
    await clearAll();
    await putNotesInOneTransaction(stored);
  });

  const withinTargets =
    ['export: Markdown', 'export: CSV', 'export: W3C JSON-LD', 'export: JSON backup'].every(
      (k) => ms[k]! < EXPORT_TARGET_MS,
    ) &&
    [
      'import: JSON backup (parse, validate, plan, write)',
      'import: W3C JSON-LD (parse, validate, plan, write)',
    ].every((k) => ms[k]! < IMPORT_TARGET_MS);
  const bytes = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.byteLength(v)]));
  console.log(
    `export/import (Node, Dexie over fake-indexeddb): ${NOTES.toLocaleString('en')} notes, median of ${RUNS}`,
  );
  for (const [step, t] of Object.entries(ms)) {
    const target = step.startsWith('export:')
      ? EXPORT_TARGET_MS
      : step.startsWith('import: JSON backup (') || step.startsWith('import: W3C JSON-LD (')
        ? IMPORT_TARGET_MS
        : undefined;
    console.log(
      `  ${step}: ${t.toFixed(1)} ms${target ? ` (target < ${target} ms: ${t < target ? 'ok' : 'OVER TARGET'})` : ''}`,
    );
  }
  console.log(
    `  file sizes: ${Object.entries(bytes)
      .map(([k, b]) => `${k} ${(b / 1e6).toFixed(1)} MB`)
      .join(', ')}`,
  );
  await clearAll();
  return { name: 'export', results: { notes: NOTES, bytes, ms, withinTargets } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === join(process.argv[1])) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
