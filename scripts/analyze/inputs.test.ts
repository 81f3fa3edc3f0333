import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToInput, inputKind, readInput, resolveInputs } from './inputs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rl-analyze-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'Second.\r\n\r\nWith CRLF.');
  writeFileSync(
    join(dir, 'a.html'),
    '<html><body><article><p>Hello there, this is the article body.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'notes.pdf'), '%PDF');
  writeFileSync(join(dir, 'sub', 'c.TXT'), 'Third.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputKind', () => {
  it('recognises text and HTML by extension, case-insensitively', () => {
    expect(inputKind('x.txt')).toBe('text');
    expect(inputKind('x.HTM')).toBe('html');
    expect(inputKind('x.pdf')).toBeUndefined();
  });
});

describe('resolveInputs', () => {
  it('expands a directory recursively in sorted order, skipping other types', () => {
    const { files, errors } = resolveInputs([dir]);
    expect(errors).toEqual([]);
    expect(files).toEqual([join(dir, 'a.html'), join(dir, 'b.txt'), join(dir, 'sub', 'c.TXT')]);
  });
  it('reports missing files and unsupported types', () => {
    const { errors } = resolveInputs([join(dir, 'missing.txt'), join(dir, 'notes.pdf')]);
    expect(errors[0]).toMatch(/missing\.txt: no such file or directory/);
    expect(errors[1]).toMatch(/unsupported file type "\.pdf"/);
  });
});

describe('readInput', () => {
  it('keeps text files byte for byte', async () => {
    expect((await readInput(join(dir, 'b.txt'))).text).toBe('Second.\r\n\r\nWith CRLF.');
  });
  it('extracts the article from HTML with blocks', async () => {
    const paragraph =
      '<p>The council met on 4 May 2021 and voted to close the old library, which had served the town for decades.</p>';
    const input = await htmlToInput(
      `<html><body><nav>Home · About</nav><article><h1>Title here</h1>${paragraph.repeat(6)}</article><footer>© 2026</footer></body></html>`,
    );
    expect(input.text).toContain('The council met on 4 May 2021 and voted');
    expect(input.text).not.toContain('© 2026');
    expect(input.blocks?.length).toBeGreaterThan(0);
  });
});
