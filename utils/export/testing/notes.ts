/**
 * Notes for tests and benchmarks: fast-check arbitraries with the awkward
 * content a reader's notes really contain (emoji, accents, right-to-left
 * text, quotes, commas, tabs, CR/LF, HTML, formula-looking text, very long
 * passages), and a deterministic generator for large sets. Test-only: nothing
 * in the extension imports this file.
 */
import fc from 'fast-check';
import type { Note } from '../../notes/model';
import { normalizeUrl } from '../../url';

const TRICKY = [
  '😀',
  '👩🏽‍💻',
  '🇨🇴',
  'ñ',
  'é',
  'ß',
  'Ø',
  '中文',
  'עברית',
  'العربية',
  '"',
  "'",
  '“',
  '”',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '=SUM(A1:A9)',
  '+1',
  '-2',
  '@cmd',
  '# heading',
  '> quote',
  '- item',
  '1. one',
  '[[wiki]]',
  '%%comment%%',
  '==mark==',
  '$x$',
  '\\',
  '`code`',
  '*em*',
  '_u_',
  '|',
  '&amp;',
  '__proto__',
  '{"a":1}',
  '\u0000',
  '\u2028',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('Petro', 'Trump', 'the', 'oil', '85 percent', '$5 billion', 'said'),
  },
);

/** Text of the kinds above; `long` adds now and then a passage of tens of thousands of characters. */
export const text = (opts: { min?: number; long?: boolean } = {}) => {
  const base = fc.array(piece, { minLength: opts.min ?? 0, maxLength: 12 }).map((parts) => parts.join(''));
  if (!opts.long) return base;
  return fc.oneof(
    { weight: 9, arbitrary: base },
    { weight: 1, arbitrary: base.map((t) => `${t} ${'long text, with "quotes" and\ttabs\n'.repeat(1500)}`) },
  );
};

const nonBlank = (arb: fc.Arbitrary<string>) => arb.filter((t) => t.trim().length > 0);

const iso = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const url = fc
  .tuple(
    fc.constantFrom(
      'https://example.org',
      'https://news.example.com',
      'http://127.0.0.1:8080',
      'https://ñandú.example',
    ),
    fc.array(fc.constantFrom('world', 'americas', 'petro-trump', 'ópinion', '2026', 'a b'), { maxLength: 3 }),
    fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
  )
  .map(([origin, path, id]) => normalizeUrl(`${origin}/${path.join('/')}${id ? `?id=${id}` : ''}`));

const tags = fc.uniqueArray(
  nonBlank(text())
    .map((t) => t.trim().slice(0, 100).trim())
    .filter((t) => t.length > 0),
  { maxLength: 5, selector: (t) => t.toLowerCase() },
);

/** Notes as the database stores them (valid against the note schema, URL normalised, tags trimmed and unique). */
export const noteArbitrary: fc.Arbitrary<Note> = fc
  .record({
    id: fc.uuid(),
    url,
    pageTitle: text().map((t) => t.slice(0, 2000)),
    body: nonBlank(text({ min: 1, long: true })),
    tags,
    label: fc.option(
      nonBlank(text())
        .map((t) => t.slice(0, 100))
        .filter((t) => t.length > 0),
      { nil: undefined },
    ),
    created: iso,
    later: fc.integer({ min: 0, max: 10_000_000_000 }),
    target: fc.option(
      fc.record({
        exact: nonBlank(text({ min: 1 })).map((t) => t.slice(0, 5000)),
        prefix: text().map((t) => t.slice(0, 40)),
        suffix: text().map((t) => t.slice(0, 40)),
        start: fc.integer({ min: 0, max: 2_000_000 }),
      }),
      { nil: undefined },
    ),
    finding: fc.option(
      fc.record({
        kind: fc.constantFrom('claim' as const, 'figure' as const, 'framing' as const),
        label: fc.constantFrom('loaded_language', 'percent', 'claim', 'reported_claim', 'name calling ✓'),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const note: Note = {
      id: r.id,
      url: r.url,
      pageTitle: r.pageTitle,
      body: r.body,
      tags: r.tags,
      created: r.created,
      modified: new Date(Date.parse(r.created) + r.later).toISOString(),
    };
    if (r.label !== undefined) note.label = r.label;
    if (r.target) {
      note.target = {
        quote: {
          type: 'TextQuoteSelector',
          exact: r.target.exact,
          prefix: r.target.prefix,
          suffix: r.target.suffix,
        },
        position: {
          type: 'TextPositionSelector',
          start: r.target.start,
          end: r.target.start + r.target.exact.length,
        },
      };
    }
    if (r.finding) note.finding = r.finding;
    return note;
  });

/** A deterministic, realistic set of `count` notes over `count / 20` pages (benchmarks, large-file tests). */
export function makeNotes(count: number, seed = 1): Note[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const words = [
    'Petro',
    'Trump',
    'oil',
    'said',
    'percent',
    'the',
    'jaguar',
    'eagle',
    'tariffs',
    'Bogotá',
    'claimed',
    '“truth”',
    'billion',
    'never',
    'always',
  ];
  const sentence = (n: number) =>
    Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const page = Math.floor(i / 20);
    const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const exact = sentence(6 + Math.floor(random() * 10));
    const start = Math.floor(random() * 40_000);
    const note: Note = {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      url: `https://news.example.com/2026/article-${page}`,
      pageTitle: `Article ${page}: ${sentence(6)}`,
      body: `${sentence(10 + Math.floor(random() * 30))}, "quoted", tab\there.\nSecond line 👍`,
      tags: i % 3 === 0 ? ['economy', `page-${page}`] : ['politics'],
      created,
      modified: created,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: sentence(6).slice(0, 32),
          suffix: sentence(6).slice(0, 32),
        },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
    };
    if (i % 4 === 0) note.label = 'needs-source';
    if (i % 5 === 0) note.finding = { kind: 'framing', label: 'loaded_language' };
    notes.push(note);
  }
  return notes;
}
