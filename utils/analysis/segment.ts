/**
 * Splits analysis input into blocks and sentences and decides which blocks are
 * English. Every detector works on the same segmentation so offsets agree.
 */

import { detectLanguage } from './language';
import type { AnalysisInput, Block } from './types';

export interface Sentence {
  start: number;
  end: number;
  /** Index into Segmented.blocks. */
  block: number;
}

export interface SegmentedBlock extends Block {
  /** False for blocks in another language: detectors skip them. */
  english: boolean;
}

export interface Segmented {
  text: string;
  blocks: SegmentedBlock[];
  sentences: Sentence[];
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st vs etc inc ltd co corp gov sen rep gen col lt sgt capt u.s e.g i.e no fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept est mt ft'.split(
    ' ',
  ),
);

/** Blank lines, or single newlines when the text has no blank lines, separate blocks. */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n+/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    pushTrimmed(blocks, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(blocks, text, start, text.length);
  return blocks;
}

function pushTrimmed(blocks: Block[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) blocks.push({ start, end, type: 'paragraph' });
}

/**
 * Sentence boundaries inside one block: a terminator (. ! ? …) followed by
 * closing quotes/brackets, whitespace, then something that can start a sentence.
 * Very long runs without punctuation are cut so later stages stay bounded.
 */
export function splitSentences(text: string, start: number, end: number, block: number): Sentence[] {
  const out: Sentence[] = [];
  const MAX = 2000;
  let s = start;
  const re = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}¿¡])|[.!?…]+["'”’)\]]*(?=\s*$)/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, s, m.index)) continue;
    addSentence(out, text, s, stop, block, MAX);
    s = stop;
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  addSentence(out, text, s, end, block, MAX);
  return out;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let i = dot;
  while (i > sentenceStart && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.") keep the sentence going.
  return /^(\p{L}|(\p{L}\.)+\p{L})$/u.test(word) && text[i]! === text[i]!.toUpperCase();
}

function addSentence(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  block: number,
  max: number,
): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  for (let s = start; s < end; s += max) {
    out.push({ start: s, end: Math.min(end, s + max), block });
  }
}

export function segment(input: AnalysisInput | string): Segmented {
  const { text, blocks: given } = typeof input === 'string' ? { text: input, blocks: undefined } : input;
  const rawBlocks = given && given.length > 0 ? given : blocksFromText(text);
  const blocks: SegmentedBlock[] = [];
  const sentences: Sentence[] = [];
  for (const b of rawBlocks) {
    if (b.end <= b.start) continue;
    const index = blocks.length;
    blocks.push({ ...b, english: isEnglish(text.slice(b.start, b.end), b.lang) });
    sentences.push(...splitSentences(text, b.start, b.end, index));
  }
  return { text, blocks, sentences };
}

function isEnglish(blockText: string, declared: string | undefined): boolean {
  if (declared) return declared.toLowerCase().startsWith('en');
  return detectLanguage(blockText) === 'en';
}
