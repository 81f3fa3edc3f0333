/**
 * Whether a page reads as an article, for the default "analyse automatically
 * on article-like pages" mode. Main content must exist (findMainContent) and
 * either the page says it is an article (Open Graph, schema.org, an
 * `<article>` element) or the content is substantial running prose.
 */
import type { Block } from '../analysis/types';
import type { TextMap } from '../page/text-map';

const MIN_WORDS_DECLARED = 80;
const MIN_WORDS = 250;
const MIN_PARAGRAPHS = 4;

/** True when the page says its main content is an article (markup or metadata). */
export function declaresArticle(doc: Document, root: Element): boolean {
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

/**
 * Running evidence for isArticleLike, fed block by block while the page is
 * mapped. Both counts only grow, so once `enough()` is true it stays true and
 * analysis can start before mapping ends.
 */
export class ArticleEvidence {
  private words = 0;
  private paragraphs = 0;

  constructor(private readonly declared: boolean) {}

  add(block: Block, text: string): void {
    // Once enough, always enough: stop counting.
    if (this.enough()) return;
    this.words += text.match(/\S+/g)?.length ?? 0;
    if (block.type === 'paragraph' && block.end - block.start >= 80) this.paragraphs++;
  }

  enough(): boolean {
    if (this.declared) return this.words >= MIN_WORDS_DECLARED;
    return this.words >= MIN_WORDS && this.paragraphs >= MIN_PARAGRAPHS;
  }
}

export function isArticleLike(doc: Document, map: TextMap): boolean {
  const evidence = new ArticleEvidence(declaresArticle(doc, map.root));
  map.blocks.forEach((block) => {
    evidence.add(block, map.text.slice(block.start, block.end));
  });
  return evidence.enough();
}
