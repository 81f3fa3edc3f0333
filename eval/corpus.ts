/**
 * Where the reference corpora live: `../shared/corpus/` next to the repository
 * (or RL_CORPUS_DIR). Never copied into the project.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CORPUS_DIR = process.env.RL_CORPUS_DIR ?? join(repoRoot, '..', 'shared', 'corpus');

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

export const REPO_ROOT = repoRoot;
