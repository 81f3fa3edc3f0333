// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLinkBlock } from './link-blocks';

function parse(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild as Element;
}

describe('isLinkBlock', () => {
  it('finds a list of headlines linking elsewhere', () => {
    const list = parse(
      '<ol><li><a href="/1">Police say 3 people injured in crash</a></li><li><a href="/2">Schools add 45 teachers</a></li></ol>',
    );
    expect(isLinkBlock(list)).toBe(true);
  });

  it('finds a "READ MORE" line', () => {
    expect(
      isLinkBlock(parse('<p><strong>READ MORE:</strong> <a href="/x">City budget explained</a></p>')),
    ).toBe(true);
  });

  it('keeps a paragraph with a link in it, and a list of statements', () => {
    expect(
      isLinkBlock(
        parse(
          '<p>The council approved the garage in March, <a href="/g">records show</a>, without debate.</p>',
        ),
      ),
    ).toBe(false);
    expect(
      isLinkBlock(
        parse('<ul><li>Hours fall from 60 to 42 a week.</li><li>Eastside closes on Sundays.</li></ul>'),
      ),
    ).toBe(false);
  });

  it('keeps a one-item list and text without links', () => {
    expect(isLinkBlock(parse('<ul><li><a href="/1">Only link</a></li></ul>'))).toBe(false);
    expect(isLinkBlock(parse('<p>   </p>'))).toBe(false);
    expect(isLinkBlock(parse('<div><a href="/1">A div is not judged</a></div>'))).toBe(false);
  });
});
