/**
 * Export file names: `rhetoric-lens_<date>_<slug>.<ext>`, e.g.
 * `rhetoric-lens_2026-11-25_petro-and-trump-the-embrace.md`.
 */

const MAX_SLUG = 30;
/** A slug should not end on a word that only makes sense with what follows. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'with',
  'at',
  'by',
  'from',
  'de',
  'la',
  'el',
  'y',
  'le',
  'et',
  'der',
  'die',
  'und',
]);

/** Drops a trailing " | Site name" / " — Site" / " - Site" that many pages append to their title. */
function withoutSiteSuffix(title: string): string {
  const cut = title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '');
  return cut.trim() ? cut : title;
}

export function slugify(text: string, max = MAX_SLUG): string {
  const words = withoutSiteSuffix(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length ? 1 : 0) + word.length;
    if (next > max) {
      if (kept.length === 0) kept.push(word.slice(0, max));
      break;
    }
    kept.push(word);
    length = next;
  }
  while (kept.length > 1 && DANGLING.has(kept.at(-1)!)) kept.pop();
  return kept.join('-');
}

/** A slug for a page: its title, else the last meaningful part of its URL, else its host. */
export function pageSlug(title: string, url: string): string {
  const fromTitle = slugify(title);
  if (fromTitle) return fromTitle;
  try {
    const u = new URL(url);
    const lastSegment =
      u.pathname
        .split('/')
        .filter(Boolean)
        .at(-1)
        ?.replace(/\.\w+$/, '') ?? '';
    return slugify(decodeURIComponent(lastSegment)) || slugify(u.hostname) || 'page';
  } catch {
    return 'page';
  }
}

/** Local calendar date, as the reader would write it. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function exportFileName(date: Date, slug: string, extension: string): string {
  return `rhetoric-lens_${localDate(date)}_${slug || 'notes'}.${extension}`;
}
