/**
 * The warning of what follows if nothing is done: "If we do nothing, they will
 * take everything", "Unless we stop them now, the next budget will cut deeper",
 * "Our towns will die if nothing changes". A condition of inaction joined to a
 * predicted consequence moves the reader by fear of that consequence; a plain
 * condition ("if the rate rises, payments will rise") is not one, so the
 * condition must be a failure to act.
 */
import { reasonFor } from './explain';
import { PUNCT, WORD } from './tokens';
import type { BlockContext, Candidate } from './types';
import { GatedSet } from './word-gate';

/** Asked of every word of a block: the gate keeps the others' norms from being made. */
const OPENERS = new GatedSet(['if', 'unless']);
/** The audience itself: "if they fail to pay, the bank could foreclose" describes, it does not warn. */
const ACTORS = new Set(['we', 'you']);
/** "we don't act", "we do not stop them", "we fail to act", "we refuse to see". */
const NOT_DOING = new Set([
  "don't",
  'dont',
  "won't",
  'fail',
  'fails',
  'refuse',
  'refuses',
  "can't",
  'cannot',
]);
/** "if nothing is done", "if nothing changes". */
const NOTHING_HAPPENS = new Set(['is', 'gets', 'changes', 'happens']);
/** The consequence: a prediction ("will", "'ll", "would", "could"). */
const PREDICTIONS = new Set(['will', "'ll", 'would', 'could', "won't", 'shall']);
/** Words a condition or its consequence may run to before the highlight stops. */
const MAX_CLAUSE = 16;

export function detectInactionWarnings(ctx: BlockContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind(i) !== WORD || !OPENERS.hasToken(tokens, i)) continue;
    const conditionEnd = inactionEnd(ctx, i);
    if (conditionEnd < 0) continue;
    const clauseEnd = clauseBoundary(ctx, conditionEnd);
    // "If we do nothing, they will…": the consequence follows the condition.
    const after = consequenceAfter(ctx, clauseEnd);
    if (after > 0) {
      out.push(warning(i, after));
      i = after - 1;
      continue;
    }
    // "Our towns will die if nothing changes": it comes first, in the same sentence.
    const before = consequenceBefore(ctx, i);
    if (before >= 0) out.push(warning(before, clauseEnd));
  }
  return out;
}

function warning(from: number, to: number): Candidate {
  return {
    from,
    to,
    label: 'appeal_to_fear',
    rule: 'inaction-warning',
    score: 0.55,
    why: reasonFor('appeal_to_fear'),
  };
}

/** After "if"/"unless" at `i`: the token after the words saying nobody acts, or -1. */
function inactionEnd(ctx: BlockContext, i: number): number {
  const t = ctx.tokens;
  const subject = t.norm(i + 1);
  if (subject === 'nothing') return NOTHING_HAPPENS.has(t.norm(i + 2) ?? '') ? i + 3 : -1;
  if (!subject || !ACTORS.has(subject)) return -1;
  const verb = t.norm(i + 2);
  // "unless we act": "unless" already says the action is missing.
  if (t.norm(i) === 'unless') return t.isWord(i + 2) ? i + 3 : -1;
  if (verb === 'do' && t.norm(i + 3) === 'nothing') return i + 4;
  if (verb === 'do' && t.norm(i + 3) === 'not') return t.isWord(i + 4) ? i + 5 : -1;
  if (verb && NOT_DOING.has(verb)) return t.isWord(i + 3) ? i + 4 : -1;
  return -1;
}

/** Index of the first punctuation mark from `i` on (the clause's end), at most MAX_CLAUSE words on. */
function clauseBoundary(ctx: BlockContext, i: number): number {
  const t = ctx.tokens;
  let k = i;
  while (k < t.length && k - i < MAX_CLAUSE && t.kind(k) !== PUNCT) k++;
  return k;
}

const isSentenceEnd = (norm: string | undefined) =>
  norm === '.' || norm === '!' || norm === '?' || norm === ';';

/** After a comma ending the condition, the end of a consequence clause holding a prediction; else -1. */
function consequenceAfter(ctx: BlockContext, conditionEnd: number): number {
  const t = ctx.tokens;
  if (t.norm(conditionEnd) !== ',') return -1;
  let predicted = false;
  let k = conditionEnd + 1;
  for (; k < t.length && k - conditionEnd <= MAX_CLAUSE; k++) {
    if (t.kind(k) === PUNCT && isSentenceEnd(t.norm(k))) break;
    if (t.kind(k) === WORD && PREDICTIONS.has(t.norm(k)!)) predicted = true;
  }
  return predicted ? k : -1;
}

/** The start of a clause right before "if" at `i` that holds a prediction; else -1. */
function consequenceBefore(ctx: BlockContext, i: number): number {
  const t = ctx.tokens;
  let predicted = false;
  let k = i - 1;
  for (; k >= 0 && i - k <= MAX_CLAUSE; k--) {
    if (t.kind(k) === PUNCT) break;
    if (t.kind(k) === WORD && PREDICTIONS.has(t.norm(k)!)) predicted = true;
  }
  return predicted ? k + 1 : -1;
}
