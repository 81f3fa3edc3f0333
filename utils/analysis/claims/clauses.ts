/**
 * Cuts a sentence into clauses so a claim can be highlighted as the checkable
 * part rather than the whole sentence: "They seek X, which culminated in 80
 * deaths" has the checkable event in the relative clause. ", saying …" is not
 * a cut: the words said belong to the clause that reports them.
 */

/** Words that, after a comma, open a new clause with its own assertion. */
const CLAUSE_OPENERS =
  /[,;]\s+(?=(?:which|during which|in which|after which|by which|whereby|where|while|whereas|but|although|though|yet|despite|it (?:is|was|seems|became) \p{L}+ that)\s)|;\s+|\s[–—]\s(?=\p{Lu})/gu;

/** Clauses shorter than this (in words) stay attached to their neighbour. */
const MIN_WORDS = 4;

export interface Clause {
  start: number;
  end: number;
}

/** Clauses of text[start, end); always at least one, covering the trimmed sentence. */
export function splitClauses(text: string, start: number, end: number): Clause[] {
  // Every cut needs a comma, semicolon or dash: sentences without one (a quarter of those searched) skip the regex.
  if (!hasSeparator(text, start, end))
    return [{ start, end: trimEnd(text, start, Math.min(end, text.length)) }];
  const sentence = text.slice(start, end);
  const cuts: number[] = [];
  // An exec loop rather than matchAll, which clones the regex on every call (measured 2.6x slower
  // on 1,800 sentences). No match is empty, and exec leaves lastIndex at 0 when it runs out.
  CLAUSE_OPENERS.lastIndex = 0;
  for (let m = CLAUSE_OPENERS.exec(sentence); m; m = CLAUSE_OPENERS.exec(sentence)) {
    cuts.push(m.index, m.index + m[0].length);
  }
  const pieces: Clause[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    pieces.push({ start: from, end: cuts[i]! });
    from = cuts[i + 1]!;
  }
  pieces.push({ start: from, end: sentence.length });

  // The pieces are this call's own objects: merged and moved to text offsets in place.
  const merged: Clause[] = [];
  for (const p of pieces) {
    const last = merged.at(-1);
    if (last && (wordCount(sentence, p) < MIN_WORDS || wordCount(sentence, last) < MIN_WORDS))
      last.end = p.end;
    else merged.push(p);
  }
  for (const c of merged) {
    c.end = start + trimEnd(sentence, c.start, c.end);
    c.start += start;
  }
  return merged;
}

function hasSeparator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

function wordCount(s: string, c: Clause): number {
  let n = 0;
  let inWord = false;
  for (let i = c.start; i < c.end; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Drops trailing spaces and separators, keeping a final full stop or closing quote. */
function trimEnd(s: string, start: number, end: number): number {
  while (end > start && /[\s,;:–—-]/.test(s[end - 1]!)) end--;
  return end;
}
