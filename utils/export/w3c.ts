/**
 * W3C Web Annotation (JSON-LD) serialisation of the internal Note model
 * (https://www.w3.org/TR/annotation-model/). The model itself stays a plain
 * record in utils/notes/model.ts; this is only its outward form. The reverse
 * mapping, tolerant of other tools' output, is utils/import/w3c.ts.
 *
 * Mapping:
 * - id: `urn:uuid:<note id>`.
 * - motivation: commenting when the note has text, else assessing when it has
 *   a verdict label, else tagging when it has tags, else highlighting.
 * - body: TextualBody (text/plain) per piece: the note text (purpose
 *   commenting), each tag (tagging), the verdict label (assessing), and the
 *   finding the note was made on (classifying, value "<kind>/<label>").
 * - target: a SpecificResource whose `source` is the page URL, with a
 *   TextQuoteSelector and a TextPositionSelector; page notes (no passage)
 *   target the page itself. The page title rides along as `dcterms:title`
 *   (the prefix is defined by the anno.jsonld context).
 * - created / modified: xsd:dateTime in UTC with "Z", as the model requires.
 *
 * Known limit: TextPositionSelector offsets are the UTF-16 offsets the
 * extension records; the model asks for code points. They differ only when
 * characters outside the Basic Multilingual Plane (emoji) precede the passage
 * in the article text, which an export cannot see. Anchoring relies on the
 * quote selector first, so this only weakens the position hint.
 */
import type { Note } from '../notes/model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const UUID_IRI_PREFIX = 'urn:uuid:';

export type Motivation = 'commenting' | 'highlighting' | 'tagging' | 'assessing' | 'classifying';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: Motivation;
}

export interface W3CTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface W3CTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3CSpecificTarget {
  type: 'SpecificResource';
  source: string;
  'dcterms:title'?: string;
  selector: [W3CTextQuoteSelector, W3CTextPositionSelector];
}

export interface W3CPageTarget {
  id: string;
  type: 'Text';
  format: 'text/html';
  'dcterms:title'?: string;
}

export interface W3CAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  body?: W3CTextualBody[];
  target: W3CSpecificTarget | W3CPageTarget;
}

export interface W3CAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: W3CAnnotation[];
}

export interface W3CAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first?: W3CAnnotationPage;
}

/** The model requires xsd:dateTime with the UTC timezone written as "Z". */
export function utcDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const utc = new Date(ms).toISOString();
  // Keep the stored string when it already is UTC with "Z" (e.g. without milliseconds).
  return /Z$/.test(iso) && Date.parse(iso) === Date.parse(utc) ? iso : utc;
}

export function motivationOf(note: Note): Motivation {
  if (note.body.trim()) return 'commenting';
  if (note.label) return 'assessing';
  if (note.tags.length) return 'tagging';
  return 'highlighting';
}

const textualBody = (value: string, purpose: Motivation): W3CTextualBody => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  purpose,
});

export function noteToAnnotation(note: Note, withContext = false): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (note.body) body.push(textualBody(note.body, 'commenting'));
  for (const tag of note.tags) body.push(textualBody(tag, 'tagging'));
  if (note.label) body.push(textualBody(note.label, 'assessing'));
  if (note.finding) body.push(textualBody(`${note.finding.kind}/${note.finding.label}`, 'classifying'));
  const title = note.pageTitle ? { 'dcterms:title': note.pageTitle } : {};
  const target: W3CSpecificTarget | W3CPageTarget = note.target
    ? {
        type: 'SpecificResource',
        source: note.url,
        ...title,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: note.target.quote.exact,
            prefix: note.target.quote.prefix,
            suffix: note.target.quote.suffix,
          },
          { type: 'TextPositionSelector', start: note.target.position.start, end: note.target.position.end },
        ],
      }
    : { id: note.url, type: 'Text', format: 'text/html', ...title };
  return {
    ...(withContext ? { '@context': ANNO_CONTEXT } : {}),
    id: `${UUID_IRI_PREFIX}${note.id}`,
    type: 'Annotation',
    motivation: motivationOf(note),
    created: utcDateTime(note.created),
    modified: utcDateTime(note.modified),
    ...(body.length ? { body } : {}),
    target,
  };
}

export interface CollectionOptions {
  label: string;
  exported: Date;
  /** Ids for the collection and its page; random UUIDs by default. */
  collectionId?: string;
  pageId?: string;
}

/**
 * A set of notes as an AnnotationCollection with its one embedded
 * AnnotationPage. An empty collection has no `first` page: the model requires
 * a page to hold at least one annotation.
 */
export function toAnnotationCollection(
  notes: readonly Note[],
  opts: CollectionOptions,
): W3CAnnotationCollection {
  const collection: W3CAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: opts.collectionId ?? `${UUID_IRI_PREFIX}${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: opts.label,
    total: notes.length,
    generated: opts.exported.toISOString(),
  };
  if (notes.length > 0) {
    collection.first = {
      id: opts.pageId ?? `${UUID_IRI_PREFIX}${crypto.randomUUID()}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: notes.map((n) => noteToAnnotation(n)),
    };
  }
  return collection;
}

/** Indented for a person to read; compact past this many notes, to keep large files well under the import limit. */
export const PRETTY_UP_TO = 1_000;

export function toW3CJson(notes: readonly Note[], opts: CollectionOptions): string {
  return JSON.stringify(
    toAnnotationCollection(notes, opts),
    null,
    notes.length <= PRETTY_UP_TO ? 2 : undefined,
  );
}
