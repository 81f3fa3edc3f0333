import { describe, expect, it } from 'vitest';
import { toW3CJson } from '../export/w3c';
import type { Note } from '../notes/model';
import { ImportError } from './errors';
import { parseImportText } from './parse';
import { annotationsIn, parseAnnotations } from './w3c';

const NOW = '2026-11-25T12:00:00.000Z';
const quoteTarget = (source = 'https://example.org/a') => ({
  source,
  selector: [
    {
      type: 'RangeSelector',
      startSelector: { type: 'XPathSelector', value: '/p[1]' },
      endSelector: { type: 'XPathSelector', value: '/p[1]' },
    },
    { type: 'TextPositionSelector', start: 10, end: 20 },
    { type: 'TextQuoteSelector', exact: 'oil exports', prefix: 'the ', suffix: ' fell' },
  ],
});

describe('reading W3C Web Annotations', () => {
  it('reads Hypothesis-style annotations (target[0].selector arrays, text, tags, document title, updated)', async () => {
    const { notes, issues } = await parseAnnotations(
      {
        total: 1,
        rows: [
          {
            id: 'Xyz123',
            created: '2026-02-12T10:00:00.000000+00:00',
            updated: '2026-02-13T10:00:00.000000+00:00',
            uri: 'https://example.org/a?utm_source=feed',
            text: 'Check this.',
            tags: ['oil', 'Oil', ' economy '],
            target: [quoteTarget()],
            document: { title: ['Oil and the election'] },
          },
        ],
      },
      NOW,
    );
    expect(issues).toEqual([]);
    expect(notes).toHaveLength(1);
    const n = notes[0]!;
    expect(n).toMatchObject({
      url: 'https://example.org/a',
      pageTitle: 'Oil and the election',
      body: 'Check this.',
      tags: ['oil', 'economy'],
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'oil exports', prefix: 'the ', suffix: ' fell' },
        position: { type: 'TextPositionSelector', start: 10, end: 20 },
      },
    });
    expect(Date.parse(n.created)).toBe(Date.parse('2026-02-12T10:00:00Z'));
    expect(Date.parse(n.modified)).toBe(Date.parse('2026-02-13T10:00:00Z'));
    // A stable id derived from the foreign one: importing again finds the same note.
    const again = await parseAnnotations(
      { rows: [{ id: 'Xyz123', text: 'x', target: [quoteTarget()] }] },
      NOW,
    );
    expect(again.notes[0]?.id).toBe(n.id);
    expect(n.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('accepts body as a string, an object, an array, a Choice, and bodyValue', async () => {
    const base = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: quoteTarget(),
    };
    const { notes, issues } = await parseAnnotations(
      [
        { ...base, id: 'urn:uuid:11111111-1111-4111-8111-111111111111', bodyValue: 'plain body' },
        { ...base, id: 'http://example.org/anno2', body: 'string body' },
        { ...base, body: { type: 'TextualBody', value: 'object body', format: 'text/html' } },
        {
          ...base,
          motivation: 'tagging',
          body: [
            { type: 'TextualBody', value: 'comment', purpose: 'commenting' },
            { type: 'TextualBody', value: 'tag-a' },
            { type: 'TextualBody', value: 'misleading', purpose: 'assessing' },
            { type: 'TextualBody', value: 'framing/loaded_language', purpose: 'classifying' },
          ],
        },
        {
          ...base,
          body: {
            type: 'Choice',
            items: [
              { type: 'TextualBody', value: 'English' },
              { type: 'TextualBody', value: 'Français' },
            ],
          },
        },
      ],
      NOW,
    );
    expect(issues).toEqual([]);
    expect(notes.map((n) => n.body)).toEqual([
      'plain body',
      'string body',
      'object body',
      'comment',
      'English',
    ]);
    expect(notes[0]?.id).toBe('11111111-1111-4111-8111-111111111111');
    expect(notes[3]).toMatchObject({
      tags: ['tag-a'],
      label: 'misleading',
      finding: { kind: 'framing', label: 'loaded_language' },
    });
    // Missing dates: the import time.
    expect(notes[2]?.created).toBe(NOW);
  });

  it('fills in missing optional pieces: prefix, suffix, position, title', async () => {
    const { notes } = await parseAnnotations(
      [
        {
          type: 'Annotation',
          bodyValue: 'x',
          target: {
            source: 'https://example.org/b',
            selector: { type: 'TextQuoteSelector', exact: 'quoted' },
          },
        },
      ],
      NOW,
    );
    expect(notes[0]).toMatchObject({
      pageTitle: '',
      target: {
        quote: { exact: 'quoted', prefix: '', suffix: '' },
        position: { start: 0, end: 6 },
      },
    });
  });

  it('reads a page-level annotation as a page note', async () => {
    const { notes } = await parseAnnotations(
      [
        { type: 'Annotation', bodyValue: 'about the page', target: 'https://example.org/c' },
        {
          type: 'Annotation',
          bodyValue: 'also',
          target: { id: 'https://example.org/d', type: 'Text', 'dcterms:title': 'D' },
        },
      ],
      NOW,
    );
    expect(notes.map((n) => [n.url, n.pageTitle, n.target])).toEqual([
      ['https://example.org/c', '', undefined],
      ['https://example.org/d', 'D', undefined],
    ]);
  });

  it('names each annotation that cannot become a note, and keeps the others', async () => {
    const good = { type: 'Annotation', bodyValue: 'fine', target: quoteTarget() };
    const items: unknown[] = Array.from({ length: 11 }, () => good);
    items.push(
      { type: 'Annotation', bodyValue: 'x', target: { source: 'https://example.org/a', selector: [] } },
      {
        type: 'Annotation',
        bodyValue: 'x',
        target: { source: 'https://example.org/a', selector: { type: 'CssSelector', value: 'p' } },
      },
      { type: 'Annotation', bodyValue: 'x' },
      { type: 'Annotation', bodyValue: 'x', target: { selector: { type: 'TextQuoteSelector', exact: 'q' } } },
      { type: 'Annotation', target: quoteTarget() },
      {
        type: 'Annotation',
        motivation: 'tagging',
        body: { type: 'TextualBody', value: 't', purpose: 'tagging' },
        target: quoteTarget(),
      },
      { type: 'Person', bodyValue: 'x', target: quoteTarget() },
      { type: 'Annotation', bodyValue: 'x', created: 'last Tuesday', target: quoteTarget() },
      { type: 'Annotation', bodyValue: 42, target: quoteTarget() },
      'a string',
    );
    const { notes, issues } = await parseAnnotations(items, NOW);
    expect(notes).toHaveLength(11);
    expect(issues.map((i) => `${i.where}: ${i.problem}`)).toEqual([
      'annotation 12: target has no selector',
      'annotation 13: target has no TextQuoteSelector with text (only CssSelector)',
      'annotation 14: has no target',
      'annotation 15: target has no source',
      'annotation 16: has no note text (a bare highlight); notes without text are not kept',
      'annotation 17: has tags or a verdict but no note text; notes without text are not kept',
      'annotation 18: has type Person, not Annotation',
      'annotation 19: created is not a date',
      'annotation 20: bodyValue must be a string',
      'annotation 21: is not an object',
    ]);
  });

  it('finds annotations in a collection, a page, an array or alone, and refuses other files', () => {
    const a = { type: 'Annotation' };
    expect(
      annotationsIn({
        type: 'AnnotationCollection',
        total: 1,
        first: { type: 'AnnotationPage', items: [a], next: { type: 'AnnotationPage', items: [a] } },
      }),
    ).toHaveLength(2);
    expect(annotationsIn({ type: 'AnnotationCollection', total: 0 })).toEqual([]);
    expect(annotationsIn({ type: 'AnnotationPage', items: [a] })).toEqual([a]);
    expect(annotationsIn([a, a])).toHaveLength(2);
    expect(annotationsIn(a)).toEqual([a]);
    expect(() =>
      annotationsIn({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' }),
    ).toThrow(ImportError);
    expect(() => annotationsIn({ hello: 'world' })).toThrow(
      /neither a Rhetoric Lens backup nor W3C Web Annotations/,
    );
    expect(() => annotationsIn(42)).toThrow(ImportError);
  });

  it('reads back its own export exactly', async () => {
    const note: Note = {
      id: '0f8c8f5e-3d5b-4b8e-9c1e-2f1b7a1d9e01',
      url: 'https://example.org/a',
      pageTitle: 'T',
      body: 'b',
      tags: ['x', 'y'],
      label: 'false',
      created: '2026-11-25T10:00:00.000Z',
      modified: '2026-11-25T11:00:00.000Z',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'q', prefix: 'p', suffix: 's' },
        position: { type: 'TextPositionSelector', start: 3, end: 4 },
      },
      finding: { kind: 'claim', label: 'reported_claim' },
    };
    const parsed = await parseImportText(toW3CJson([note], { label: 'x', exported: new Date() }));
    expect(parsed.kind).toBe('w3c');
    expect(parsed.notes).toEqual([note]);
  });
});
