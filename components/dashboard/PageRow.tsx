/** A page's header in the grouped view: its title as a link, its site, and counts. */
import { labelName } from '../shared/LabelSelect';
import { relativeTime } from '../shared/time';
import type { PageSummary } from './rows';

export function PageRow({
  page,
  labels,
}: {
  page: PageSummary;
  labels: readonly { id: string; name: string }[];
}) {
  const passageNotes = page.notes - page.pageNotes;
  return (
    <div class="page-row">
      <h3>
        <a href={page.url} target="_blank" rel="noopener noreferrer" title={page.url}>
          {page.title || page.url}
        </a>
      </h3>
      <p class="page-counts">
        <span>{page.site}</span>
        <span>
          {page.notes} {page.notes === 1 ? 'note' : 'notes'}
          {page.pageNotes > 0 && ` (${passageNotes} on passages, ${page.pageNotes} about the page)`}
        </span>
        {Object.entries(page.labels).map(([id, n]) => (
          <span key={id} class="chip">
            {labelName(id, labels)}: {n}
          </span>
        ))}
        <span>last edited {relativeTime(page.latest)}</span>
      </p>
    </div>
  );
}
