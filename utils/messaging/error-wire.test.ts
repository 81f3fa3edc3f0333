import { describe, expect, it } from 'vitest';
import { NotesStorageError, QUOTA_MESSAGE } from '../db/errors';
import { deserializeError, serializeError } from './error-wire';

/** What crosses a message is structured-cloned: plain data only. */
const throughMessage = (error: unknown) => deserializeError(structuredClone(serializeError(error)));

describe('errors across a message', () => {
  it('keeps the name, message and simple fields of a storage error', () => {
    const received = throughMessage(new NotesStorageError('quota', QUOTA_MESSAGE, new Error('inner')));
    expect(received).toBeInstanceOf(Error);
    expect(received.message).toBe(QUOTA_MESSAGE);
    expect(received.name).toBe('NotesStorageError');
    expect((received as unknown as { kind: string }).kind).toBe('quota');
  });

  it('turns a thrown string or nothing into an Error with that text', () => {
    expect(throughMessage('no tab').message).toBe('no tab');
    expect(throughMessage(undefined).message).toBe('undefined');
  });

  it('leaves out fields that are not plain values (they could hold cycles)', () => {
    const error = Object.assign(new Error('x'), { self: {} as unknown, code: 7 });
    const received = throughMessage(error) as Error & { self?: unknown; code?: number };
    expect(received.self).toBeUndefined();
    expect(received.code).toBe(7);
  });
});
