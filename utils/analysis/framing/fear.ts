/**
 * Appeals to fear built by grammar rather than by set phrases: a modal or a
 * warning word followed closely by a harm word ("could explode", "threatens
 * to destroy", "will simply lose … and die"). A report of harm that happened
 * ("the attack killed 80") has no trigger and is left alone.
 */
import { isContentWord, isNameLike } from './context';
import { reasonFor } from './explain';
import { FEAR_TRIGGERS, HARM_WORDS } from './lexicon/appeals';
import { stem } from './stem';
import { PUNCT, WORD } from './tokens';
import type { BlockContext, Candidate } from './types';
import { GatedSet } from './word-gate';

/**
 * Harm words by their stems, gated by the stem's key: the words after a trigger
 * ("will", "could", "may" are common) are asked about here, and most of them,
 * let through by no gate, would each have made a stem string to hash.
 */
const HARM_STEMS = new GatedSet(HARM_WORDS.map(stem));
/** Asked of every word of a block; the gate keeps most of them from being hashed. */
const TRIGGERS = new GatedSet(FEAR_TRIGGERS);
/** Words a trigger may stand before its harm word ("could actually accelerate the collapse"). */
const MAX_GAP = 5;

export function detectFearAppeals(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let trigger = -1;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind(i);
    if (kind === PUNCT && '.!?;:'.includes(tokens.norm(i)!)) {
      trigger = -1;
      continue;
    }
    if (kind !== WORD) continue;
    if (TRIGGERS.hasToken(tokens, i)) {
      // "the National Bureau for Risk": a capital inside a sentence makes it part of a name.
      trigger = isNameLike(ctx, i) ? -1 : i;
      continue;
    }
    if (trigger < 0 || i - trigger > MAX_GAP || !HARM_STEMS.hasKeyed(ctx.stemKeys[i]!, ctx.stems, i))
      continue;
    // "would The Man Who Killed Ken": a title, not a threat.
    if (isNameLike(ctx, i)) continue;
    // "would not kill", "will never die": a denied harm is not a threat.
    if (negatedBetween(ctx, trigger, i)) continue;
    const from = clauseStart(ctx, trigger);
    // "Nobody knows whether the patients will die": an open question, not a warning.
    if (asksWhether(ctx, from, trigger)) continue;
    let to = i + 1;
    // The harm's object joins the highlight: "destroy the country", "kill infidels".
    const next = tokens.norm(to);
    if (next === 'the' || next === 'our' || next === 'your') to++;
    if (isContentWord(ctx, to)) to++;
    out.push({
      from,
      to,
      label: 'appeal_to_fear',
      rule: 'fear-grammar',
      score: 0.5,
      why: reasonFor('appeal_to_fear'),
    });
    trigger = -1;
  }
  return out;
}

/** Words a clause may reach back before its trigger: the subject ("the epidemic could explode"). */
const MAX_SUBJECT = 10;
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet', 'then']);

/** The first word of the trigger's clause: after the last punctuation mark, at most MAX_SUBJECT words back. */
function clauseStart(ctx: BlockContext, trigger: number): number {
  let start = trigger;
  for (let k = trigger - 1; k >= 0 && trigger - k <= MAX_SUBJECT; k--) {
    if (!ctx.tokens.isWord(k)) break;
    start = k;
  }
  // A clause opened by a conjunction starts after it: "and some people will die".
  while (start < trigger && CONJUNCTIONS.has(ctx.tokens.norm(start)!)) start++;
  return start;
}

function asksWhether(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 2); k < to; k++) if (ctx.tokens.norm(k) === 'whether') return true;
  return false;
}

function negatedBetween(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const n = ctx.tokens.norm(k)!;
    if (n === 'not' || n === 'never' || n === "n't" || n.endsWith("n't")) return true;
  }
  return false;
}
