import fc from 'fast-check';
import { expect, it, describe as suite } from 'vitest';
import { anchor, anchorAll } from './anchor';
import { CONTEXT_LENGTH, describe } from './describe';
import { ARTICLE, find } from './fixtures.test-helpers';

function noteOn(text: string, quote: string, nth = 0) {
  const { start, end } = find(text, quote, nth);
  const target = describe(text, start, end);
  if (!target) throw new Error('no target');
  return target;
}

const textAt = (text: string, a: { start: number; end: number } | null) =>
  a ? text.slice(a.start, a.end) : null;

suite('describe', () => {
  it('keeps the quote, its position and at least 32 characters of context', () => {
    const t = noteOn(ARTICLE, 'Refinery capacity has shrunk by a third');
    expect(t.quote.exact).toBe('Refinery capacity has shrunk by a third');
    expect(t.quote.prefix.length).toBe(CONTEXT_LENGTH);
    expect(t.quote.suffix.length).toBe(CONTEXT_LENGTH);
    expect(CONTEXT_LENGTH).toBeGreaterThanOrEqual(32);
    expect(ARTICLE.slice(t.position.start, t.position.end)).toBe(t.quote.exact);
  });

  it('trims whitespace at the edges and shortens context at the ends of the text', () => {
    const t = describe('  Hello world. ', 0, 15);
    expect(t?.quote).toEqual({ type: 'TextQuoteSelector', exact: 'Hello world.', prefix: '  ', suffix: ' ' });
    expect(t?.position).toEqual({ type: 'TextPositionSelector', start: 2, end: 14 });
    expect(describe('a   b', 1, 4)).toBeNull();
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `${'😀'.repeat(30)}quote${'😀'.repeat(30)}`;
    const start = text.indexOf('quote');
    const t = describe(text, start, start + 5);
    expect(t?.quote.prefix).toBe('😀'.repeat(20));
    expect(t?.quote.suffix).toBe('😀'.repeat(20));
  });
});

