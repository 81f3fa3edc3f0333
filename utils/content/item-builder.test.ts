// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/types';
import { buildTextMap } from '../page/text-map';
import { ItemBuilder } from './item-builder';

const figure = (start: number, end: number): Finding => ({
  kind: 'figure',
  label: 'number',
  start,
  end,
  explanation: 'A number.',
  score: 1,
});

describe('ItemBuilder', () => {
  it('turns findings into items in page order, whether they arrive before or after the map', async () => {
    document.body.innerHTML = '<div id="root"><p>One 11 two 22</p><p>three 33 and <b>44</b></p></div>';
    const map = buildTextMap(document.getElementById('root') as HTMLElement);
    const at = (s: string) => map.text.indexOf(s);
    const builder = new ItemBuilder(() => false);
    builder.take([figure(at('11'), at('11') + 2), figure(at('22'), at('22') + 2)]);
    expect(builder.items).toEqual([]);
    expect(await builder.mapped(map)).toBe(true);
    expect(builder.items.map((i) => i.text)).toEqual(['11', '22']);
    // A finding over separators only has no page text and is dropped.
    builder.take([
      figure(at('33'), at('33') + 2),
      figure(at('22') + 2, at('three')),
      figure(at('44'), at('44') + 2),
    ]);
    expect(await builder.finish()).toBe(true);
    expect(builder.items.map((i) => [i.id, i.text, i.range.toString()])).toEqual([
      [0, '11', '11'],
      [1, '22', '22'],
      [2, '33', '33'],
      [3, '44', '44'],
    ]);
  });

  it('converts a long list (in steps of a few hundred) completely and in order', async () => {
    document.body.innerHTML = `<div id="root"><p>${'7 '.repeat(2000)}</p></div>`;
    const map = buildTextMap(document.getElementById('root') as HTMLElement);
    const builder = new ItemBuilder(() => false);
    await builder.mapped(map);
    builder.take(Array.from({ length: 1500 }, (_, i) => figure(i * 2, i * 2 + 1)));
    builder.take(Array.from({ length: 500 }, (_, i) => figure(3000 + i * 2, 3000 + i * 2 + 1)));
    expect(await builder.finish()).toBe(true);
    expect(builder.items).toHaveLength(2000);
    expect(builder.items.every((item, i) => item.id === i && item.start === i * 2)).toBe(true);
  });
});
