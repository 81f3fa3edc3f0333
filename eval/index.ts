/**
 * `npm run eval`: measures the analysis engine against the reference corpora
 * in ../shared/corpus/ and writes the numbers to eval/RESULTS.md.
 *  1. sample page gold (figures, claims, framing): recall of required entries, precision;
 *  2. PTC training articles: character-level P/R/F1 per framing technique (eval/ptc.ts);
 *  3. CheckThat! 2019 debates: MAP and P@10 of the claim score, leave-one-debate-out;
 *  4. how much of a news article the claims detector highlights (PTC articles).
 * Always exits 0: it reports, it does not gate.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, corpusAvailable, REPO_ROOT } from './corpus';
import type { SamplePageResult } from './sample-page';

interface PtcRow {
  technique: string;
  precision: number;
  recall: number;
  f1: number;
}
type EvalPtc = (opts?: { log?: (s: string) => void }) => Promise<{ skipped?: string; rows: PtcRow[] }>;

const lines: string[] = [];
/** Prints and keeps the line for RESULTS.md. */
function out(s = ''): void {
  console.log(s);
  lines.push(s);
}

/** A Markdown table with its columns padded, so RESULTS.md also reads well as plain text. */
function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  out(line(header));
  out(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) out(line(row));
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(0)}%`);
const f3 = (x: number): string => x.toFixed(3);

async function reportSamplePage(): Promise<void> {
  out('## Sample page (petro-trump-commentary)');
  out();
  const { evalSamplePage, MATCH_DEFINITION } = await import('./sample-page');
  const r: SamplePageResult = await evalSamplePage();
  if (r.skipped) {
    out(`Skipped: ${r.skipped}`);
    return;
  }
  out(`Match: ${MATCH_DEFINITION}`);
  out(
    `Text: the content script's extractor (utils/page/extract.ts) gives ${r.articleChars} characters in ${r.blocks} blocks, and only that text is analysed. Findings outside the <article> element (in an extracted block whose text is not inside <article>): ${r.outside}.`,
  );
  out();
  table(
    ['kind', 'required found', 'recall', 'findings', 'matching gold', 'precision'],
    r.kinds.map((k) => [
      k.kind,
      `${k.requiredFound}/${k.required}`,
      pct(k.requiredFound, k.required),
      String(k.findings),
      String(k.matchedFindings),
      pct(k.matchedFindings, k.findings),
    ]),
  );
  for (const k of r.kinds) {
    if (k.unlocated.length)
      out(
        `\n${k.kind}: gold entries not found in the extracted text: ${k.unlocated.map((t) => `"${t}"`).join('; ')}`,
      );
    if (k.misses.length) {
      out(`\n${k.kind} — missed required (${k.misses.length}):\n`);
      for (const m of k.misses) out(`- ${m}`);
    }
    if (k.falsePositives.length) {
      out(`\n${k.kind} — findings matching no gold entry (${k.falsePositives.length}):\n`);
      for (const f of k.falsePositives) out(`- ${f}`);
    }
  }
}

async function reportPtc(): Promise<void> {
  out();
  out('## PTC training articles: framing, character-level (SemEval-2020 span identification)');
  out();
  let evalPtc: EvalPtc | undefined;
  if (existsSync(join(REPO_ROOT, 'eval', 'ptc.ts'))) {
    evalPtc = ((await import('./ptc')) as { evalPtc?: EvalPtc }).evalPtc;
  }
  if (!evalPtc) {
    out('Skipped: eval/ptc.ts (the framing evaluation) is not available yet.');
    return;
  }
  const r = await evalPtc({ log: (s) => console.log(`  ${s}`) });
  if (r.skipped) {
    out(`Skipped: ${r.skipped}`);
    return;
  }
  table(
    ['technique', 'precision', 'recall', 'F1'],
    r.rows.map((row) => [row.technique, f3(row.precision), f3(row.recall), f3(row.f1)]),
  );
}

async function reportCheckThat(): Promise<void> {
  out();
  out('## CheckThat! 2019 training debates: claim score ranking (leave-one-debate-out)');
  out();
  const { evalCheckThat } = await import('./checkthat');
  const r = evalCheckThat({ log: (s) => console.log(s) });
  if (r.skipped) {
    out(`Skipped: ${r.skipped}`);
    return;
  }
  out(
    'Each debate is ranked by a model trained on the other 18 only (same recipe as `npm run train:claims`, learned weights without the written-text corrections).',
  );
  out();
  table(
    ['debate', 'sentences', 'check-worthy', 'AP', 'P@10'],
    [
      ...r.rows.map((row) => [
        row.debate,
        String(row.sentences),
        String(row.positives),
        f3(row.ap),
        row.p10.toFixed(2),
      ]),
      ['**mean**', '', '', `**${f3(r.map)}**`, `**${r.meanP10.toFixed(3)}**`],
    ],
  );
  if (r.shipped) {
    out();
    out(
      `Shipped scorer (learned weights plus written-text corrections and the short-sentence bonus, trained on all debates, so in-sample): MAP ${f3(r.shipped.map)}, P@10 ${r.shipped.meanP10.toFixed(3)}.`,
    );
  }
}

async function reportCoverage(): Promise<void> {
  out();
  out('## Claims coverage on PTC news articles');
  out();
  const { claimsCoverage } = await import('./claims-coverage');
  const c = claimsCoverage();
  if (c.skipped) {
    out(`Skipped: ${c.skipped}`);
    return;
  }
  out(
    `${c.articles} articles, ${c.words} words: ${c.claims} claims (${c.reported} reported), ${((1000 * c.claims) / c.words).toFixed(1)} per 1,000 words; ${c.sentencesWithClaim} of ${c.sentences} English sentences (${pct(c.sentencesWithClaim, c.sentences)}) hold a claim.`,
  );
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(
      `Reference corpora not found at ${CORPUS_DIR}: nothing to evaluate (see README, ../shared/corpus).`,
    );
    return;
  }
  const started = Date.now();
  out('# Evaluation results');
  out();
  out(`Produced by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)}.`);
  out();
  // Each section stands alone: a detector that fails to load or throws costs its section, not the run.
  for (const section of [reportSamplePage, reportPtc, reportCheckThat, reportCoverage]) {
    try {
      await section();
    } catch (e) {
      out(`\nThis section failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`\n(eval took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  writeFileSync(join(REPO_ROOT, 'eval', 'RESULTS.md'), `${lines.join('\n')}\n`);
  console.log('Wrote eval/RESULTS.md');
}

main().catch((e: unknown) => {
  // Report, never gate: a broken evaluator should say what broke and still exit 0.
  console.error('Evaluation failed:', e);
});
