/**
 * Starts the notes feature in a page and wires its messages: change
 * notifications from the background, the add-note shortcut, the popup's
 * "show this note", and the finding card's "Add note".
 */
import * as v from 'valibot';
import { onMessage } from '../../messaging/protocol';
import { NoteIdSchema, NotesChangedSchema } from '../../messaging/schemas';
import { onAddNoteForFinding } from '../add-note';
import { NotesFeature } from './feature';

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
      const parsed = v.safeParse(NotesChangedSchema, data);
      if (parsed.success) feature.notesChanged(parsed.output.url);
    }),
    onMessage('notes:addFromSelection', () => {
      feature.addNoteFromSelection();
    }),
    onMessage('page:scrollToNote', ({ data }) => {
      const parsed = v.safeParse(NoteIdSchema, data);
      return parsed.success ? feature.scrollToNote(parsed.output) : false;
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
