/**
 * Draws anchored notes on the page with the CSS Custom Highlight API, like
 * the findings (utils/highlight/css-highlights.ts) but under names of their
 * own: `rl-note` for notes without a verdict, `rl-note-<label>` per label (so
 * each label has its colour), `rl-note-active` for the note under the pointer
 * and `rl-note-flash` for a note the reader asked to see. The page's DOM is
 * never touched; the colours go in a constructable stylesheet adopted by the
 * document (page CSP cannot block it), rebuilt when the labels change.
 */
import { supportsCssHighlights } from '../../highlight/css-highlights';

export const NOTE_HIGHLIGHT = 'rl-note';
export const ACTIVE_NOTE_HIGHLIGHT = 'rl-note-active';
export const FLASH_NOTE_HIGHLIGHT = 'rl-note-flash';

/** Colours of the default verdict labels (hue, saturation, lightness). */
const LABEL_HUES: Record<string, [number, number, number]> = {
  'needs-source': [30, 100, 50],
  misleading: [280, 80, 60],
  false: [0, 85, 55],
  verified: [135, 65, 42],
  agree: [215, 90, 55],
  disagree: [15, 60, 42],
  question: [180, 80, 38],
};

/** A stable colour for a custom label: its hue comes from a hash of its id. */
export function labelColour(label: string): [number, number, number] {
  const known = LABEL_HUES[label];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < label.length; i++) hash = (Math.imul(hash, 31) + label.charCodeAt(i)) | 0;
  return [Math.abs(hash) % 360, 70, 50];
}

/** The highlight name of a label: an identifier made of its id's safe characters plus a hash (ids are user data). */
export function noteHighlightName(label?: string): string {
  if (!label) return NOTE_HIGHLIGHT;
  const safe = label
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  if (safe === label) return `${NOTE_HIGHLIGHT}-${safe}`;
  let hash = 0;
  for (let i = 0; i < label.length; i++) hash = (Math.imul(hash, 31) + label.charCodeAt(i)) | 0;
  return `${NOTE_HIGHLIGHT}-${safe || 'label'}-${(hash >>> 0).toString(36)}`;
}

function stylesFor(labels: Iterable<string>): string {
  const rules = [
    // A marker-pen tint with a thin solid underline in the label's colour.
    `::highlight(${NOTE_HIGHLIGHT}) { background-color: hsl(95 75% 50% / 0.32); text-decoration: underline solid hsl(100 70% 30%); text-decoration-thickness: 2px; }`,
    `::highlight(${ACTIVE_NOTE_HIGHLIGHT}) { background-color: hsl(95 75% 50% / 0.25); }`,
    `::highlight(${FLASH_NOTE_HIGHLIGHT}) { background-color: hsl(200 100% 55% / 0.55); }`,
  ];
  for (const label of labels) {
    const [h, s, l] = labelColour(label);
    rules.push(
      `::highlight(${noteHighlightName(label)}) { background-color: hsl(${h} ${s}% ${l}% / 0.28); text-decoration: underline solid hsl(${h} ${s}% ${Math.max(25, l - 10)}%); text-decoration-thickness: 2px; }`,
    );
  }
  return rules.join('\n');
}

export interface NotePaintItem {
  label?: string;
  range: Range;
}

export class NotePainter {
  private names = new Set<string>();
  private sheet: CSSStyleSheet | null = null;
  private styledLabels = '';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  readonly supported = supportsCssHighlights();

  /** Replaces every painted note with `items`. */
  paint(items: readonly NotePaintItem[]): void {
    if (!this.supported) return;
    const byName = new Map<string, Range[]>();
    const labels = new Set<string>();
    for (const item of items) {
      if (item.label) labels.add(item.label);
      const name = noteHighlightName(item.label);
      const list = byName.get(name);
      if (list) list.push(item.range);
      else byName.set(name, [item.range]);
    }
    this.style(labels);
    for (const name of this.names) if (!byName.has(name)) CSS.highlights.delete(name);
    for (const [name, ranges] of byName) {
      const highlight = new Highlight(...ranges);
      // Above findings' tints (priorities 1-3), below their focus outline (10).
      highlight.priority = 5;
      CSS.highlights.set(name, highlight);
    }
    this.names = new Set(byName.keys());
  }

  /** Emphasises the note under the pointer (or none). */
  setActive(range: Range | null): void {
    if (!this.supported) return;
    if (!range) CSS.highlights.delete(ACTIVE_NOTE_HIGHLIGHT);
    else {
      const highlight = new Highlight(range);
      highlight.priority = 6;
      CSS.highlights.set(ACTIVE_NOTE_HIGHLIGHT, highlight);
    }
  }

  /** Briefly flashes a note's passage (after scrolling to it). */
  flash(range: Range, ms = 1600): void {
    if (!this.supported) return;
    clearTimeout(this.flashTimer);
    const highlight = new Highlight(range);
    highlight.priority = 11;
    CSS.highlights.set(FLASH_NOTE_HIGHLIGHT, highlight);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_NOTE_HIGHLIGHT), ms);
  }

  clear(): void {
    if (!this.supported) return;
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
    CSS.highlights.delete(ACTIVE_NOTE_HIGHLIGHT);
    CSS.highlights.delete(FLASH_NOTE_HIGHLIGHT);
    clearTimeout(this.flashTimer);
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
      this.styledLabels = '';
    }
  }

  private style(labels: Set<string>): void {
    const key = [...labels].sort().join('\n');
    if (this.sheet && key === this.styledLabels) return;
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(stylesFor(labels));
      this.styledLabels = key;
    } catch {
      // A browser that cannot adopt sheets from a content script: notes are
      // still painted, styled by the defaults the browser gives highlights.
    }
  }
}
