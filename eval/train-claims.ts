/**
 * `npm run train:claims`: learns the check-worthiness weights from all
 * CheckThat! 2019 training debates and writes utils/analysis/claims/weights.json.
 * Then calibrates the score for written text: the shift that puts 0.5 at the
 * top quarter of sentences in the PTC news articles (0 when PTC is absent).
 * Deterministic (seeded), so re-running reproduces the committed file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withWrittenTextCorrections } from '../utils/analysis/claims/corrections';
import { dot, FEATURE_COUNT, spanFeatures } from '../utils/analysis/claims/features';
import { type Example, trainLogistic } from '../utils/analysis/claims/train';
import { segment } from '../utils/analysis/segment';
import { loadDebates } from './checkthat-data';
import { TRAIN_OPTIONS } from './claims-training';
import { CORPUS_DIR, REPO_ROOT } from './corpus';

/** Share of news sentences that should score 0.5 or more. */
const SHOWN_SHARE = 0.25;
/** The detector skips sentences shorter than this; calibrate on the same population. */
const MIN_WORDS = 5;

const debates = loadDebates();
if (!debates) {
  console.log('CheckThat! corpus not found (../shared/corpus/checkthat-2019-train): nothing to train.');
  process.exit(0);
}
const examples: Example[] = debates.flatMap((d) =>
  d.lines.map((l) => ({ features: spanFeatures(l.text, 0, l.text.length), label: l.label })),
);
const learned = Array.from(trainLogistic(examples, TRAIN_OPTIONS), (w) => Math.round(w * 1000) / 1000);
const scoreShift = calibrate(withWrittenTextCorrections(learned));
const out = join(REPO_ROOT, 'utils', 'analysis', 'claims', 'weights.json');
writeFileSync(out, `${JSON.stringify({ features: FEATURE_COUNT, scoreShift, weights: learned })}\n`);
console.log(
  `Trained on ${examples.length} sentences (${examples.filter((e) => e.label === 1).length} check-worthy) from ${debates.length} debates; score shift ${scoreShift}; wrote ${out}`,
);

function calibrate(weights: number[]): number {
  const dir = join(CORPUS_DIR, 'ptc-train', 'articles');
  if (!existsSync(dir)) {
    console.log('PTC articles not found: score shift left at 0.');
    return 0;
  }
  const logits: number[] = [];
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const seg = segment(text);
    for (const s of seg.sentences) {
      if (!seg.blocks[s.block]!.english) continue;
      const f = spanFeatures(text, s.start, s.end);
      if (f.words >= MIN_WORDS) logits.push(dot(weights, f));
    }
  }
  logits.sort((a, b) => b - a);
  return -Math.round(logits[Math.floor(SHOWN_SHARE * logits.length)]! * 1000) / 1000;
}
