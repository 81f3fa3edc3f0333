/**
 * Subscribes a component to a Dexie live query: the result is re-read whenever
 * the tables it touched change, in this page or in any other tab, popup or
 * dashboard of the extension (Dexie broadcasts changes across the origin).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** Undefined until the first result arrives. */
  value: T | undefined;
  error: unknown;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: undefined });
  // The caller lists what the query depends on.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: undefined }),
      error: (error) => setResult((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
