import { describe, expect, it } from 'vitest';
import { exportFileName, pageSlug, slugify } from './filename';

describe('export file names', () => {
  it('carries the date and the page slug', () => {
    const slug = pageSlug(
      'Petro and Trump: the embrace of the jaguar and the eagle | Commentary',
      'https://x.example/a',
    );
    expect(slug).toBe('petro-and-trump-the-embrace');
    expect(exportFileName(new Date(2026, 10, 25, 23, 59), slug, 'md')).toBe(
      'rhetoric-lens_2026-11-25_petro-and-trump-the-embrace.md',
    );
  });

  it('folds accents, drops punctuation and never ends on a dangling word', () => {
    expect(slugify('¿Qué pasó en Bogotá? — El País')).toBe('que-paso-en-bogota');
    expect(slugify('A very long title about the economy of')).toBe('a-very-long-title-about');
    expect(slugify('Supercalifragilisticexpialidocious-and-more-words')).toBe(
      'supercalifragilisticexpialidoc',
    );
    expect(slugify('“Fake news”, he said')).toBe('fake-news-he-said');
  });

  it('falls back to the URL when there is no title', () => {
    expect(pageSlug('', 'https://news.example.com/2026/02/oil-deal.html')).toBe('oil-deal');
    expect(pageSlug('', 'https://news.example.com/')).toBe('news-example-com');
    expect(pageSlug('!!!', 'not a url')).toBe('page');
  });
});
