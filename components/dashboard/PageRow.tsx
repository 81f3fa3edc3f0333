/** A page's header in the grouped view: its title as a link, its site, and counts (read when it scrolls into view). */
import { notesForUrl } from '@/utils/db';
import { siteOf } from '@/utils/url';
import { labelName } from '../shared/LabelSelect';
import { relativeTime } from '../shared/time';
import { useLiveQuery } from '../shared/useLiveQuery';
import { summarisePage } from './rows';

export interface PageRowProps {
  url: string;
  /** Notes of this page among the current results. */
  matches: number;
  filtered: boolean;
  labels: readonly { id: string; name: string }[];
}

export function PageRow({ url, matches, filtered, labels }: PageRowProps) {
  const notes = useLiveQuery(() => notesForUrl(url), [url]);
  const page = notes.value ? summarisePage(notes.value) : undefined;
  const passageNotes = page ? page.notes - page.pageNotes : 0;
  return (
    <div class="page-row">
      <h3>
        <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
          {page?.title || url}
        </a>
      </h3>
      <p class="page-counts">
        <span>{siteOf(url)}</span>
        {page && (
          <>
            <span>
              {filtered ? `${matches} of ` : ''}
              {page.notes} {page.notes === 1 ? 'note' : 'notes'}
              {page.pageNotes > 0 && ` (${passageNotes} on passages, ${page.pageNotes} about the page)`}
            </span>
            {Object.entries(page.labels).map(([id, n]) => (
              <span key={id} class="chip">
                {labelName(id, labels)}: {n}
              </span>
            ))}
            <span>last edited {relativeTime(page.latest)}</span>
          </>
        )}
      </p>
    </div>
  );
}
