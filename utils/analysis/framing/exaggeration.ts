/**
 * Exaggeration by superlative: "the greatest military force on the planet",
 * "the worst president in history". A superlative alone is often plain
 * ranking ("the largest city"); joined to a sweeping scope it claims what no
 * one could measure, so both parts are required.
 */
import { isContentWord } from './context';
import { SPECIFIC } from './explain';
import { hitHas, type WordHits } from './hits';
import { scopeTable } from './lexicon';
import type { BlockContext, Candidate } from './types';
import { gateKey, gateLast, gateLength } from './word-gate';

/** Words ending in -est that are not superlatives. */
const NOT_SUPERLATIVE = new Set(
  `interest honest modest protest request harvest arrest suggest manifest contest conquest earnest invest
  digest inquest unrest forest priest latest`.split(/\s+/),
);

const MAX_GAP = 5;
const THE_KEY = gateKey('the');
/** The low five bits of "t", as gateLast gives them. */
const T_BITS = 116 & 31;

export function detectSuperlatives(ctx: BlockContext, hits: WordHits): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, normKeys } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // The key first: comparing every token's string with "the" showed in profiles.
    if (normKeys[i] !== THE_KEY || tokens.norm(i) !== 'the') continue;
    if (!isSuperlative(ctx, hits, i + 1)) continue;
    // "one of the richest regions in the world" ranks; it does not crown.
    if (tokens.norm(i - 1) === 'of' && tokens.norm(i - 2) === 'one') continue;
    const end = scopeEnd(ctx, i + 2);
    if (end < 0) continue;
    out.push({
      from: i,
      to: end,
      label: 'exaggeration',
      score: 0.75,
      why: SPECIFIC.superlative,
    });
    i = end - 1;
  }
  return out;
}

function isSuperlative(ctx: BlockContext, hits: WordHits, i: number): boolean {
  if (!ctx.tokens.isWord(i)) return false;
  if (hitHas(hits, i, 'superlative')) return true;
  // The key holds the length and the last letter's low bits: most words after "the" fail
  // there without their norm being made.
  const key = ctx.normKeys[i]!;
  if (gateLength(key) < 5 || gateLast(key) !== T_BITS) return false;
  const norm = ctx.tokens.norm(i)!;
  return norm.length >= 5 && norm.endsWith('est') && !NOT_SUPERLATIVE.has(norm);
}

/** One past a scope phrase found within a few content words after the superlative, or -1. */
function scopeEnd(ctx: BlockContext, from: number): number {
  const scopes = scopeTable();
  for (let j = from; j < ctx.tokens.length && j <= from + MAX_GAP; j++) {
    const m = scopes.matchAt(ctx.tokens, ctx.norms, ctx.normKeys, j);
    if (m) return m.to;
    const history = historyScopeEnd(ctx, j);
    if (history > 0) return history;
    if (!isContentWord(ctx, j)) return -1;
  }
  return -1;
}

/** "in American history", "in US political history": "in", up to two words, "history". */
function historyScopeEnd(ctx: BlockContext, j: number): number {
  const { tokens } = ctx;
  if (tokens.norm(j) !== 'in') return -1;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    if (!tokens.isWord(k)) return -1;
    if (tokens.norm(k) === 'history') return k > j + 1 ? k + 1 : -1;
  }
  return -1;
}
