// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isInEditable, noteableSelection } from './selection';

afterEach(() => {
  document.body.innerHTML = '';
  getSelection()?.removeAllRanges();
});

function select(node: Node, start: number, end: number, endNode: Node = node) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

describe('noteableSelection', () => {
  it('accepts page text, also across paragraphs', () => {
    document.body.innerHTML = '<article><p>First paragraph.</p><p>Second paragraph.</p></article>';
    const [a, b] = [...document.querySelectorAll('p')];
    select(a!.firstChild!, 6, 6, b!.firstChild!);
    expect(noteableSelection()?.toString()).toBe('paragraph.Second');
  });

  it('ignores collapsed, blank and editable selections', () => {
    document.body.innerHTML = '<p>Text <span>  </span></p><div contenteditable="true">Editable text</div>';
    const p = document.querySelector('p')!;
    select(p.firstChild!, 1, 1);
    expect(noteableSelection()).toBeNull();
    select(document.querySelector('span')!.firstChild!, 0, 2);
    expect(noteableSelection()).toBeNull();
    const editable = document.querySelector('div')!;
    select(editable.firstChild!, 0, 8);
    expect(noteableSelection()).toBeNull();
    expect(isInEditable(editable.firstChild)).toBe(true);
    expect(isInEditable(p.firstChild)).toBe(false);
  });
});
