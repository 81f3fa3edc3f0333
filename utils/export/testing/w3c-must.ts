/**
 * Checks the MUSTs of the W3C Web Annotation Data Model that apply to what
 * utils/export/w3c.ts writes (the list, with codes, is in ../w3c.test.ts).
 * Used by the unit tests and by the end-to-end test on downloaded files.
 */
import { ANNO_CONTEXT } from '../w3c';

const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
/** An IRI: a scheme, a colon, and no spaces or characters IRIs exclude. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
/** xsd:dateTime in UTC with "Z". */
const UTC_DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type Json = Record<string, unknown>;
const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
const isNonNegativeInteger = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function contextViolations(ctx: unknown, code: string): string[] {
  const values = asArray(ctx);
  const out: string[] = [];
  if (values.length === 0 || !values.includes(ANNO_CONTEXT))
    out.push(`${code}: anno.jsonld missing from @context`);
  if (values.length === 1 && typeof ctx !== 'string') out.push(`${code}: a single @context must be a string`);
  return out;
}

function selectorViolations(s: Json): string[] {
  const out: string[] = [];
  if (s.type === 'TextQuoteSelector') {
    if (typeof s.exact !== 'string') out.push('Q2: exact must be exactly one string');
    if (Array.isArray(s.prefix) || Array.isArray(s.suffix)) out.push('Q3: at most one prefix/suffix');
  } else if (s.type === 'TextPositionSelector') {
    if (!isNonNegativeInteger(s.start)) out.push('P2: start must be a non-negative integer');
    if (!isNonNegativeInteger(s.end)) out.push('P3: end must be a non-negative integer');
  } else {
    out.push(`Q1/P1: unexpected selector type ${JSON.stringify(s.type)}`);
  }
  return out;
}

/** Every MUST listed above that applies to one annotation; [] when it conforms. */
export function mustViolations(a: Json, embedded: boolean): string[] {
  const out: string[] = [];
  if (!embedded) out.push(...contextViolations(a['@context'], 'A1'));
  if (typeof a.id !== 'string' || !IRI.test(a.id)) out.push('A2: id must be one IRI');
  if (!asArray(a.type).includes('Annotation')) out.push('A3: type must include Annotation');
  const targets = asArray(a.target);
  if (targets.length === 0) out.push('A4: at least one target');
  if ('bodyValue' in a && 'body' in a) out.push('S1: bodyValue and body together');
  for (const key of ['created', 'modified'] as const) {
    if (key in a && (typeof a[key] !== 'string' || !UTC_DATETIME.test(a[key] as string))) {
      out.push(`${key === 'created' ? 'L1' : 'L2'}: ${key} must be one xsd:dateTime in UTC with Z`);
    }
  }
  for (const m of asArray(a.motivation))
    if (!MOTIVATIONS.has(m as string)) out.push(`M1: motivation ${String(m)}`);
  for (const body of asArray(a.body)) {
    if (typeof body === 'string') {
      if (!IRI.test(body)) out.push('E1: a string body must be an IRI');
      continue;
    }
    const b = body as Json;
    if (asArray(b.type).includes('TextualBody')) {
      if (typeof b.value !== 'string') out.push('T1: a TextualBody has exactly one value');
    } else if (typeof b.id !== 'string' || !IRI.test(b.id)) out.push('E1: an external body has one IRI id');
    for (const p of asArray(b.purpose))
      if (!MOTIVATIONS.has(p as string)) out.push(`M1: purpose ${String(p)}`);
    if ('textDirection' in b && !['ltr', 'rtl', 'auto'].includes(b.textDirection as string)) out.push('E2');
  }
  for (const target of targets) {
    if (typeof target === 'string') {
      if (!IRI.test(target)) out.push('E1: a string target must be an IRI');
      continue;
    }
    const t = target as Json;
    if ('source' in t || 'selector' in t) {
      if (typeof t.source !== 'string' || !IRI.test(t.source))
        out.push('R1: a specific resource has exactly one source IRI');
      for (const s of asArray(t.selector)) out.push(...selectorViolations(s as Json));
    } else if (typeof t.id !== 'string' || !IRI.test(t.id)) {
      out.push('E1: an external target has one IRI id');
    }
    if ('textDirection' in t && !['ltr', 'rtl', 'auto'].includes(t.textDirection as string)) out.push('E2');
  }
  return out;
}

export function collectionViolations(c: Json): string[] {
  const out = contextViolations(c['@context'], 'C1');
  if (typeof c.id !== 'string' || !IRI.test(c.id)) out.push('C2: id must be one IRI');
  if (!asArray(c.type).includes('AnnotationCollection'))
    out.push('C3: type must include AnnotationCollection');
  for (const l of asArray(c.label)) if (typeof l !== 'string') out.push('C4: label must be a string');
  if ('total' in c && !isNonNegativeInteger(c.total)) out.push('C5: total must be a non-negative integer');
  if ((c.total as number) > 0) {
    if (!c.first || Array.isArray(c.first)) out.push('C6: exactly one first page');
    const page = c.first as Json;
    if (typeof page.id !== 'string' || !IRI.test(page.id)) out.push('G2: page id must be one IRI');
    if (!asArray(page.type).includes('AnnotationPage')) out.push('G3: type must include AnnotationPage');
    if (!Array.isArray(page.items) || page.items.length === 0)
      out.push('G4: items must hold 1 or more annotations');
    if ('startIndex' in page && !isNonNegativeInteger(page.startIndex)) out.push('G6: startIndex');
    if ('next' in page) out.push('G5: the only page must not point to a next one');
    for (const item of asArray(page.items)) out.push(...mustViolations(item as Json, true));
  }
  return out;
}
