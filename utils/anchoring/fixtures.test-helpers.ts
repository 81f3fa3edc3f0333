/** Sample article text for anchoring tests (written for these tests). */
export const ARTICLE = [
  'The minister said on Tuesday that fuel prices would fall by 12 percent before the end of the year, a promise her critics called wishful thinking.',
  'Independent analysts were less certain. Refinery capacity has shrunk by a third since 2019, and the two largest plants are due for maintenance in the spring.',
  'Opposition leaders accused the government of hiding the true cost of the subsidy, which the treasury estimates at 4.2 billion euros a year.',
  'The truth is that nobody in this debate wants to talk about demand. Households are driving more, not less, and freight volumes hit a record in March.',
  'Supporters of the plan point to the last time prices were capped, in 2011, when inflation slowed within six months.',
  'But that cap lasted only a year, and the deficit it left behind took a decade to close, according to the central bank.',
  'The minister said on Tuesday that she would meet the unions next week. The unions said they had not been invited.',
  'Whatever happens next, the debate has exposed how little the public knows about where its fuel comes from.',
].join('\n\n');

/** Offsets of the n-th occurrence (0-based) of `quote` in `text`. */
export function find(text: string, quote: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  }
  return { start: at, end: at + quote.length };
}
