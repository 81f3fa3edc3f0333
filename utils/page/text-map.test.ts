// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { UI_HOST_TAG } from './exclusions';
import {
  boundsOfOffsets,
  buildTextMap,
  buildTextMapInSteps,
  offsetsOfRange,
  rangeOfBounds,
  rangeOfOffsets,
} from './text-map';

function mapOf(html: string) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const root = document.getElementById('root') as HTMLElement;
  return buildTextMap(root);
}

describe('boundsOfOffsets', () => {
  it('agrees with a live Range over every pair of offsets, without creating one', () => {
    const map = mapOf(
      '<h2>Title</h2><p>One <b>bold</b><br>two <span>x</span></p><ul><li>a</li><li>b c</li></ul>' +
        '<p> lead  two\n words <i> in </i>x\t y z </p>',
    );
    expect(map.text.endsWith('lead two words in x y z')).toBe(true);
    for (let start = -1; start <= map.text.length + 1; start++) {
      for (let end = start; end <= map.text.length + 2; end++) {
        const range = rangeOfOffsets(map, start, end);
        const bounds = boundsOfOffsets(map, start, end);
        expect(bounds === null).toBe(range === null);
        if (bounds && range) expect(rangeOfBounds(bounds).toString()).toBe(range.toString());
      }
    }
  });
});

describe('buildTextMap', () => {
  it('reports each block with its text as soon as it is complete, in order (mapping in steps)', async () => {
    document.body.innerHTML =
      '<div id="root"><h2>Title</h2><p>One <b>bold</b><br>two</p><div>loose <p>inner</p> tail</div></div>';
    const root = document.getElementById('root') as HTMLElement;
    const heard: [string, number][] = [];
    const map = await buildTextMapInSteps(
      root,
      {},
      async (step) => {
        while (!step()) {
          // one step at a time, as the sliced runner does
        }
        return true;
      },
      (block, text) => heard.push([text, block.start]),
    );
    expect(map).not.toBeNull();
    expect(heard).toEqual(map?.blocks.map((b) => [map.text.slice(b.start, b.end), b.start]));
    expect(heard.map(([t]) => t)).toEqual(['Title', 'One bold\ntwo', 'loose', 'inner', 'tail']);
  });

  it('collapses whitespace as a reader sees it and keeps inline elements inside words', () => {
    const map = mapOf('<p>  Hello,\n   <b>wor</b>ld  and\t<i>you</i> </p>');
    expect(map.text).toBe('Hello, world and you');
    expect(map.blocks).toEqual([{ start: 0, end: 20, type: 'paragraph', lang: undefined }]);
  });

  it('separates blocks with a blank line and turns <br> into a newline', () => {
    const map = mapOf('<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul>');
    expect(map.text).toBe('Title\n\nOne\ntwo\n\na\n\nb');
    expect(map.blocks.map((b) => [map.text.slice(b.start, b.end), b.type])).toEqual([
      ['Title', 'heading'],
      ['One\ntwo', 'paragraph'],
      ['a', 'list-item'],
      ['b', 'list-item'],
    ]);
  });

  it('gives text loose in a container its own block, typed by its nearest block ancestor', () => {
    const map = mapOf(
      '<blockquote><p lang="es">Hola amigos</p>— Someone, 2026</blockquote><figure><figcaption>Cap <span>tion</span></figcaption></figure>',
    );
    expect(map.blocks.map((b) => [map.text.slice(b.start, b.end), b.type, b.lang])).toEqual([
      ['Hola amigos', 'quote', 'es'],
      ['— Someone, 2026', 'quote', undefined],
      ['Cap tion', 'caption', undefined],
    ]);
  });

  it('takes the language from the nearest lang attribute', () => {
    document.documentElement.setAttribute('lang', 'en');
    const map = mapOf('<p>English</p><div lang="fr"><p>Français</p></div>');
    expect(map.blocks.map((b) => b.lang)).toEqual(['en', 'fr']);
    document.documentElement.removeAttribute('lang');
  });

  it('leaves out furniture, code, hidden elements and our own UI host', () => {
    const map = mapOf(
      `<p>Keep this.</p><nav>Menu</nav><aside>Side</aside><pre>code()</pre><p>Run <code>x()</code> now</p>
       <div class="comments">Reader comment</div><div class="ad-slot">Buy</div><p hidden>Hidden</p>
       <p aria-hidden="true">Aria</p><p style="display: none">None</p><form><p>Form</p></form>
       <${UI_HOST_TAG}>Our UI</${UI_HOST_TAG}><script>var a = 1;</script><p>End.</p>`,
    );
    expect(map.text).toBe('Keep this.\n\nRun now\n\nEnd.');
  });

  it('skips elements a visibility predicate rejects', () => {
    document.body.innerHTML = '<div id="root"><p>Shown</p><p class="x">Gone</p></div>';
    const map = buildTextMap(document.getElementById('root') as Element, {
      isVisible: (el) => !el.classList.contains('x'),
    });
    expect(map.text).toBe('Shown');
  });
});

describe('rangeOfOffsets / offsetsOfRange', () => {
  const html = '<p>  The <b>quick</b>\n brown   fox</p><p>jumps <a href="#">over</a> the<br>lazy dog.</p>';

  it('maps every word of the text to a DOM range with the same text, and back', () => {
    const map = mapOf(html);
    for (const m of map.text.matchAll(/\S+/g)) {
      const range = rangeOfOffsets(map, m.index, m.index + m[0].length);
      expect(range?.toString()).toBe(m[0]);
      expect(offsetsOfRange(map, range as Range)).toEqual({ start: m.index, end: m.index + m[0].length });
    }
  });

  it('maps a span across inline elements and collapsed whitespace', () => {
    const map = mapOf(html);
    const start = map.text.indexOf('quick');
    const end = map.text.indexOf('fox') + 3;
    const range = rangeOfOffsets(map, start, end) as Range;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('quick brown fox');
    expect(offsetsOfRange(map, range)).toEqual({ start, end });
  });

  it('snaps offsets on block separators to page characters', () => {
    const map = mapOf(html);
    const sep = map.text.indexOf('\n\n');
    const range = rangeOfOffsets(map, sep, sep + 7) as Range;
    expect(range.toString()).toBe('jumps');
    expect(rangeOfOffsets(map, sep, sep + 2)).toBeNull();
    expect(rangeOfOffsets(map, 5, 5)).toBeNull();
  });

  it('maps ranges whose boundaries sit on elements', () => {
    const map = mapOf(html);
    const second = document.querySelectorAll('p')[1] as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(second);
    const offsets = offsetsOfRange(map, range);
    expect(offsets && map.text.slice(offsets.start, offsets.end)).toBe('jumps over the\nlazy dog.');
    const link = document.querySelector('a') as HTMLElement;
    const around = document.createRange();
    around.selectNode(link);
    const o2 = offsetsOfRange(map, around);
    expect(o2 && map.text.slice(o2.start, o2.end)).toBe('over');
  });

  it('returns null for ranges outside the mapped content', () => {
    const map = mapOf(html);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(offsetsOfRange(map, range)).toBeNull();
  });
});
