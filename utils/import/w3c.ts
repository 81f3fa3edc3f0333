/**
 * Reading W3C Web Annotations (JSON-LD) into notes: this extension's own
 * export and other tools' output. Tolerated shapes: a single Annotation, an
 * array of them, an AnnotationPage, an AnnotationCollection with embedded
 * pages, Hypothesis-style records (`uri`, `text`, `tags`, `target[0].selector`
 * arrays, `document.title`), `body` as a string, object or array, `bodyValue`,
 * and missing optional pieces (prefix, suffix, position, dates, title).
 *
 * Each annotation that cannot become a note is reported by its number in the
 * file ("annotation 12: target has no selector") and the rest still import.
 */
import * as v from 'valibot';
import type { FindingKind } from '../analysis/types';
import { UUID_IRI_PREFIX } from '../export/w3c';
import type { Note, NoteFinding, NoteTarget } from '../notes/model';
import { ImportError, type ImportIssue } from './errors';
import { MAX_ITEMS } from './limits';
import { isUuid, uuidFromName } from './uuid';
import { checkNote } from './validate';

export interface ParsedAnnotations {
  notes: Note[];
  issues: ImportIssue[];
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x);
const toArray = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const types = (x: Json): string[] => toArray(x.type).filter((t): t is string => typeof t === 'string');
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** The outer shape every annotation must have before its parts are read. */
const AnnotationShape = v.looseObject({
  id: v.optional(v.string('id must be a string')),
  motivation: v.optional(
    v.union([v.string(), v.array(v.string())], 'motivation must be a string or a list of strings'),
  ),
  created: v.optional(v.string('created must be a string')),
  modified: v.optional(v.string('modified must be a string')),
  updated: v.optional(v.string('updated must be a string')),
  bodyValue: v.optional(v.string('bodyValue must be a string')),
  text: v.optional(v.string('text must be a string')),
  tags: v.optional(v.array(v.string(), 'tags must be a list of strings')),
  uri: v.optional(v.string('uri must be a string')),
});

const QuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1)),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});
const PositionSelector = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Finds the annotation objects in any of the accepted containers. */
export function annotationsIn(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) throw new ImportError('The file holds no annotations.');
  const t = types(data);
  if (t.includes('AnnotationCollection')) {
    if (data.total === 0 || data.first === undefined) return [];
    const items: unknown[] = [];
    let page: unknown = data.first;
    for (let pages = 0; page !== undefined; pages++) {
      if (!isObject(page)) {
        throw new ImportError(
          'The collection refers to its pages by address; only pages embedded in the file can be imported.',
        );
      }
      if (!Array.isArray(page.items))
        throw new ImportError(`Annotation page ${pages + 1} has no "items" list.`);
      items.push(...page.items);
      if (items.length > MAX_ITEMS) break;
      page = isObject(page.next) ? page.next : undefined;
    }
    return items;
  }
  if (t.includes('AnnotationPage')) {
    if (!Array.isArray(data.items)) throw new ImportError('The annotation page has no "items" list.');
    return data.items;
  }
  if (Array.isArray(data.rows)) return data.rows; // Hypothesis search API response
  if (t.includes('Annotation') || 'target' in data) return [data];
  throw new ImportError('This file is neither a Rhetoric Lens backup nor W3C Web Annotations.');
}

/** Every selector of a target, including ones nested in `refinedBy`. */
function selectorsOf(target: Json): Json[] {
  const found: Json[] = [];
  const visit = (s: unknown, depth: number) => {
    if (depth > 5) return;
    for (const item of toArray(s)) {
      if (!isObject(item)) continue;
      found.push(item);
      visit(item.refinedBy, depth + 1);
    }
  };
  visit(target.selector, 0);
  return found;
}

interface TargetInfo {
  source: string;
  title?: string;
  target?: NoteTarget;
}

function titleOf(x: Json): string | undefined {
  for (const key of ['dcterms:title', 'dc:title', 'title', 'name']) {
    const value = x[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.length > 0) return first;
  }
  return undefined;
}

function readTarget(annotation: Json): TargetInfo | string {
  const targets = toArray(annotation.target ?? annotation.uri);
  if (targets.length === 0) return 'has no target';
  // Prefer a target that carries a quote; otherwise the first one.
  const withQuote = targets.find(
    (t) => isObject(t) && selectorsOf(t).some((s) => s.type === 'TextQuoteSelector'),
  );
  const chosen = withQuote ?? targets[0];
  if (typeof chosen === 'string') return chosen.trim() ? { source: chosen } : 'target is empty';
  if (!isObject(chosen)) return 'target is neither an address nor an object';

  const sourceObject = isObject(chosen.source) ? chosen.source : undefined;
  const source =
    str(chosen.source) ??
    str(sourceObject?.id) ??
    (chosen.selector === undefined ? str(chosen.id) : undefined) ??
    str(annotation.uri);
  if (!source?.trim()) return 'target has no source';
  // Hypothesis keeps the page title in `document.title`.
  const title =
    titleOf(chosen) ??
    (sourceObject && titleOf(sourceObject)) ??
    (isObject(annotation.document) ? titleOf(annotation.document) : undefined);

  if (chosen.selector === undefined) return { source, title }; // the whole page: a page note
  const selectors = selectorsOf(chosen);
  if (selectors.length === 0) return 'target has no selector';
  const quote = selectors.map((s) => v.safeParse(QuoteSelector, s)).find((r) => r.success)?.output;
  if (!quote) {
    const kinds = [...new Set(selectors.map((s) => str(s.type) ?? 'untyped'))].join(', ');
    return `target has no TextQuoteSelector with text (only ${kinds})`;
  }
  let position: { start: number; end: number } | undefined;
  for (const s of selectors) {
    const r = v.safeParse(PositionSelector, s);
    if (r.success && r.output.end > r.output.start) {
      position = r.output;
      break;
    }
  }
  return {
    source,
    title,
    target: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      // Without a position the quote alone anchors; the hint then points at the start of the text.
      position: {
        type: 'TextPositionSelector',
        start: position?.start ?? 0,
        end: position?.end ?? quote.exact.length,
      },
    },
  };
}

