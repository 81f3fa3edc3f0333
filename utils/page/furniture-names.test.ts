// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { looksLikeFurniture } from './furniture-names';

function el(className: string, id = '', tag = 'div'): Element {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (id) e.id = id;
  return e;
}

describe('looksLikeFurniture', () => {
  it.each([
    'comments-area',
    'sidebar',
    'right-rail',
    'ad-slot',
    'share-tools',
    'sd-sharing-enabled',
    'jp-relatedposts',
    'related-content',
    'sidebar-content',
    'most-read',
    'mostPopular',
    'more-stories',
    'more-from-opinion',
    'read-more-block',
    'trending-box',
    'author-bio',
    'newsletter-signup',
    'comment-body entry-content',
    'OUTBRAIN',
  ])('"%s" is furniture', (className) => {
    expect(looksLikeFurniture(el(className))).toBe(true);
  });

  it.each([
    'entry-content',
    'main-content has-sidebar',
    'post-content sidebar',
    'article-body with-comments',
    'story-body',
    'commentary-body',
    'headline',
    'download-link',
    'more',
    'read-time',
  ])('"%s" is not furniture', (className) => {
    expect(looksLikeFurniture(el(className))).toBe(false);
  });

  it('reads the id as well as the class', () => {
    expect(looksLikeFurniture(el('', 'comments'))).toBe(true);
    expect(looksLikeFurniture(el('', 'main'))).toBe(false);
  });

  it('never calls the page-level containers furniture (they carry state classes)', () => {
    expect(looksLikeFurniture(el('comments-open', '', 'body'))).toBe(false);
    expect(looksLikeFurniture(el('has-ads sidebar-left', '', 'main'))).toBe(false);
  });
});
