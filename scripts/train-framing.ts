/**
 * Trains the re-scorer for loaded-language and name-calling proposals
 * (utils/analysis/framing/rescore.ts) and writes its weights to
 * utils/analysis/framing/model.json. Run with `npm run train:framing`.
 *
 * Data: PTC training articles from ../shared/corpus, minus the held-out fifth
 * that eval/ptc.ts reports on. A proposal is a positive example when it
 * overlaps a Loaded_Language or Name_Calling,Labeling span. Logistic
 * regression, full-batch gradient descent with L2, fixed iteration count: the
 * same data gives the same weights.
 *
 * The model's probability becomes the finding's score. It drops nothing
 * (threshold 0): the table printed below shows that cutting weak proposals
 * trades recall for precision at an almost constant F1 on the training
 * articles, and on the held-out articles it did not beat the rules alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut, loadPtc, ptcAvailable } from '../eval/ptc';
import { emptyTally, prf, type Span, tallyArticle } from '../eval/span-score';
import { collectProposals, documentStats } from '../utils/analysis/framing/index';
import { documentFeature, type RescoreModel } from '../utils/analysis/framing/rescore';
import { segment } from '../utils/analysis/segment';

const OUT = join(import.meta.dirname, '..', 'utils', 'analysis', 'framing', 'model.json');
const ITERATIONS = 400;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
/** Features seen fewer times than this are left out: they cannot be estimated and bloat the file. */
const MIN_COUNT = 15;
const MIN_WEIGHT = 0.05;

interface Example {
  article: number;
  span: Span;
  features: string[];
  label: 0 | 1;
}

function main(): void {
  if (!ptcAvailable()) {
    console.log('PTC corpus not found (../shared/corpus/ptc-train); nothing to train on.');
    return;
  }
  const articles = loadPtc().filter((a, i) => !isHeldOut(a, i));
  const examples: Example[] = [];
  const golds: Span[][] = [];
  articles.forEach((a, index) => {
    const gold = [...(a.gold.get('Loaded_Language') ?? []), ...(a.gold.get('Name_Calling,Labeling') ?? [])];
    golds.push(gold);
    const blocks = collectProposals(segment(a.text));
    const doc = documentFeature(documentStats(blocks));
    for (const { proposals } of blocks) {
      for (const p of proposals) {
        if (!p.features) continue;
        const span = { start: p.start, end: p.end };
        const hit = gold.some((g) => g.start < span.end && span.start < g.end);
        examples.push({ article: index, span, features: [...p.features, doc], label: hit ? 1 : 0 });
      }
    }
  });
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) =>
    e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const w = new Float64Array(names.length);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(names.length);
    rows.forEach((row, k) => {
      let z = 0;
      for (const i of row) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - examples[k]!.label;
      for (const i of row) grad[i]! += err;
    });
    for (let i = 0; i < w.length; i++) w[i]! -= LEARNING_RATE * (grad[i]! / rows.length + L2 * w[i]!);
  }
  const prob = rows.map((row) => 1 / (1 + Math.exp(-row.reduce((z, i) => z + w[i]!, 0))));
  const positives = examples.filter((e) => e.label === 1).length;
  console.log(
    `${articles.length} training articles, ${examples.length} proposals (${positives} positive), ${names.length} features`,
  );

  for (let t = 0; t <= 0.6; t += 0.05) {
    const tally = emptyTally();
    articles.forEach((_, a) => {
      const kept = examples.filter((e, k) => e.article === a && prob[k]! >= t).map((e) => e.span);
      tallyArticle(tally, kept, golds[a]!);
    });
    const { precision, recall, f1 } = prf(tally);
    console.log(
      `if dropping below ${t.toFixed(2)}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
    );
  }
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    // Near-zero weights change no decision; leaving them out keeps the bundle small.
    const rounded = Math.round(w[i]! * 100) / 100;
    if (Math.abs(rounded) >= MIN_WEIGHT) weights[f] = rounded;
  });
  const model: RescoreModel = { weights, threshold: 0 };
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${OUT}`);
}

main();
