// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeOfOffsets } from '../page/text-map';
import type { PaintItem } from './renderer';
import { WrapperRenderer } from './wrapper';

describe('WrapperRenderer (fallback without CSS.highlights)', () => {
  it('wraps overlapping findings and removes every trace, keeping the page its own text nodes', () => {
    document.body.innerHTML =
      '<article><p>Turnout rose to <b>85 percent</b> in 2010, a record.</p></article>';
    const article = document.querySelector('article') as HTMLElement;
    const before = article.innerHTML;
    const firstText = article.querySelector('p')?.firstChild;
    const map = buildTextMap(article);
    const at = (s: string) => {
      const start = map.text.indexOf(s);
      return rangeOfOffsets(map, start, start + s.length) as Range;
    };
    const items: PaintItem[] = [
      { kind: 'claim', label: 'claim', range: at('Turnout rose to 85 percent in 2010') },
      { kind: 'figure', label: 'percent', range: at('85 percent') },
      { kind: 'figure', label: 'date', range: at('2010') },
    ];
    const renderer = new WrapperRenderer(document);
    renderer.paint(items);
    const wrappers = [...article.querySelectorAll('rhetoric-lens-mark')];
    expect(
      wrappers.filter((w) => w.getAttribute('data-kind') === 'figure').map((w) => w.textContent),
    ).toEqual(['85 percent', '2010']);
    expect(items.map((i) => i.range.toString())).toEqual([
      'Turnout rose to 85 percent in 2010',
      '85 percent',
      '2010',
    ]);
    expect(article.textContent).toBe('Turnout rose to 85 percent in 2010, a record.');
    renderer.focus(items[1] as PaintItem);
    expect(article.querySelectorAll('[data-focus]').length).toBe(1);
    renderer.clear();
    expect(article.innerHTML).toBe(before);
    expect(article.querySelector('p')?.firstChild).toBe(firstText);
  });
});
