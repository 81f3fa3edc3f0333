/**
 * Errors across a message, in place of the `serialize-error` package that
 * @webext-core/messaging imports (wxt.config.ts points that import here).
 * Our handlers throw plain errors whose message is written for the reader
 * (see utils/db/errors.ts), so the name, message, stack and simple own fields
 * such as `kind` are all a receiver needs; the package's cycle-safe deep copy
 * of any value costs 2 KB of the content script's 100 KB budget.
 */

type Wire = Record<string, string | number | boolean>;

export function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const wire: Wire = { name: value.name, message: value.message };
  if (value.stack) wire.stack = value.stack;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean')
      wire[key] = field;
  }
  return wire;
}

export function deserializeError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (!value || typeof value !== 'object') return new Error(String(value));
  const { message, ...rest } = value as Wire;
  return Object.assign(new Error(String(message ?? '')), rest);
}
