/**
 * `npm run bench [-- name…]`: runs every bench/*.bench.ts (or those whose file
 * name contains one of the given names), one after another, then prints a
 * summary table.
 *
 * Contract for a benchmark file: export `run()` returning (a promise of)
 * `{ name, results }`, where `results` maps a case ("node", "100k words", …)
 * to an object of numbers, strings or booleans. Each benchmark prints its own
 * detailed report; the summary lists every case's fields side by side.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface BenchReport {
  name: string;
  results: Record<string, object>;
}

interface BenchModule {
  run?: () => BenchReport | undefined | Promise<BenchReport | undefined>;
}

export function benchFiles(dir: string, filters: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
}

function cell(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string') return v;
  return '';
}

/** Cases as rows, the union of their scalar fields as columns. */
export function summaryTable(report: BenchReport): string {
  const cases = Object.entries(report.results);
  const columns = [...new Set(cases.flatMap(([, r]) => Object.keys(r)))].filter((c) =>
    cases.some(([, r]) => cell((r as Record<string, unknown>)[c]) !== ''),
  );
  const rows = [
    ['case', ...columns],
    ...cases.map(([name, r]) => [name, ...columns.map((c) => cell((r as Record<string, unknown>)[c]))]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) => row.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  '))
    .join('\n');
}

async function main(filters: string[]): Promise<number> {
  const files = benchFiles(HERE, filters);
  if (files.length === 0) {
    console.error(`bench: no bench/*.bench.ts file matches ${filters.join(', ')}`);
    return 2;
  }
  const reports: BenchReport[] = [];
  let failed = 0;
  for (const file of files) {
    console.log(`\n### ${file}`);
    try {
      const mod = (await import(pathToFileURL(join(HERE, file)).href)) as BenchModule;
      if (typeof mod.run !== 'function') throw new Error('exports no run()');
      const report = await mod.run();
      if (report) reports.push(report);
    } catch (error) {
      failed++;
      console.error(`bench: ${file} failed:`, error);
    }
  }
  console.log('\n### summary');
  for (const report of reports) console.log(`\n${report.name}\n${summaryTable(report)}`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
