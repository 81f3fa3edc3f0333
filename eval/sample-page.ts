/**
 * Sample page gold evaluation: analyse the article of
 * `pages/petro-trump-commentary.html` and compare findings with the gold
 * labels, per kind: recall of required entries and precision of findings.
 * The text comes from the content script's own extractor
 * (utils/page/extract.ts), so the eval sees what the reader's browser sees.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { analyze, type Block, type Finding, type FindingKind } from '../utils/analysis/index';
import { extractArticle } from '../utils/page/extract';
import { CORPUS_DIR } from './corpus';

const PAGE = join(CORPUS_DIR, 'pages', 'petro-trump-commentary.html');
const GOLD = join(CORPUS_DIR, 'pages', 'petro-trump-commentary.gold.json');

interface GoldEntry {
  text: string;
  required: boolean;
  occurrence?: number;
  type?: string;
  technique?: string;
}

interface Gold {
  figures: GoldEntry[];
  claims: GoldEntry[];
  framing: GoldEntry[];
}

export const MATCH_DEFINITION =
  'A finding matches a gold entry of its kind when it overlaps at least 50% of the gold span\'s characters; a figure also matches when it lies entirely inside the gold span. Gold spans are located by exact text, first occurrence in the article text (not inside a longer word or number) unless "occurrence" says otherwise.';

export interface KindResult {
  kind: FindingKind;
  required: number;
  requiredFound: number;
  findings: number;
  /** Findings that match some gold entry of their kind (required or optional). */
  matchedFindings: number;
  misses: string[];
  falsePositives: string[];
  unlocated: string[];
}

export interface SamplePageResult {
  skipped?: string;
  /** Size of the extracted text the engine analysed. */
  articleChars: number;
  blocks: number;
  /** Findings in text that is not inside the page's `<article>` element. */
  outside: number;
  kinds: KindResult[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * The page's text exactly as the content script would analyse it (same
 * main-content extractor), plus which blocks really lie inside `<article>`:
 * a finding in any other block is "outside the article".
 */
async function pageText(html: string): Promise<{ text: string; blocks: Block[]; insideArticle: boolean[] }> {
  const window = new Window({ url: 'https://example.org/petro-trump-commentary.html' });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const { text, blocks } = extractArticle(doc);
    const article = squash(doc.querySelector('article')?.textContent ?? '');
    const insideArticle = blocks.map((b) => article.includes(squash(text.slice(b.start, b.end))));
    return { text, blocks, insideArticle };
  } finally {
    await window.happyDOM.close();
  }
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The gold span: the n-th occurrence of its text that is not part of a longer
 * word or number ("5 percent" is not the tail of "85 percent").
 */
function locate(text: string, entry: GoldEntry): Span | null {
  let from = 0;
  let seen = 0;
  for (;;) {
    const at = text.indexOf(entry.text, from);
    if (at < 0) return null;
    const end = at + entry.text.length;
    const glued =
      (WORD_CHAR.test(entry.text[0]!) && WORD_CHAR.test(text[at - 1] ?? ' ')) ||
      (WORD_CHAR.test(entry.text.at(-1)!) && WORD_CHAR.test(text[end] ?? ' '));
    if (!glued && ++seen === (entry.occurrence ?? 1)) return { start: at, end };
    from = at + 1;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function matches(kind: FindingKind, finding: Span, gold: Span): boolean {
  if (overlap(finding, gold) >= 0.5 * (gold.end - gold.start)) return true;
  return kind === 'figure' && finding.start >= gold.start && finding.end <= gold.end;
}

export async function evalSamplePage(): Promise<SamplePageResult> {
  if (!existsSync(PAGE) || !existsSync(GOLD)) {
    return { skipped: `sample page not found (${PAGE})`, articleChars: 0, blocks: 0, outside: 0, kinds: [] };
  }
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
  const { text, blocks, insideArticle } = await pageText(readFileSync(PAGE, 'utf8'));
  const findings = analyze({ text, blocks });
  const outside = findings.filter(
    (f) => !blocks.some((b, i) => insideArticle[i] && f.start >= b.start && f.end <= b.end),
  ).length;
  const perKind: [FindingKind, GoldEntry[]][] = [
    ['figure', gold.figures],
    ['claim', gold.claims],
    ['framing', gold.framing],
  ];
  const kinds = perKind.map(([kind, entries]) => scoreKind(kind, entries, text, findings));
  return { articleChars: text.length, blocks: blocks.length, outside, kinds };
}

function scoreKind(kind: FindingKind, entries: GoldEntry[], text: string, all: Finding[]): KindResult {
  const findings = all.filter((f) => f.kind === kind);
  const located = entries.map((e) => ({ entry: e, span: locate(text, e) }));
  const unlocated = located.filter((l) => !l.span).map((l) => l.entry.text);
  const spans = located.filter((l): l is { entry: GoldEntry; span: Span } => l.span !== null);
  const required = entries.filter((e) => e.required);
  const found = spans.filter((l) => l.entry.required && findings.some((f) => matches(kind, f, l.span)));
  const falsePositives = findings.filter((f) => !spans.some((l) => matches(kind, f, l.span)));
  return {
    kind,
    required: required.length,
    requiredFound: found.length,
    findings: findings.length,
    matchedFindings: findings.length - falsePositives.length,
    misses: required.filter((e) => !found.some((l) => l.entry === e)).map((e) => e.text),
    falsePositives: falsePositives.map((f) => `${text.slice(f.start, f.end)} [${f.label} ${f.score}]`),
    unlocated,
  };
}
