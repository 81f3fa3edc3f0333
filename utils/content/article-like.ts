/**
 * Whether a page reads as an article, for the default "analyse automatically
 * on article-like pages" mode. Main content must exist (findMainContent) and
 * either the page says it is an article (Open Graph, schema.org, an
 * `<article>` element) or the content is substantial running prose.
 */
import type { TextMap } from '../page/text-map';

const MIN_WORDS_DECLARED = 80;
const MIN_WORDS = 250;
const MIN_PARAGRAPHS = 4;

function declaresArticle(doc: Document, root: Element): boolean {
  if (root.closest('article') || root.querySelector('article')) return true;
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (og === 'article' || og?.startsWith('article')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (
      /"@type"\s*:\s*"(?:News|Opinion|Analysis|Blog|Report|Scholarly)?(?:Article|Posting)"/.test(
        script.textContent ?? '',
      )
    )
      return true;
  }
  return false;
}

export function isArticleLike(doc: Document, map: TextMap): boolean {
  const words = map.text.match(/\S+/g)?.length ?? 0;
  const paragraphs = map.blocks.filter((b) => b.type === 'paragraph' && b.end - b.start >= 80).length;
  if (declaresArticle(doc, map.root)) return words >= MIN_WORDS_DECLARED;
  return words >= MIN_WORDS && paragraphs >= MIN_PARAGRAPHS;
}
