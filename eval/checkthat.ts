/**
 * CheckThat! 2019 Task 1 on the training debates: rank each debate's
 * sentences by the claim score and report MAP and P@10. The claim model is
 * learned, so each debate is scored by a model trained on the other debates
 * only (leave-one-debate-out), with the same recipe as `npm run train:claims`.
 */
import { spanFeatures } from '../utils/analysis/claims/features';
import { articleLogit, logit } from '../utils/analysis/claims/model';
import { type Example, trainLogistic } from '../utils/analysis/claims/train';
import { loadDebates } from './checkthat-data';
import { TRAIN_OPTIONS } from './claims-training';
import { averagePrecision, precisionAt } from './ranking';

export interface CheckThatRow {
  debate: string;
  sentences: number;
  positives: number;
  ap: number;
  p10: number;
}

export interface CheckThatResult {
  skipped?: string;
  rows: CheckThatRow[];
  map: number;
  meanP10: number;
  /** The shipped scorer (weights trained on every debate, so in-sample) for comparison. */
  shipped?: { map: number; meanP10: number };
}

export function evalCheckThat(opts: { log?: (s: string) => void } = {}): CheckThatResult {
  const debates = loadDebates();
  if (!debates) {
    return {
      skipped: 'CheckThat! corpus not found (../shared/corpus/checkthat-2019-train)',
      rows: [],
      map: 0,
      meanP10: 0,
    };
  }
  const featurised = debates.map((d) => ({
    name: d.name,
    examples: d.lines.map(
      (l): Example => ({ features: spanFeatures(l.text, 0, l.text.length), label: l.label }),
    ),
  }));
  const rows: CheckThatRow[] = [];
  for (const held of featurised) {
    const train = featurised.filter((d) => d !== held).flatMap((d) => d.examples);
    const weights = trainLogistic(train, TRAIN_OPTIONS);
    const scores = held.examples.map((e) => logit(weights, e.features));
    const labels = held.examples.map((e) => e.label);
    const row = {
      debate: held.name,
      sentences: labels.length,
      positives: labels.filter((l) => l === 1).length,
      ap: averagePrecision(scores, labels),
      p10: precisionAt(10, scores, labels),
    };
    opts.log?.(`  ${row.debate.padEnd(28)} AP ${row.ap.toFixed(3)}  P@10 ${row.p10.toFixed(2)}`);
    rows.push(row);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const shippedScores = featurised.map((d) => {
    const scores = d.examples.map((e) => articleLogit(e.features));
    const labels = d.examples.map((e) => e.label);
    return { ap: averagePrecision(scores, labels), p10: precisionAt(10, scores, labels) };
  });
  return {
    rows,
    map: mean(rows.map((r) => r.ap)),
    meanP10: mean(rows.map((r) => r.p10)),
    shipped: { map: mean(shippedScores.map((r) => r.ap)), meanP10: mean(shippedScores.map((r) => r.p10)) },
  };
}
