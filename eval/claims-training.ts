/** The one training recipe shared by `npm run train:claims` and the leave-one-debate-out evaluation. */
import type { TrainOptions } from '../utils/analysis/claims/train';

export const TRAIN_OPTIONS: TrainOptions = {
  epochs: 12,
  learningRate: 0.05,
  l2: 1e-3,
  positiveWeight: 6,
  seed: 1,
};
