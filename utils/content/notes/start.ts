/**
 * Starts the notes feature in a page and wires its messages: change
 * notifications from the background, the add-note shortcut, the popup's
 * "show this note", and the finding card's "Add note".
 */
import { onMessage } from '../../messaging/protocol';
import { onAddNoteForFinding } from '../add-note';
import { NotesFeature } from './feature';
import { isNoteId, isUrl } from './guards';

let current: NotesFeature | null = null;

/** Ids of this page's orphaned notes (for 'page:status'); empty before the feature starts. */
export function noteOrphanIds(): string[] {
  return current?.orphanIds() ?? [];
}

export function startNotes(ctx: { onInvalidated(cb: () => void): void }): NotesFeature {
  const feature = new NotesFeature();
  current = feature;
  const stops = [
    onMessage('notes:changed', ({ data }) => {
      if (data && isUrl(data.url)) feature.notesChanged(data.url);
    }),
    onMessage('notes:addFromSelection', () => {
      feature.addNoteFromSelection();
    }),
    onMessage('page:scrollToNote', ({ data }) => {
      return isNoteId(data) ? feature.scrollToNote(data) : false;
    }),
    onAddNoteForFinding((finding) => feature.addNoteForFinding(finding)),
  ];
  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
    feature.destroy();
    if (current === feature) current = null;
  });
  feature.start().catch((error) => console.debug('[Rhetoric Lens] notes could not start', error));
  return feature;
}
