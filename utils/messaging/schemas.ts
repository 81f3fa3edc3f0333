/**
 * Valibot schemas for every message that carries data between contexts. Both
 * sides validate: the sender before sending (a bug shows up where it is made)
 * and the receiver before acting (a message is never trusted). The background
 * also validates notes before they reach the database.
 */
import * as v from 'valibot';

/** Generous but finite limits: a 100,000-character note must fit, a runaway page must not. */
export const LIMITS = {
  body: 1_000_000,
  quote: 200_000,
  context: 2_000,
  url: 8_192,
  title: 2_000,
  tag: 100,
  tags: 100,
  label: 100,
  id: 100,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const NoteIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
export const UrlSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.url));

export const NoteTargetSchema = v.pipe(
  v.object({
    quote: v.object({
      type: v.literal('TextQuoteSelector'),
      exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote)),
      prefix: text(LIMITS.context),
      suffix: text(LIMITS.context),
    }),
    position: v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  }),
  v.check((t) => t.position.end > t.position.start, 'A note target must not be empty.'),
);

export const NoteFindingSchema = v.object({
  kind: v.picklist(['claim', 'figure', 'framing']),
  label: text(LIMITS.label),
});

const isoTime = v.pipe(v.string(), v.isoTimestamp());

export const NoteSchema = v.object({
  id: NoteIdSchema,
  url: UrlSchema,
  pageTitle: text(LIMITS.title),
  target: v.optional(NoteTargetSchema),
  body: v.pipe(
    v.string(),
    v.maxLength(LIMITS.body),
    v.check((body) => body.trim().length > 0, 'An empty note is not saved.'),
  ),
  tags: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag))),
    v.maxLength(LIMITS.tags),
  ),
  label: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.label))),
  created: isoTime,
  modified: isoTime,
  finding: v.optional(NoteFindingSchema),
});

export const NoteIdsSchema = v.array(NoteIdSchema);
export const NotesChangedSchema = v.object({ url: UrlSchema });
export const StringListSchema = v.array(v.string());

/** Parses `data` with `schema`, throwing an Error whose message names the first problem. */
export function parseOrThrow<const S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`Invalid ${what}${path ? ` (${path})` : ''}: ${issue.message}`);
}
