// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { findMainContent } from './main-content';

const para = (n: number) =>
  `<p>${'This is a sentence of the article, long enough to count as prose for the detector. '.repeat(n)}</p>`;

function load(html: string): Document {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
  return document;
}

describe('findMainContent', () => {
  it('prefers the <article> with the most prose', () => {
    const doc = load(
      `<article id="teaser">${para(1)}</article><main><article id="story">${para(6)}</article></main>`,
    );
    expect(findMainContent(doc)?.id).toBe('story');
  });

  it('passes over teaser cards marked up as <article> when the story itself is not', () => {
    const doc = load(
      `<div id="story">${para(3)}${para(3)}${para(2)}</div>` +
        `<div><article class="card">${para(3)}</article><article class="card">${para(2)}</article></div>`,
    );
    expect(findMainContent(doc)?.id).toBe('story');
  });

  it('trusts a lone <article> even when the page holds more prose elsewhere', () => {
    const doc = load(`<article id="story">${para(4)}</article><div class="discussion">${para(12)}</div>`);
    expect(findMainContent(doc)?.id).toBe('story');
  });

  it('leaves out link lists and link lines inside the article', () => {
    const doc = load(
      `<main>${para(4)}<p><strong>READ MORE:</strong> <a href="/x">Budget explained in 12 charts</a></p>` +
        `<ol><li><a href="/1">Most read story one</a></li><li><a href="/2">Most read story two</a></li></ol></main>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('This is a sentence');
    expect(text).not.toContain('Budget explained');
    expect(text).not.toContain('Most read');
  });

  it('falls back to <main> when there is no article', () => {
    const doc = load(`<nav>${para(1)}</nav><main id="m"><div>${para(5)}</div></main>`);
    expect(findMainContent(doc)?.id).toBe('m');
  });

  it('scores plain div soup by prose and link density', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<p><a href="/${i}">A long link title number ${i} for the nav</a></p>`,
    ).join('');
    const doc = load(
      `<div id="links">${links}</div><div id="wrap"><div id="body">${para(2)}${para(3)}${para(2)}</div></div>`,
    );
    expect(findMainContent(doc)?.id).toBe('body');
  });

  it('keeps every part of an article cut in two by an advertisement', () => {
    const doc = load(
      `<div id="story"><h1>Headline</h1><div class="body-part">${para(2)}${para(3)}${para(2)}</div>` +
        `<div class="ad-slot">Advertisement</div><div class="body-part">${para(3)}${para(2)}${para(2)}</div></div>` +
        `<div class="sidebar">${para(2)}</div>`,
    );
    expect(findMainContent(doc)?.id).toBe('story');
    const { text } = extractArticle(doc);
    expect(text).toContain('Headline');
    expect(text).not.toContain('Advertisement');
  });

  it('does not join a short teaser next to the article', () => {
    const doc = load(
      `<div id="wrap"><div id="body">${para(3)}${para(3)}${para(3)}</div><div>${para(1)}</div></div>`,
    );
    expect(findMainContent(doc)?.id).toBe('body');
  });

  it('reads prose written straight into a div with line breaks', () => {
    const line = 'A sentence of the old blog post, long enough to count as prose, with commas, here. '.repeat(
      2,
    );
    const doc = load(
      `<div id="nav"><a href="/">Home</a></div><div id="post"><div id="text">${line}<br><br>${line}<br><br>${line}</div></div>`,
    );
    expect(findMainContent(doc)?.id).toBe('post');
    expect(extractArticle(doc).text).toContain('old blog post');
  });

  it('finds nothing on a page without prose', () => {
    const doc = load('<div><a href="/">Home</a></div><p>Short.</p>');
    expect(findMainContent(doc)).toBeNull();
    expect(extractArticle(doc)).toMatchObject({ text: '', blocks: [], root: null });
  });
});

const SAMPLE = resolve(__dirname, '../../../shared/corpus/pages/petro-trump-commentary.html');

describe.skipIf(!existsSync(SAMPLE))('extractArticle on the sample page', () => {
  it('yields exactly the <article> text, tweets and caption included', () => {
    const doc = new DOMParser().parseFromString(readFileSync(SAMPLE, 'utf8'), 'text/html');
    const { text, blocks, root } = extractArticle(doc);
    expect(root?.localName).toBe('article');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(text)).toBe(squeeze(doc.querySelector('article')?.textContent ?? ''));
    expect(
      text.startsWith('Petro and Trump: the embrace of the jaguar and the eagle\n\nBy a staff correspondent'),
    ).toBe(true);
    expect(text).toContain('— Gustavo Petro (@petrogustavo) February 3, 2026');
    expect(text).toContain(
      'Colombia can never be truly free as long as its economy is subjugated to the interests of US multinationals / Image: public domain',
    );
    expect(text).not.toMatch(/Comments \(3\)|Most read|All rights reserved|Subscribe/);
    const spanish = blocks.filter((b) => b.lang === 'es').map((b) => text.slice(b.start, b.end));
    expect(spanish).toHaveLength(4);
    expect(spanish[0]).toBe('¿Qué me quiso decir Trump en esta dedicatoria?');
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(5);
    expect(blocks.filter((b) => b.type === 'caption')).toHaveLength(1);
    // Every block is trimmed and separated by exactly one blank line.
    for (const [i, b] of blocks.entries()) {
      expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
      if (i > 0) expect(text.slice((blocks[i - 1] as { end: number }).end, b.start)).toBe('\n\n');
    }
  });
});
