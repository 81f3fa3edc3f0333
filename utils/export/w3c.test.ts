/**
 * The W3C Web Annotation Data Model (Recommendation, 23 February 2017) on our
 * JSON-LD output. Every MUST that applies to what the exporter writes is
 * checked by `mustViolations` below, on hand-made notes and on random ones:
 *
 * Annotation (3.1)
 *  A1  @context: 1 or more values, http://www.w3.org/ns/anno.jsonld one of them; a single value is a string.
 *  A2  id: exactly 1 IRI.
 *  A3  type: 1 or more, "Annotation" one of them.
 *  A4  target: 1 or more.
 * External web resources (3.2.1, 3.2.3)
 *  E1  a body/target that is an external web resource has exactly 1 id, an IRI.
 *  E2  textDirection, if present, is ltr, rtl or auto (we write none).
 * Textual body (3.2.4)
 *  T1  exactly 1 value.
 * String body (3.2.5)
 *  S1  bodyValue and body are never both present (we write only body).
 * Lifecycle (3.3.1)
 *  L1  created: at most 1, an xsd:dateTime with the UTC timezone as "Z".
 *  L2  modified: at most 1, an xsd:dateTime with the UTC timezone as "Z".
 * Motivation and purpose (3.3.5)
 *  M1  motivation and purpose values are instances of oa:Motivation (the 13 defined ones).
 * Specific resource (4)
 *  R1  exactly 1 source.
 * Text quote selector (4.2.4)
 *  Q1  exactly 1 type, TextQuoteSelector.
 *  Q2  exactly 1 exact.
 *  Q3  at most 1 prefix and at most 1 suffix.
 * Text position selector (4.2.5)
 *  P1  exactly 1 type, TextPositionSelector.
 *  P2  exactly 1 start, a non-negative integer.
 *  P3  exactly 1 end, a non-negative integer.
 * Annotation collection (5.1)
 *  C1  @context as A1.
 *  C2  id: exactly 1 IRI.
 *  C3  type: 1 or more, "AnnotationCollection" one of them.
 *  C4  label values are strings.
 *  C5  total, if present, a non-negative integer.
 *  C6  a collection with total > 0 has exactly 1 first page.
 * Annotation page (5.2)
 *  G1  an embedded page (ours) does not need @context; a non-embedded one MUST have it (n/a).
 *  G2  id: exactly 1 IRI.
 *  G3  type: 1 or more, "AnnotationPage" one of them.
 *  G4  items: an array of 1 or more annotations.
 *  G5  a page that is not the last links `next` (ours is the only page: n/a, and no `next` is written).
 *  G6  startIndex, if present, a non-negative integer (at most 1).
 *
 * MUSTs about the page text itself (positions counted in code points, text
 * normalised, logical order) cannot be checked on the output alone: the
 * offsets come from the content script (see the known limit in w3c.ts).
 * Selectors, states, styles and agents we do not write (CSS, XPath, range,
 * SVG, fragment, data position, states, choice) have no MUSTs to check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { noteArbitrary } from './testing/notes';
import { collectionViolations, type Json, mustViolations } from './testing/w3c-must';
import { motivationOf, noteToAnnotation, toAnnotationCollection, utcDateTime } from './w3c';

const base: Note = {
  id: '0f8c8f5e-3d5b-4b8e-9c1e-2f1b7a1d9e01',
  url: 'https://example.org/petro-trump',
  pageTitle: 'Petro and Trump',
  body: 'Which poll? <b>No source</b>.',
  tags: ['economy', 'needs follow-up'],
  label: 'needs-source',
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T11:30:00.000Z',
  target: {
    quote: {
      type: 'TextQuoteSelector',
      exact: '85 percent of Colombians',
      prefix: 'according to ',
      suffix: ' support',
    },
    position: { type: 'TextPositionSelector', start: 120, end: 144 },
  },
  finding: { kind: 'figure', label: 'percent' },
};

describe('W3C Web Annotation export', () => {
  it('writes an annotation with the required shape', () => {
    const a = noteToAnnotation(base, true);
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${base.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: base.created,
      modified: base.modified,
      target: {
        type: 'SpecificResource',
        source: base.url,
        'dcterms:title': 'Petro and Trump',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '85 percent of Colombians',
            prefix: 'according to ',
            suffix: ' support',
          },
          { type: 'TextPositionSelector', start: 120, end: 144 },
        ],
      },
    });
    expect(a.body).toEqual([
      {
        type: 'TextualBody',
        value: 'Which poll? <b>No source</b>.',
        format: 'text/plain',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'economy', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'needs follow-up', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'needs-source', format: 'text/plain', purpose: 'assessing' },
      { type: 'TextualBody', value: 'figure/percent', format: 'text/plain', purpose: 'classifying' },
    ]);
    expect(mustViolations(a as unknown as Json, false)).toEqual([]);
  });

  it('chooses the motivation from what the note holds', () => {
    expect(motivationOf(base)).toBe('commenting');
    expect(motivationOf({ ...base, body: '' })).toBe('assessing');
    expect(motivationOf({ ...base, body: '', label: undefined })).toBe('tagging');
    expect(motivationOf({ ...base, body: '', label: undefined, tags: [] })).toBe('highlighting');
  });

  it('targets the page itself for a page note', () => {
    const { target: _t, ...pageNote } = base;
    const a = noteToAnnotation(pageNote);
    expect(a.target).toEqual({
      id: base.url,
      type: 'Text',
      format: 'text/html',
      'dcterms:title': 'Petro and Trump',
    });
    expect(mustViolations(a as unknown as Json, true)).toEqual([]);
  });

  it('writes times in UTC with Z', () => {
    expect(utcDateTime('2026-11-25T12:00:00+02:00')).toBe('2026-11-25T10:00:00.000Z');
    expect(utcDateTime('2026-11-25T10:00:00Z')).toBe('2026-11-25T10:00:00Z');
    const a = noteToAnnotation({ ...base, created: '2026-11-25T12:00:00+02:00' });
    expect(a.created).toBe('2026-11-25T10:00:00.000Z');
  });

  it('wraps notes in an AnnotationCollection with one embedded AnnotationPage', () => {
    const c = toAnnotationCollection([base, { ...base, id: 'a7f0c3c2-7a51-4f63-8c3b-0d4b7a1e2f33' }], {
      label: 'Notes on Petro and Trump',
      exported: new Date('2026-11-25T12:00:00Z'),
    });
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(2);
    expect(c.first?.type).toBe('AnnotationPage');
    expect(c.first?.items).toHaveLength(2);
    expect(c.first?.items[0]).not.toHaveProperty('@context');
    expect(collectionViolations(c as unknown as Json)).toEqual([]);
  });

  it('leaves out the page of an empty collection (a page must hold an annotation)', () => {
    const c = toAnnotationCollection([], { label: 'Nothing', exported: new Date() });
    expect(c.total).toBe(0);
    expect(c).not.toHaveProperty('first');
    expect(collectionViolations(c as unknown as Json)).toEqual([]);
  });

  it('the checker itself catches violations', () => {
    const bad = {
      '@context': ['http://example.org/other'],
      id: 'not an iri',
      type: 'Note',
      created: '2026-11-25T10:00:00+01:00',
      motivation: 'liking',
      bodyValue: 'x',
      body: [{ type: 'TextualBody' }],
      target: {
        source: 'https://example.org',
        selector: [{ type: 'TextPositionSelector', start: -1, end: 1.5 }],
      },
    };
    const found = mustViolations(bad, false).map((v) => v.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'S1', 'L1', 'M1', 'T1', 'P2', 'P3']));
    expect(mustViolations({ id: 'urn:x:1', type: 'Annotation' }, true)).toContain('A4: at least one target');
  });

  it('conforms for any note (property)', () => {
    fc.assert(
      fc.property(fc.array(noteArbitrary, { minLength: 1, maxLength: 5 }), (notes) => {
        const c = toAnnotationCollection(notes, { label: 'x', exported: new Date() });
        // Through JSON, as a file would carry it.
        expect(collectionViolations(JSON.parse(JSON.stringify(c)))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
