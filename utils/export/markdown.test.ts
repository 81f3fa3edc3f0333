import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageFinding } from '../messaging/protocol';
import type { Note } from '../notes/model';
import { DEFAULT_SETTINGS } from '../settings';
import { toMarkdown } from './markdown';
import { blockQuote, escapeBlock, escapeInline, obsidianTag, paragraphs } from './markdown-text';
import { text } from './testing/notes';

const URL_A = 'https://example.org/petro-trump';
const note = (over: Partial<Note>): Note => ({
  id: crypto.randomUUID(),
  url: URL_A,
  pageTitle: 'Petro and Trump: the embrace',
  body: 'A note.',
  tags: [],
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T10:00:00.000Z',
  ...over,
});
const target = (exact: string, start: number) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
});
const exported = new Date('2026-11-25T12:00:00Z');

/** Undoes the backslash escapes, as a Markdown renderer shows the text. */
const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_[\]<>#|~=^$&%+\-.)])/g, '$1');

describe('Markdown export', () => {
  it('writes a page heading with title, URL and date, each note as a quote, its text, label and tags', () => {
    const md = toMarkdown({
      notes: [
        note({
          body: 'Which poll?',
          target: target('85 percent of Colombians', 50),
          tags: ['economy', 'needs follow up'],
          label: 'needs-source',
          finding: { kind: 'figure', label: 'percent' },
        }),
        note({ body: 'Overall one-sided.', created: '2026-11-24T09:00:00.000Z' }),
      ],
      settings: DEFAULT_SETTINGS,
      exported,
    });
    expect(md).toContain('# Petro and Trump: the embrace\n');
    expect(md).toContain(`<${URL_A}> · notes from 2026-11-24 to 2026-11-25`);
    expect(md).toContain(
      '> 85 percent of Colombians\n\nWhich poll?\n\n**Needs a source** · #economy #needs-follow-up',
    );
    expect(md).toContain('*on a figure finding: percent*');
    // The page note comes first and has no block quote.
    expect(md.indexOf('*Page note*\n\nOverall one-sided.')).toBeLessThan(md.indexOf('> 85 percent'));
    expect(md.startsWith('---\nexported: 2026-11-25T12:00:00.000Z\n')).toBe(true);
  });

  it('groups several pages under one title, in the order their notes were made', () => {
    const md = toMarkdown({
      notes: [
        note({ url: 'https://b.example/x', pageTitle: 'Second page', created: '2026-11-25T11:00:00.000Z' }),
        note({ pageTitle: 'First page' }),
      ],
      exported,
    });
    expect(md).toContain('# Rhetoric Lens notes');
    expect(md.indexOf('## First page')).toBeGreaterThan(0);
    expect(md.indexOf('## First page')).toBeLessThan(md.indexOf('## Second page'));
  });

  it('adds the reading report with findings grouped by kind', () => {
    const findings: PageFinding[] = [
      {
        kind: 'framing',
        label: 'loaded_language',
        text: 'embrace',
        explanation: 'Emotive word.',
        score: 0.8,
      },
      { kind: 'claim', label: 'claim', text: 'Oil exports fell', explanation: 'Checkable.', score: 0.7 },
      { kind: 'framing', label: 'name_calling', text: 'traitor', explanation: 'A label.', score: 0.9 },
    ];
    const md = toMarkdown({ notes: [note({})], findings: new Map([[URL_A, findings]]), exported });
    expect(md).toContain('### Reading report');
    expect(md).toContain('#### Claims (1)\n\n- “Oil exports fell” (*claim*, score 0.70) — Checkable.');
    expect(md).toContain('#### Framing (2)');
    expect(md).not.toContain('#### Figures');
    expect(md.indexOf('#### Claims')).toBeLessThan(md.indexOf('#### Framing'));
  });

  it('keeps a hostile note from breaking the structure', () => {
    const body =
      '# Not a heading\n- not a list\n1. not a list\n> not a quote\n    not code\n[[Wiki]] #tag %%hidden%% ==mark== <script>x</script> $x$ | a |';
    const md = toMarkdown({ notes: [note({ body, target: target('## quoted\n---', 0) })], exported });
    const lines = md.split('\n');
    // Only the document's own headings start with #.
    expect(lines.filter((l) => l.startsWith('#'))).toEqual(['# Petro and Trump: the embrace']);
    expect(md).toContain('\\# Not a heading\n\\- not a list\n1\\. not a list\n\\> not a quote\nnot code');
    expect(md).toContain(
      '\\[\\[Wiki\\]\\] \\#tag \\%\\%hidden\\%\\% \\=\\=mark\\=\\= \\<script\\>x\\</script\\> \\$x\\$ \\| a \\|',
    );
    expect(md).toContain('> \\#\\# quoted\n> \\---');
    expect(md).not.toMatch(/<script>/);
  });

  it('sanitises tags into valid Obsidian tags', () => {
    expect(obsidianTag('needs follow up')).toBe('needs-follow-up');
    expect(obsidianTag('#Économie')).toBe('Économie');
    expect(obsidianTag('2026')).toBe('_2026');
    expect(obsidianTag('a/b//c/')).toBe('a/b/c');
    expect(obsidianTag('what?!')).toBe('what');
    expect(obsidianTag('🙂')).toBe('');
    fc.assert(
      fc.property(text(), (t) => {
        const tag = obsidianTag(t);
        if (tag) expect(tag).toMatch(/^[\p{L}\p{M}\p{N}_\-/]+$/u);
        if (tag) expect(tag).not.toMatch(/^[\p{N}/]+$/u);
      }),
    );
  });

  it('escaping loses no text and never opens a block (property)', () => {
    fc.assert(
      fc.property(text({ min: 1 }), (t) => {
        const lines = escapeBlock(t);
        const original = t
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''));
        expect(lines.map(unescapeMarkdown)).toEqual(original);
        for (const line of lines) expect(line).not.toMatch(/^([#>=+-]|\d+[.)]|`{3}|~{3})/);
        for (const line of blockQuote(t).split('\n')) expect(line).toMatch(/^>( |$)/);
        expect(unescapeMarkdown(escapeInline(t))).toBe(t);
        expect(paragraphs(t)).not.toMatch(/\n{3}/);
      }),
      { numRuns: 300 },
    );
  });
});
