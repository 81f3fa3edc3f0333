/**
 * Building a block context and the small token predicates the detectors share.
 */
import { TokenCues } from './rescore';
import { stem } from './stem';
import { CAPITALISED, isCapitalised, type Tokens, tokenize } from './tokens';
import type { BlockContext } from './types';
import { gateKey, gateLast, gateLength } from './word-gate';

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
  const { length: n, kinds, norms, normKeys } = tokens;
  const stems: string[] = new Array(n);
  // Plain arrays: a typed array per block cost more to create than it saved in reads.
  const stemKeys: number[] = new Array(n);
  const cues = new TokenCues();
  for (let i = 0; i < n; i++) {
    const norm = norms[i]!;
    const key = normKeys[i]!;
    const kind = kinds[i]!;
    cues.add(kind, norm, key);
    if (kind === 'word') {
      // Most words are their own stem, and the key tells many of them without reading the norm.
      const s = keepsItsStem(key) ? norm : stem(norm);
      stems[i] = s;
      stemKeys[i] = s === norm ? key : gateKey(s);
    } else {
      stems[i] = '';
      stemKeys[i] = 0;
    }
  }
  return {
    text,
    length: n,
    kinds,
    starts: tokens.starts,
    ends: tokens.ends,
    norms,
    normKeys,
    flags: tokens.flags,
    stems,
    stemKeys,
    titleCase: isTitleCase(tokens),
    cues,
  };
}

/** Headlines are short; longer blocks are prose whatever their capitals. */
const MAX_TITLE_TOKENS = 40;

function isTitleCase(tokens: Tokens): boolean {
  if (tokens.length > MAX_TITLE_TOKENS) return false;
  let words = 0;
  let capitals = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kinds[i] !== 'word' || isFunctionWord(tokens.norms[i]!)) continue;
    words++;
    if (tokens.flags[i]! & CAPITALISED) capitals++;
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
  return ctx.kinds[i] === 'word' && !isFunctionWord(ctx.norms[i]!);
}

/** A lower-case content word: a common noun or adjective rather than a name. */
export function isCommonContentWord(ctx: BlockContext, i: number): boolean {
  return isContentWord(ctx, i) && (ctx.titleCase || !isCapitalised(ctx, i));
}

/** All-capital abbreviation such as "US" or "EU": a name even when it spells a function word. */
export function isAcronym(ctx: BlockContext, i: number): boolean {
  if (ctx.kinds[i] !== 'word' || ctx.ends[i]! - ctx.starts[i]! < 2) return false;
  const s = ctx.text.slice(ctx.starts[i], ctx.ends[i]).replace(/[.'’]/g, '');
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A capitalised word in mid-sentence: part of a name or title, not a common word. */
export function isNameLike(ctx: BlockContext, i: number): boolean {
  if (ctx.titleCase || ctx.kinds[i] !== 'word' || !isCapitalised(ctx, i)) return false;
  const prev = ctx.kinds[i - 1];
  if (prev === undefined) return false;
  if (prev === 'word') return true;
  return !(prev === 'quote' || '.!?…:—–-(['.includes(ctx.norms[i - 1]!));
}

/** The text between two offsets, whitespace collapsed, shortened for explanations. */
export function quoteText(text: string, start: number, end: number, max = 60): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ');
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}