suite('anchor', () => {
  it('finds the passage in the unchanged text', () => {
    const t = noteOn(ARTICLE, 'hiding the true cost of the subsidy');
    expect(anchor(ARTICLE, t)).toMatchObject({ start: t.position.start, end: t.position.end });
  });

  it('tells repeats apart by context, even after the text moved', () => {
    const second = noteOn(ARTICLE, 'The minister said on Tuesday that', 1);
    const first = noteOn(ARTICLE, 'The minister said on Tuesday that', 0);
    const moved = `A new introduction of some length.\n\n${ARTICLE}`;
    expect(anchor(moved, second)?.start).toBe(find(moved, 'The minister said on Tuesday that', 1).start);
    expect(anchor(moved, first)?.start).toBe(find(moved, 'The minister said on Tuesday that', 0).start);
  });

  it('uses the position to choose between repeats with identical context', () => {
    const text = Array.from({ length: 5 }, () => 'Same sentence again and again for the test here.').join(
      ' ',
    );
    const target = describe(text, 50 * 2, 50 * 2 + 13);
    expect(anchor(text, target!)).toMatchObject({ start: 100, end: 113 });
  });

  it('survives a paragraph inserted before and two words changed near the quote', () => {
    const t = noteOn(ARTICLE, 'hiding the true cost of the subsidy');
    const edited = ARTICLE.replace(
      'Refinery capacity',
      'A new paragraph about refinery economics arrived late.\n\nRefinery capacity',
    ).replace('Opposition leaders accused', 'Opposition politicians charged');
    const a = anchor(edited, t);
    expect(textAt(edited, a)).toBe('hiding the true cost of the subsidy');
  });

  it('finds a quote whose own words were edited', () => {
    const t = noteOn(
      ARTICLE,
      'Households are driving more, not less, and freight volumes hit a record in March',
    );
    const edited = ARTICLE.replace('freight volumes hit a record', 'freight volume reached a record');
    expect(textAt(edited, anchor(edited, t))).toBe(
      'Households are driving more, not less, and freight volume reached a record in March',
    );
  });

  it('returns null when the passage was removed', () => {
    const quote = 'Supporters of the plan point to the last time prices were capped, in 2011';
    const t = noteOn(ARTICLE, quote);
    const removed = ARTICLE.replace(/Supporters of the plan[^\n]*\n\n/, '');
    expect(anchor(removed, t)).toBeNull();
  });

  it('does not put a short quote on an unrelated copy when its passage is gone', () => {
    const t = noteOn(ARTICLE, 'in the spring');
    const removed = `${ARTICLE.replace(/Independent analysts[^\n]*\n\n/, '')}\n\nFlowers bloom in the spring as they always have.`;
    expect(anchor(removed, t)).toBeNull();
  });

  it('finds an edited short quote even though an exact copy exists elsewhere', () => {
    const t = noteOn(ARTICLE, '12 percent');
    const edited = `${ARTICLE.replace('fall by 12 percent', 'fall by 13 percent')}\n\nUnemployment stood at 12 percent in a separate report.`;
    expect(textAt(edited, anchor(edited, t))).toBe('13 percent');
    expect(anchor(edited, t)?.start).toBe(find(edited, '13 percent').start);
  });

  it('finds an edited passage that moved far beyond the search window', () => {
    const filler = Array.from(
      { length: 200 },
      (_, i) => `Filler sentence number ${i} about nothing in particular.`,
    ).join(' ');
    const quote = 'Refinery capacity has shrunk by a third since 2019';
    const t = noteOn(ARTICLE, quote);
    const moved = `${filler}\n\n${ARTICLE.replace('shrunk by a third', 'shrunk by one third')}`;
    expect(moved.indexOf('Refinery') - t.position.start).toBeGreaterThan(5000);
    expect(textAt(moved, anchor(moved, t))).toBe('Refinery capacity has shrunk by one third since 2019');
  });

  it('anchorAll follows a shift shared by many passages and keeps results in input order', () => {
    const quotes = [
      'fuel prices would fall',
      'Refinery capacity',
      'true cost of the subsidy',
      'took a decade to close',
    ];
    const targets = quotes.map((q) => noteOn(ARTICLE, q)).reverse();
    const shifted = `${'Late content arrived. '.repeat(400)}\n\n${ARTICLE}`;
    const anchors = anchorAll(shifted, targets);
    expect(anchors.map((a) => textAt(shifted, a))).toEqual([...quotes].reverse());
  });

  it('handles unicode: accents, emoji and CJK', () => {
    const text =
      'Le président a dit: « Nous gagnerons 🎉 » — 我们会赢. Puis il est parti à Bruxelles pour la réunion.';
    const t = describe(text, text.indexOf('Nous'), text.indexOf('»') + 1)!;
    const edited = `Préambule ajouté.\n\n${text}`;
    expect(textAt(edited, anchor(edited, t))).toBe('Nous gagnerons 🎉 »');
    const cjk = describe(text, text.indexOf('我们'), text.indexOf('我们') + 4)!;
    expect(textAt(edited, anchor(edited, cjk))).toBe('我们会赢');
  });

  it('anchors passages spanning several paragraphs', () => {
    const { start } = find(ARTICLE, 'Supporters of the plan');
    const { end } = find(ARTICLE, 'took a decade to close');
    const t = describe(ARTICLE, start, end)!;
    const edited = `Breaking: new figures.\n\n${ARTICLE.replace('in 2011', 'back in 2011')}`;
    const a = anchor(edited, t);
    expect(textAt(edited, a)?.startsWith('Supporters of the plan')).toBe(true);
    expect(textAt(edited, a)?.endsWith('took a decade to close')).toBe(true);
  });

  it('property: every passage of an unchanged text anchors to the same text', () => {
    fc.assert(
      fc.property(fc.nat(ARTICLE.length - 2), fc.integer({ min: 1, max: 200 }), (start, length) => {
        const target = describe(ARTICLE, start, Math.min(ARTICLE.length, start + length));
        fc.pre(target !== null);
        const a = anchor(ARTICLE, target!);
        expect(a).not.toBeNull();
        expect(ARTICLE.slice(a!.start, a!.end)).toBe(target!.quote.exact);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a removed sentence never anchors onto a different sentence', () => {
    const sentences = ARTICLE.split(/(?<=\.)\s+/);
    fc.assert(
      fc.property(fc.nat(sentences.length - 1), (index) => {
        const sentence = sentences[index]!;
        const { start, end } = find(ARTICLE, sentence.trim());
        const target = describe(ARTICLE, start, end)!;
        const without = sentences.filter((_, i) => i !== index).join(' ');
        const a = anchor(without, target);
        // Either an orphan or the same words (a duplicate sentence), never other words.
        if (a) expect(without.slice(a.start, a.end)).toBe(target.quote.exact);
      }),
    );
  });
});
