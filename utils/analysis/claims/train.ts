/**
 * Logistic regression for check-worthiness, trained with AdaGrad over
 * shuffled examples. Deterministic: the shuffle uses a seeded generator, so
 * `npm run train:claims` reproduces the shipped weights exactly.
 */

import { FEATURE_COUNT, type SpanFeatures } from './features';

export interface Example {
  features: Pick<SpanFeatures, 'indices' | 'values'>;
  label: 0 | 1;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update (bias excluded). */
  l2?: number;
  /** Weight of a positive example relative to a negative one (positives are rare). */
  positiveWeight?: number;
  seed?: number;
}

/** Mulberry32: tiny seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): Float64Array {
  const { epochs = 12, learningRate = 0.2, l2 = 1e-4, positiveWeight = 6, seed = 1 } = options;
  const w = new Float64Array(FEATURE_COUNT);
  const g2 = new Float64Array(FEATURE_COUNT).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = random(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { features, label } = examples[k]!;
      let z = 0;
      for (let i = 0; i < features.indices.length; i++) z += w[features.indices[i]!]! * features.values[i]!;
      const err = (sigmoid(z) - label) * (label === 1 ? positiveWeight : 1);
      for (let i = 0; i < features.indices.length; i++) {
        const idx = features.indices[i]!;
        const g = err * features.values[i]! + (idx === 0 ? 0 : l2 * w[idx]!);
        g2[idx]! += g * g;
        w[idx]! -= (learningRate * g) / Math.sqrt(g2[idx]!);
      }
    }
  }
  return w;
}
