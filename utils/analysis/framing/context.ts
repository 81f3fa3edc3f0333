/**
 * Building a block context and the small token predicates the detectors share.
 */
import { TokenCues } from './rescore';
import { stemEdit } from './stem';
import { Stems, stemGateKey } from './stems';
import { type Token, tokenize } from './tokens';
import type { BlockContext } from './types';
import { gateLast, gateLength } from './word-gate';

/** Low five bits of the last codes stem() strips anything after: s, d, g and the apostrophe (g and ' share 7). */
const STEMMED_LAST = (1 << (115 & 31)) | (1 << (100 & 31)) | (1 << (103 & 31)) | (1 << (39 & 31));

/**
 * stem() returns words of three letters or fewer, and words ending in
 * anything but s, d, g or an apostrophe, unchanged; the gate key holds the
 * length and the last code's low bits, enough to say so for most words.
 */
function keepsItsStem(key: number): boolean {
  return gateLength(key) <= 3 || (STEMMED_LAST & (1 << gateLast(key))) === 0;
}

export function blockContext(text: string, start: number, end: number): BlockContext {
  const tokens = tokenize(text, start, end);
  const n = tokens.length;
  const norms: string[] = new Array(n);
  // Plain arrays: a typed array per block cost more to create than it saved in reads.
  const normKeys: number[] = new Array(n);
  const stemKeys: number[] = new Array(n);
  const cues = new TokenCues();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const norm = t.norm;
    const key = t.gate;
    const kind = t.kind;
    norms[i] = norm;
    normKeys[i] = key;
    cues.add(kind, norm, key);
    if (kind === 'word') {
      // Most words are their own stem, and the key tells many of them without reading the norm.
      const edit = keepsItsStem(key) ? 0 : stemEdit(norm);
      stemKeys[i] = edit === 0 ? key : stemGateKey(norm, edit);
    } else {
      stemKeys[i] = 0;
    }
  }
  const stems = new Stems(tokens);
  return { text, tokens, stems, norms, normKeys, stemKeys, titleCase: isTitleCase(tokens), cues };
}

/** Headlines are short; longer blocks are prose whatever their capitals. */
const MAX_TITLE_TOKENS = 40;

function isTitleCase(tokens: readonly Token[]): boolean {
  if (tokens.length > MAX_TITLE_TOKENS) return false;
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || isFunctionWord(t.norm)) continue;
    words++;
    if (t.capitalised) capitals++;
  }
  return words >= 3 && capitals / words > 0.7;
}

/** Grammatical glue: never the head of a highlight, and where extensions stop. */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for with by from into onto upon about over under
  against between through during without within among as than that which who whom whose what when
  where why how if then because while although though is are was were be been being am has have had
  do does did will would shall should can could may might must it its this these those there here
  he him his she her hers they them their theirs we us our ours you your yours i me my mine not no
  also just only even very too more most less least such all any each every some both either neither
  one ones other others own same up down out off again further once`.split(/\s+/),
);

export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export function isPossessivePronoun(norm: string): boolean {
  return POSSESSIVES.has(norm);
}

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  ...POSSESSIVES,
]);
export function isDeterminer(norm: string): boolean {
  return DETERMINERS.has(norm);
}

/** A word token that can carry meaning (not glue, not punctuation). */
export function isContentWord(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && !isFunctionWord(t.norm);
}

/** A lower-case content word: a common noun or adjective rather than a name. */
export function isCommonContentWord(ctx: BlockContext, i: number): boolean {
  return isContentWord(ctx, i) && (ctx.titleCase || !ctx.tokens[i]!.capitalised);
}

/** All-capital abbreviation such as "US" or "EU": a name even when it spells a function word. */
export function isAcronym(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word' || t.end - t.start < 2) return false;
  const s = ctx.text.slice(t.start, t.end).replace(/[.'’]/g, '');
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A capitalised word in mid-sentence: part of a name or title, not a common word. */
export function isNameLike(ctx: BlockContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (ctx.titleCase || t?.kind !== 'word' || !t.capitalised) return false;
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  if (prev.kind === 'word') return true;
  return !(prev.kind === 'quote' || '.!?…:—–-(['.includes(prev.norm));
}

/** The text between two offsets, whitespace collapsed, shortened for explanations. */
export function quoteText(text: string, start: number, end: number, max = 60): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ');
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}