/** The finding a note was made on, as utils/export/w3c.ts writes it: "<kind>/<label>". */
const FINDING = /^(claim|figure|framing)\/([\s\S]{1,100})$/;

interface BodyParts {
  comments: string[];
  tags: string[];
  label?: string;
  finding?: NoteFinding;
}

function readBodies(annotation: Json): BodyParts {
  const parts: BodyParts = { comments: [], tags: [] };
  const motivations = toArray(annotation.motivation).filter((m): m is string => typeof m === 'string');
  const fallbackPurpose = motivations.includes('tagging')
    ? 'tagging'
    : motivations.includes('assessing')
      ? 'assessing'
      : 'commenting';
  const add = (value: string, purposes: string[]) => {
    const purpose = purposes[0] ?? fallbackPurpose;
    if (purpose === 'tagging') parts.tags.push(value);
    else if (purpose === 'assessing' && parts.label === undefined) parts.label = value;
    else if (purpose === 'classifying') {
      const m = FINDING.exec(value);
      if (m && !parts.finding) parts.finding = { kind: m[1] as FindingKind, label: m[2]! };
      else parts.tags.push(value);
    } else parts.comments.push(value);
  };
  if (typeof annotation.bodyValue === 'string') add(annotation.bodyValue, []);
  if (typeof annotation.text === 'string' && annotation.text.trim()) add(annotation.text, ['commenting']);
  for (const tag of toArray(annotation.tags)) if (typeof tag === 'string') add(tag, ['tagging']);
  for (let body of toArray(annotation.body)) {
    if (isObject(body) && types(body).includes('Choice')) body = toArray(body.items)[0];
    if (typeof body === 'string') add(body, []);
    else if (isObject(body)) {
      const purposes = toArray(body.purpose).filter((p): p is string => typeof p === 'string');
      // A textual body carries its text; an external one (e.g. a linked post) is kept as its address.
      const value = str(body.value) ?? str(body.id) ?? str(body.source);
      if (value !== undefined) add(value, purposes);
    }
  }
  return parts;
}

const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp());

/** An ISO time kept as written when valid; other parseable dates normalised; otherwise undefined. */
function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (v.is(IsoTimestamp, value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

async function noteIdFor(annotation: Json, fallbackName: string): Promise<string> {
  const id = str(annotation.id);
  if (id?.startsWith(UUID_IRI_PREFIX) && isUuid(id.slice(UUID_IRI_PREFIX.length)))
    return id.slice(UUID_IRI_PREFIX.length).toLowerCase();
  if (id && isUuid(id)) return id.toLowerCase();
  return uuidFromName(id ?? fallbackName);
}

export async function annotationToNote(
  raw: unknown,
  index: number,
  now: string,
): Promise<{ note: Note } | { issue: ImportIssue }> {
  const where = `annotation ${index + 1}`;
  const fail = (problem: string) => ({ issue: { where, problem } });
  if (!isObject(raw)) return fail('is not an object');
  const shape = v.safeParse(AnnotationShape, raw);
  if (!shape.success) return fail(shape.issues[0].message);
  const t = types(raw);
  if (t.length > 0 && !t.includes('Annotation'))
    return fail(`has type ${t.join(', ').slice(0, 60)}, not Annotation`);

  const target = readTarget(raw);
  if (typeof target === 'string') return fail(target);
  const bodies = readBodies(raw);
  const body = bodies.comments.join('\n\n');
  if (!body.trim()) {
    return fail(
      bodies.tags.length || bodies.label
        ? 'has tags or a verdict but no note text; notes without text are not kept'
        : 'has no note text (a bare highlight); notes without text are not kept',
    );
  }

  const created = isoTime(str(raw.created)) ?? isoTime(str(raw.modified)) ?? isoTime(str(raw.updated)) ?? now;
  const modified = isoTime(str(raw.modified)) ?? isoTime(str(raw.updated)) ?? created;
  if (raw.created !== undefined && isoTime(str(raw.created)) === undefined)
    return fail('created is not a date');

  const candidate: Note = {
    id: await noteIdFor(
      raw,
      `${target.source}\u0000${target.target?.quote.exact ?? ''}\u0000${body}\u0000${created}`,
    ),
    url: target.source,
    pageTitle: target.title ?? '',
    ...(target.target ? { target: target.target } : {}),
    body,
    tags: bodies.tags,
    ...(bodies.label !== undefined ? { label: bodies.label } : {}),
    created,
    modified,
    ...(bodies.finding ? { finding: bodies.finding } : {}),
  };
  const checked = checkNote(candidate, where);
  return checked.ok ? { note: checked.note } : { issue: checked.issue };
}

export async function parseAnnotations(
  data: unknown,
  now = new Date().toISOString(),
): Promise<ParsedAnnotations> {
  const items = annotationsIn(data);
  if (items.length > MAX_ITEMS)
    throw new ImportError(
      `The file holds ${items.length} annotations; at most ${MAX_ITEMS} can be imported at once.`,
    );
  const notes: Note[] = [];
  const issues: ImportIssue[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = await annotationToNote(items[i], i, now);
    if ('note' in result) notes.push(result.note);
    else issues.push(result.issue);
  }
  return { notes, issues };
}
