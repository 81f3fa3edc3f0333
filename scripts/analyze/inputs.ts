/**
 * Turns the paths given on the command line into the list of files to
 * analyse, and reads each one into analysis input. HTML goes through the
 * extension's own main-content extractor (utils/page/extract.ts) so the CLI
 * analyses the same text the reader's browser would.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Window } from 'happy-dom';
import type { AnalysisInput } from '../../utils/analysis/types';
import { extractArticle } from '../../utils/page/extract';

export type InputKind = 'text' | 'html';

const EXTENSIONS: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

export function inputKind(path: string): InputKind | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

export interface ResolvedInputs {
  files: string[];
  errors: string[];
}

/** Expands directories (recursively, sorted) and checks that every named file exists and is supported. */
export function resolveInputs(paths: readonly string[]): ResolvedInputs {
  const files: string[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(path);
    } catch {
      errors.push(`${path}: no such file or directory`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = listSupported(path);
      if (found.length === 0) errors.push(`${path}: directory holds no .txt or .html files`);
      files.push(...found);
    } else if (!inputKind(path)) {
      errors.push(`${path}: unsupported file type "${extname(path) || '(none)'}" (expected .txt or .html)`);
    } else files.push(path);
  }
  return { files: [...new Set(files)], errors };
}

function listSupported(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...listSupported(path));
    else if (e.isFile() && inputKind(path)) out.push(path);
  }
  return out;
}

/** The analysis input for one file: text files verbatim, HTML reduced to its article. */
export async function readInput(path: string): Promise<AnalysisInput> {
  const content = readFileSync(path, 'utf8');
  return inputKind(path) === 'html' ? htmlToInput(content) : { text: content };
}

export async function htmlToInput(html: string): Promise<AnalysisInput> {
  // Scripts, styles and sub-resources stay off: the page is data, not a program.
  const window = new Window({
    url: 'https://localhost/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    window.document.write(html);
    const { text, blocks } = extractArticle(window.document as unknown as Document);
    return { text, blocks };
  } finally {
    await window.happyDOM.close();
  }
}
