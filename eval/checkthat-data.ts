/**
 * Reads the CheckThat! 2019 training debates (`line<TAB>speaker<TAB>sentence<TAB>label`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus';

export const CHECKTHAT_DIR = join(CORPUS_DIR, 'checkthat-2019-train');

export interface DebateLine {
  speaker: string;
  text: string;
  label: 0 | 1;
}

export interface Debate {
  name: string;
  lines: DebateLine[];
}

/** All debates, or null when the corpus folder is absent. */
export function loadDebates(): Debate[] | null {
  if (!existsSync(CHECKTHAT_DIR)) return null;
  return readdirSync(CHECKTHAT_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.tsv$/, ''),
      lines: readFileSync(join(CHECKTHAT_DIR, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
          const [, speaker = '', text = '', label = '0'] = l.split('\t');
          return { speaker, text, label: label.trim() === '1' ? 1 : 0 } as DebateLine;
        }),
    }));
}
