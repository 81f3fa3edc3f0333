/**
 * Building a block context and the small token predicates the detectors share.
 */
import { TokenCues } from './rescore';
import { stemEdit, stemEditOfCodes } from './stem';
import { Stems, stemGateKey, stemGateKeyOfCodes, type WordKeys } from './stems';
import { MAX_WORD, QUOTE, type Tokens, tokenize, WORD } from './tokens';
import type { BlockContext } from './types';
import { GatedSet, gateLast, gateLength } from './word-gate';

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

/**
 * The context of text[start, end). Given the previous block's context, takes
 * over its arrays (which that context may no longer be read from): a
 * document's blocks are analysed one at a time, and one set of arrays serves
 * them all instead of a new set per block for the garbage collector.
 */
export function blockContext(
  text: string,
  start: number,
  end: number,
  previous?: BlockContext,
): BlockContext {
  const tokens = tokenize(text, start, end, previous?.tokens);
  const n = tokens.length;
  const normKeys = tokens.gates;
  let stemKeys = previous?.stemKeys;
  if (stemKeys === undefined || stemKeys.length < normKeys.length) stemKeys = new Int32Array(normKeys.length);
  const cues = new TokenCues();
  for (let i = 0; i < n; i++) {
    const key = normKeys[i]!;
    const kind = tokens.kind(i)!;
    cues.add(tokens, i, kind, key);
    if (kind === WORD) {
      // Most words are their own stem, and the key tells many of them without making the norm.
      stemKeys[i] = keepsItsStem(key) ? key : stemKeyOf(tokens, i, key);
    } else {
      stemKeys[i] = 0;
    }
  }
  const stems = new Stems(tokens);
  return {
    text,
    tokens,
    stems,
    norms: new Norms(tokens),
    normKeys,
    stemKeys,
    titleCase: isTitleCase(tokens),
    cues,
  };
}

/** The codes of a word's norm, for stemKeyOf: one buffer serves every word. */
const normCodes = new Int32Array(MAX_WORD);

/**
 * gateKey of word i's stem; `key` is its norm's. An ASCII word is stemmed from
 * its codes in the text: making its norm only to stem it was half of all the
 * strings the framing detectors made.
 */
function stemKeyOf(tokens: Tokens, i: number, key: number): number {
  const n = tokens.normCodes(i, normCodes);
  if (n >= 0) {
    const edit = stemEditOfCodes(normCodes, n);
    return edit === 0 ? key : stemGateKeyOfCodes(normCodes, n, edit);
  }
  const norm = tokens.norm(i)!;
  const edit = stemEdit(norm);
  return edit === 0 ? key : stemGateKey(norm, edit);
}

/** The norms of a block's tokens as lookup keys (WordKeys): set phrases are matched by exact words. */
class Norms implements WordKeys {
  constructor(private readonly tokens: Tokens) {}

  at(i: number): string | undefined {
    return this.tokens.norm(i);
  }
}

/** Headlines are short; longer blocks are prose whatever their capitals. */
const MAX_TITLE_TOKENS = 40;

function isTitleCase(tokens: Tokens): boolean {
  if (tokens.length > MAX_TITLE_TOKENS) return false;
  let words = 0;
  let capitals = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || isFunctionWordAt(tokens, i)) continue;
    words++;
    if (tokens.capitalised(i)) capitals++;
  }
  return words >= 3 && capitals / words > 0.7;
}

/**
 * Grammatical glue: never the head of a highlight, and where extensions stop.
 * Gated (word-gate.ts): asked of nearly every word next to a candidate, and
 * most of those are content words the gate turns away without their norm.
 */
const FUNCTION_WORDS = new GatedSet(
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

/** isFunctionWord of token i's norm, made only if the gate lets the token through. */
function isFunctionWordAt(tokens: Tokens, i: number): boolean {
  return FUNCTION_WORDS.hasToken(tokens, i);
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
  return ctx.tokens.isWord(i) && !isFunctionWordAt(ctx.tokens, i);
}

/** A lower-case content word: a common noun or adjective rather than a name. */
export function isCommonContentWord(ctx: BlockContext, i: number): boolean {
  return isContentWord(ctx, i) && (ctx.titleCase || !ctx.tokens.capitalised(i));
}

/** All-capital abbreviation such as "US" or "EU": a name even when it spells a function word. */
export function isAcronym(ctx: BlockContext, i: number): boolean {
  const { tokens } = ctx;
  if (!tokens.isWord(i) || tokens.end(i) - tokens.start(i) < 2) return false;
  const s = ctx.text.slice(tokens.start(i), tokens.end(i)).replace(/[.'’]/g, '');
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A capitalised word in mid-sentence: part of a name or title, not a common word. */
export function isNameLike(ctx: BlockContext, i: number): boolean {
  const { tokens } = ctx;
  if (ctx.titleCase || !tokens.isWord(i) || !tokens.capitalised(i)) return false;
  const prev = tokens.kind(i - 1);
  if (prev === undefined) return false;
  if (prev === WORD) return true;
  return !(prev === QUOTE || '.!?…:—–-(['.includes(tokens.norm(i - 1)!));
}

/** The text between two offsets, whitespace collapsed, shortened for explanations. */
export function quoteText(text: string, start: number, end: number, max = 60): string {
  // Most highlights are words with single spaces between them, which the regex would leave as they are.
  const raw = collapsible(text, start, end)
    ? text.slice(start, end).replace(/\s+/g, ' ')
    : text.slice(start, end);
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

/**
 * Might `\s+` → ' ' change text[start, end)? Yes at any whitespace other than
 * a lone plain space (a tab, a newline, a no-break or typographic space, two
 * spaces in a row); no means the slice is already collapsed.
 */
function collapsible(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < end && text.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32 || (c >= 0x7f && mayBeSpace(c))) return true;
  }
  return false;
}

/** The characters beyond ASCII that `\s` matches (and a few more, which only cost the regex). */
function mayBeSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
