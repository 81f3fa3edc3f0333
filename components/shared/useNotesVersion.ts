/**
 * A number that grows whenever notes change, in this page or in any other
 * extension page, popup, tab or the background (Dexie's 'storagemutated'
 * event, broadcast across the origin). Lets a view re-run queries that do not
 * go through liveQuery (see utils/db/browse.ts).
 */
import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useNotesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    Dexie.on('storagemutated', bump);
    return () => Dexie.on.storagemutated.unsubscribe(bump);
  }, []);
  return version;
}
