/**
 * Escaping for Markdown as Obsidian and CommonMark read it: a reader's note or
 * a quoted passage must come out as the same text, never as a heading, a list,
 * a link, a tag, HTML or a comment that breaks the document around it.
 */

/** Characters with inline meaning: emphasis, code, links and wikilinks, HTML, tags, highlights (==), comments (%%), math ($), tables (|), footnotes (^), entities (&). */
const INLINE = /[\\`*_[\]<>#|~=^$&%]/g;

/** Line starts that open a block: list markers, ordered lists ("1." / "1)"). Headings and quotes are already escaped inline. */
const BLOCK_START = /^([-+])|^(\d+)([.)])/;

export function escapeInline(text: string): string {
  return text.replace(INLINE, '\\$&');
}

/** One line of text (titles, labels): newlines collapsed, then escaped. */
export function escapeLine(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/**
 * Multi-line text: every line escaped, leading indentation dropped (four
 * spaces would start a code block), block markers neutralised. Blank lines are
 * kept as paragraph breaks.
 */
export function escapeBlock(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeInline(line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '')))
    .map((line) =>
      line.replace(BLOCK_START, (_m, marker, digits, punct) =>
        marker ? `\\${marker}` : `${digits}\\${punct}`,
      ),
    );
}

/** A block quote: each line prefixed with "> " (empty lines with ">"). */
export function blockQuote(text: string): string {
  return escapeBlock(text)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** Paragraph text with runs of blank lines collapsed to one. */
export function paragraphs(text: string): string {
  return escapeBlock(text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * An Obsidian tag: letters, digits, "_", "-" and "/" (nesting), no spaces, not
 * only digits. Returns '' when nothing usable is left.
 */
export function obsidianTag(tag: string): string {
  let t = tag
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/+|\/+$/g, '')
    .replace(/-{2,}/g, '-');
  if (t && /^[\p{N}/]+$/u.test(t)) t = `_${t}`;
  return t;
}

/** A URL as an autolink that no character in it can break. */
export function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}
