/**
 * Devices carried by set phrases: boosters, hedges, flag-waving, fear
 * appeals, doubt, slogans, black-and-white, causal oversimplification,
 * whataboutism, us-versus-them, and exaggeration or minimisation wording.
 * One scan over the combined table; per technique the longest match wins.
 */
import { isContentWord, isNameLike } from './context';
import { reasonFor, SPECIFIC } from './explain';
import { deviceTable } from './lexicon';
import type { BlockContext, Candidate, Technique } from './types';

const BASE_SCORE: Partial<Record<Technique, number>> = {
  booster: 0.6,
  hedge: 0.5,
  flag_waving: 0.6,
  appeal_to_fear: 0.55,
  doubt: 0.55,
  slogans: 0.6,
  black_and_white: 0.5,
  causal_oversimplification: 0.45,
  whataboutism: 0.5,
  us_vs_them: 0.5,
  exaggeration: 0.55,
};

/** Techniques whose phrase points at what follows; the next words join the highlight. */
const TAKES_OBJECT: Partial<Record<Technique, number>> = { exaggeration: 1, doubt: 2 };

export function detectPhraseDevices(ctx: BlockContext): Candidate[] {
  const table = deviceTable();
  const out: Candidate[] = [];
  const busyUntil = new Map<Technique, number>();
  const { tokens, normKeys } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || !table.mayStartAt(tokens, normKeys, i)) continue;
    const matches = table.matchesFrom(tokens, ctx.norms, normKeys, i);
    // "Absolute" in ‘Operation Absolute Resolve’ is part of a name.
    if (matches.length > 0 && isNameLike(ctx, i)) continue;
    for (const m of matches) {
      for (const entry of m.values) {
        if ((busyUntil.get(entry.label) ?? 0) > i) continue;
        // "not entirely illogical", "not always": negated intensity is not exaggeration.
        if (entry.label === 'exaggeration' && tokens.norm(i - 1) === 'not') continue;
        // "sat down with the host": a rallying cry opens its clause.
        if (entry.variant === 'cry' && tokens.isWord(i - 1)) continue;
        // "they see no other way out", "he believes the only way is…": a belief reported, not the writer's.
        if (entry.label === 'black_and_white' && reportsBelief(ctx, i)) continue;
        let to = m.to;
        const reach = TAKES_OBJECT[entry.label] ?? 0;
        for (let k = 0; k < reach && takesAsObject(ctx, to, k > 0); k++) to++;
        busyUntil.set(entry.label, to);
        out.push({
          from: i,
          to,
          label: entry.label,
          score: BASE_SCORE[entry.label] ?? 0.5,
          why: entry.variant === 'minimisation' ? SPECIFIC.minimisation : reasonFor(entry.label),
        });
      }
    }
  }
  return out;
}

/** Verbs of seeing, believing and saying that make what follows someone else's view. */
const BELIEF_VERBS = new Set(
  'see sees saw believe believes believed think thinks thought feel feels felt insist insists insisted argue argues argued claim claims claimed say says said'.split(
    ' ',
  ),
);
/** Words back from a phrase in which a belief verb reports it ("believes, as ever, that the only way"). */
const BELIEF_REACH = 3;

function reportsBelief(ctx: BlockContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= 0 && i - k <= BELIEF_REACH && tokens.isWord(k); k--)
    if (BELIEF_VERBS.has(tokens.norm(k)!)) return true;
  return false;
}

/**
 * A following word that the phrase is about: a common content word, or "one"
 * ("every single one"). Past the first, not a verb: "so-called experts", not
 * "so-called experts got".
 */
function takesAsObject(ctx: BlockContext, i: number, further: boolean): boolean {
  const { tokens } = ctx;
  if (!tokens.isWord(i) || tokens.capitalised(i)) return false;
  const norm = tokens.norm(i)!;
  if (further && looksLikeVerb(norm)) return false;
  return norm === 'one' || isContentWord(ctx, i);
}

/** Past forms and the verbs that most often follow a subject in commentary. */
const COMMON_VERBS = new Set(
  'got get gets say says said claim claims want wants know knows think thinks made make makes took take takes went go goes told tell tells gave give gives keep keeps kept'.split(
    ' ',
  ),
);
function looksLikeVerb(norm: string): boolean {
  return COMMON_VERBS.has(norm) || (norm.length > 4 && norm.endsWith('ed'));
}
