/**
 * Texts the analysis benchmark runs on: the sample article (extracted from its
 * HTML exactly as the extension would), and long documents built from the PTC
 * training articles. Without ../shared/corpus it falls back to paragraphs
 * written for this benchmark, repeated, and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToInput } from '../scripts/analyze/inputs';
import type { AnalysisInput } from '../utils/analysis/types';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.RL_CORPUS_DIR ?? join(REPO, '..', 'shared', 'corpus');
const SAMPLE_PAGE = join(CORPUS, 'pages', 'petro-trump-commentary.html');
const PTC_ARTICLES = join(CORPUS, 'ptc-train', 'articles');

export const corpusAvailable = () => existsSync(SAMPLE_PAGE) && existsSync(PTC_ARTICLES);

/** Written for the benchmark: figures, claims and loaded language in plain English. */
const FALLBACK_PARAGRAPHS = [
  'The council met on 4 May 2021 and voted 7 to 2 to close the old library, which had served the town for over a century.',
  'According to the treasurer, the project will cost $3.5bn, up 12% from 2019, and nearly 40 percent of residents oppose it.',
  'Critics call the plan a reckless betrayal of ordinary families; the mayor insists it is the only sensible way forward.',
  'Between 2010 and 2014 the population fell by 8,000 people, while rents rose between 3 and 5 percent a year.',
  'Everyone knows the truth is simple: the elites in the capital have abandoned us, and they will never admit it.',
  'The hearing lasted two hours and forty minutes, and the minister said last night that talks would resume this June.',
];

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

export async function sampleArticle(): Promise<{ input: AnalysisInput; source: string }> {
  if (!existsSync(SAMPLE_PAGE)) {
    return {
      input: { text: FALLBACK_PARAGRAPHS.join('\n\n') },
      source: 'fallback paragraphs (../shared/corpus absent)',
    };
  }
  return {
    input: await htmlToInput(readFileSync(SAMPLE_PAGE, 'utf8')),
    source: 'sample page article (extracted)',
  };
}

/** Plain text of at least `words` words, paragraphs separated by blank lines. */
export function longDocument(words: number): { text: string; words: number; source: string } {
  const pieces = existsSync(PTC_ARTICLES)
    ? readdirSync(PTC_ARTICLES)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(PTC_ARTICLES, f), 'utf8').trim())
    : FALLBACK_PARAGRAPHS;
  const source = existsSync(PTC_ARTICLES)
    ? 'PTC training articles concatenated (repeated when needed)'
    : 'fallback paragraphs repeated (../shared/corpus absent)';
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const piece = pieces[i % pieces.length]!;
    parts.push(piece);
    count += countWords(piece);
  }
  return { text: parts.join('\n\n'), words: count, source };
}
