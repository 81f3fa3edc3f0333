/**
 * The shipped check-worthiness model: logistic-regression weights learned from
 * CheckThat! 2019 debates by `npm run train:claims` (see eval/train-claims.ts),
 * plus the written-text corrections of corrections.ts.
 */
import { shortConcreteBonus, withWrittenTextCorrections } from './corrections';
import { dot, FEATURE_COUNT, type SpanFeatures } from './features';
import trained from './weights.json';

interface WeightsFile {
  features: number;
  /** Weights rounded to 3 decimals; index = feature index. */
  weights: number[];
  /**
   * Added to the logit before the sigmoid so that 0.5 sits at the top quarter
   * of sentences in news articles (computed by the training script on PTC).
   */
  scoreShift: number;
}

const file = trained as WeightsFile;
if (file.features !== FEATURE_COUNT || file.weights.length !== FEATURE_COUNT) {
  // The feature layout changed since training; fail loudly rather than score with shifted weights.
  throw new Error(
    `claims weights.json has ${file.features} features, expected ${FEATURE_COUNT}: run npm run train:claims`,
  );
}

/** The weights exactly as learned from the debates. */
export const LEARNED_WEIGHTS: readonly number[] = file.weights;

/** Weights the detector uses on articles: learned plus written-text corrections. */
export const WEIGHTS: readonly number[] = withWrittenTextCorrections(file.weights);

export const SCORE_SHIFT: number = file.scoreShift;

export function logit(
  weights: ArrayLike<number>,
  features: Pick<SpanFeatures, 'indices' | 'values'>,
): number {
  return dot(weights, features);
}

/** The logit the detector ranks article sentences by: shipped weights plus the short-sentence bonus. */
export function articleLogit(features: Pick<SpanFeatures, 'indices' | 'values'>): number {
  return dot(WEIGHTS, features) + shortConcreteBonus(features.indices);
}
