/**
 * How much of a news article the claims detector highlights: on the PTC
 * articles, the share of English sentences that yield at least one claim, and
 * claims per 1,000 words. The threshold is calibrated to about a quarter of
 * sentences; this checks that the page is not covered in claims.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims } from '../utils/analysis/claims/index';
import { segment } from '../utils/analysis/segment';
import { CORPUS_DIR } from './corpus';

export interface ClaimsCoverage {
  skipped?: string;
  articles: number;
  sentences: number;
  sentencesWithClaim: number;
  claims: number;
  reported: number;
  words: number;
}

export function claimsCoverage(): ClaimsCoverage {
  const dir = join(CORPUS_DIR, 'ptc-train', 'articles');
  const empty = { articles: 0, sentences: 0, sentencesWithClaim: 0, claims: 0, reported: 0, words: 0 };
  if (!existsSync(dir))
    return { ...empty, skipped: 'PTC articles not found (../shared/corpus/ptc-train/articles)' };
  const total = { ...empty };
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const seg = segment(text);
    const claims = detectClaims(seg);
    total.articles++;
    total.words += text.split(/\s+/).filter(Boolean).length;
    total.claims += claims.length;
    total.reported += claims.filter((c) => c.label === 'reported_claim').length;
    const english = seg.sentences.filter((s) => seg.blocks[s.block]!.english);
    total.sentences += english.length;
    total.sentencesWithClaim += english.filter((s) =>
      claims.some((c) => c.start >= s.start && c.end <= s.end),
    ).length;
  }
  return total;
}
