/**
 * Subscribes a component to a Dexie live query: the result is re-read whenever
 * the tables it touched change, in this page or in any other tab, popup or
 * dashboard of the extension (Dexie broadcasts changes across the origin).
 *
 * Dexie is imported when the first query subscribes, so a page can paint
 * before it has loaded (the popup); where Dexie is already loaded (the
 * dashboard) that import is immediate. A null query subscribes to nothing yet.
 */
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** Undefined until the first result arrives. */
  value: T | undefined;
  error: unknown;
}

export function useLiveQuery<T>(query: (() => Promise<T>) | null, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: undefined });
  // The caller lists what the query depends on.
  useEffect(() => {
    if (!query) return;
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    import('dexie').then(
      ({ liveQuery }) => {
        if (stopped) return;
        subscription = liveQuery(query).subscribe({
          next: (value) => setResult({ value, error: undefined }),
          error: (error) => setResult((previous) => ({ value: previous.value, error })),
        });
      },
      (error) => setResult((previous) => ({ value: previous.value, error })),
    );
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, deps);
  return result;
}
