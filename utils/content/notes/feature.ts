/**
 * The notes feature in a page: loads this page's notes from the background,
 * anchors them on the article text, draws them, and runs the "Add note"
 * button, the editor and the hover preview.
 *
 * Anchoring uses a text map of its own (same extraction as the highlighter:
 * main content, or the body when there is none), rebuilt when the page
 * changes; notes that cannot be anchored are orphans: kept, reported to the
 * popup through `orphanIds()`, and tried again whenever the page changes.
 */

import type { EditorState, NotesLayerProps, PreviewState } from '@/components/notes/NotesLayer';
import type { PassageRect } from '@/components/notes/position';
import type { NoteDraft } from '@/components/shared/NoteEditForm';
import { describe } from '../../anchoring/describe';
import { createNote, editNote } from '../../notes/create';
import type { Note, NoteFinding, NoteTarget } from '../../notes/model';
import { browserVisibility } from '../../page/exclusions';
import { findMainContent } from '../../page/main-content';
import {
  buildTextMap,
  buildTextMapInSteps,
  offsetsOfRange,
  rangeOfOffsets,
  type TextMap,
} from '../../page/text-map';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '../../settings';
import { normalizeUrl, siteOf } from '../../url';
import type { FindingForNote } from '../add-note';
import { setNoteUnderPointer } from '../hover-owner';
import { runSliced } from '../idle';
import { type PageWatch, watchPage } from '../page-watch';
import { isOwnUi } from '../ui-host';
import { mountNotesUi, type NotesUiMount } from '../ui-mount';
import {
  anchorViaBackground,
  deleteNoteViaBackground,
  fetchNotes,
  fetchTags,
  saveNoteViaBackground,
} from './client';
import { noteAt } from './hit';
import { NotePainter } from './painter';
import { noteableSelection } from './selection';

const VISIBILITY = { isVisible: browserVisibility };
const HOVER_MS = 150;
const SELECTION_SETTLE_MS = 150;

export interface AnchoredNote {
  note: Note;
  start: number;
  end: number;
  range: Range;
}

/** What the editor is working on. */
type Editing =
  | { kind: 'new'; key: string; target: NoteTarget; range: Range; finding?: NoteFinding }
  | { kind: 'edit'; key: string; note: Note; range: Range | null };

function rectOf(range: Range | null): PassageRect {
  if (!range) return { top: innerHeight / 3, bottom: innerHeight / 3, left: innerWidth / 2 - 190 };
  const rects = range.getClientRects();
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  return { top: first.top, bottom: last.bottom, left: first.left };
}

/** Scrolls a passage into view when it is off screen (a selection made with the keyboard, a far finding). */
function revealPassage(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.bottom > 0 && rect.top < innerHeight) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

export class NotesFeature {
  private url = normalizeUrl(location.href);
  private settings: Settings = DEFAULT_SETTINGS;
  private notes: Note[] = [];
  private anchored: AnchoredNote[] = [];
  private orphans: Note[] = [];
  private map: TextMap | null = null;
  private readonly painter = new NotePainter();
  private ui: NotesUiMount | null = null;
  private tags: string[] = [];
  private editing: Editing | null = null;
  private selectionRange: Range | null = null;
  private hovered: AnchoredNote | null = null;
  private generation = 0;
  private watch: PageWatch | null = null;
  private stopSettings: (() => void) | null = null;
  private active = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private showPreview = false;

  private readonly onSelectionChange = () => {
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => this.selectionSettled(), SELECTION_SETTLE_MS);
  };
  private readonly onPointerMove = (e: PointerEvent) => this.pointerMoved(e.clientX, e.clientY);
  private readonly onClick = (e: MouseEvent) => this.clicked(e);
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Escape closes the editor wherever the focus is (inside it, the form handles it first).
    if (this.editing) this.cancel();
    else if (this.selectionRange) {
      this.selectionRange = null;
      this.render();
    }
  };
  private readonly onViewportChange = () => this.scheduleRender();

  async start(): Promise<void> {
    this.settings = await getSettings();
    this.stopSettings = watchSettings((next) => {
      const wasOff = this.siteDisabled();
      this.settings = next;
      if (this.siteDisabled() && !wasOff) this.deactivate();
      else if (!this.siteDisabled() && wasOff) this.activate();
      else if (this.active) this.render();
    });
    if (!this.siteDisabled()) this.activate();
  }

  destroy(): void {
    this.deactivate();
    this.stopSettings?.();
  }

  private siteDisabled(): boolean {
    return this.settings.disabledSites.includes(siteOf(location.href));
  }

  private activate(): void {
    if (this.active) return;
    this.active = true;
    document.addEventListener('selectionchange', this.onSelectionChange);
    addEventListener('pointermove', this.onPointerMove, { passive: true });
    addEventListener('click', this.onClick, true);
    addEventListener('keydown', this.onKeyDown, true);
    addEventListener('scroll', this.onViewportChange, { passive: true, capture: true });
    addEventListener('resize', this.onViewportChange, { passive: true });
    this.watch = watchPage((reason) => {
      if (reason === 'navigation') void this.navigated();
      else void this.reanchor();
    });
    void this.refresh();
  }

  private deactivate(): void {
    if (!this.active) return;
    this.active = false;
    this.generation++;
    document.removeEventListener('selectionchange', this.onSelectionChange);
    removeEventListener('pointermove', this.onPointerMove);
    removeEventListener('click', this.onClick, true);
    removeEventListener('keydown', this.onKeyDown, true);
    removeEventListener('scroll', this.onViewportChange, true);
    removeEventListener('resize', this.onViewportChange);
    clearTimeout(this.selectionTimer);
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.frame);
    this.watch?.stop();
    this.watch = null;
    setNoteUnderPointer(false);
    this.painter.clear();
    this.ui?.unmount();
    this.ui = null;
    this.anchored = [];
    this.orphans = [];
    this.map = null;
    this.editing = null;
    this.selectionRange = null;
    this.hovered = null;
  }

  // ── loading and anchoring ─────────────────────────────────

  /** Ids of this page's notes whose passage was not found (the popup lists them). */
  orphanIds(): string[] {
    return this.orphans.map((n) => n.id);
  }

  /** Reloads this page's notes (after a change anywhere) and anchors them again. */
  async refresh(): Promise<void> {
    if (!this.active) return;
    const generation = ++this.generation;
    const url = this.url;
    let notes: Note[];
    try {
      notes = await fetchNotes(url);
    } catch (error) {
      console.debug('[Rhetoric Lens] could not load notes', error);
      return;
    }
    if (generation !== this.generation || url !== this.url) return;
    this.notes = notes;
    await this.reanchor();
  }

  /** Called for change messages; `url` is a normalised page URL or '*' (anything). */
  notesChanged(url: string): void {
    if (url === '*' || url === this.url) void this.refresh();
  }

  private async navigated(): Promise<void> {
    const url = normalizeUrl(location.href);
    if (url === this.url) {
      await this.reanchor();
      return;
    }
    this.url = url;
    this.editing = null;
    this.selectionRange = null;
    this.notes = [];
    this.anchored = [];
    this.orphans = [];
    this.painter.paint([]);
    this.render();
    await this.refresh();
  }

  private root(): Element {
    return findMainContent(document, VISIBILITY) ?? document.body;
  }

  /** Maps the article again and anchors every note with a passage on it. */
  private async reanchor(): Promise<void> {
    if (!this.active) return;
    const generation = ++this.generation;
    const withTarget = this.notes.filter((n) => n.target);
    if (withTarget.length === 0) {
      this.anchored = [];
      this.orphans = [];
      this.painter.paint([]);
      this.render();
      return;
    }
    const map = await buildTextMapInSteps(this.root(), VISIBILITY, (step) =>
      runSliced(step, () => generation !== this.generation),
    );
    if (!map || generation !== this.generation) return;
    let anchors: ({ start: number; end: number } | null)[];
    try {
      anchors = await anchorViaBackground(
        map.text,
        withTarget.map((n) => n.target as NoteTarget),
      );
    } catch (error) {
      console.debug('[Rhetoric Lens] could not anchor notes', error);
      return;
    }
    if (generation !== this.generation) return;
    this.map = map;
    const anchored: AnchoredNote[] = [];
    const orphans: Note[] = [];
    withTarget.forEach((note, i) => {
      const anchor = anchors[i];
      const range = anchor ? rangeOfOffsets(map, anchor.start, anchor.end) : null;
      if (anchor && range) anchored.push({ note, start: anchor.start, end: anchor.end, range });
      else orphans.push(note);
    });
    anchored.sort((a, b) => a.start - b.start);
    this.anchored = anchored;
    this.orphans = orphans;
    this.painter.paint(anchored.map((a) => ({ label: a.note.label, range: a.range })));
    if (this.editing?.kind === 'edit') {
      const id = this.editing.note.id;
      this.editing.range = anchored.find((a) => a.note.id === id)?.range ?? this.editing.range;
    }
    this.render();
  }

  /** A fresh text map, for turning a selection into offsets that match the page as it is now. */
  private freshMap(): TextMap {
    this.map = buildTextMap(this.root(), VISIBILITY);
    return this.map;
  }

  // ── starting notes ────────────────────────────────────────

  private selectionSettled(): void {
    if (!this.active || this.editing) return;
    const range = noteableSelection();
    const changed = (range === null) !== (this.selectionRange === null);
    this.selectionRange = range ? range.cloneRange() : null;
    if (changed || range) this.render();
  }

  /** "Add note" (button or keyboard shortcut): starts a note on the current selection. */
  addNoteFromSelection(): boolean {
    if (!this.active) return false;
    const range = noteableSelection() ?? this.selectionRange;
    if (!range) return false;
    const map = this.freshMap();
    const offsets = offsetsOfRange(map, range);
    const target = offsets && describe(map.text, offsets.start, offsets.end);
    if (!target) return false;
    const passage = rangeOfOffsets(map, target.position.start, target.position.end) ?? range.cloneRange();
    this.startNew(target, passage);
    return true;
  }

  /** The finding card's "Add note": a note on that finding's text, remembering the finding. */
  addNoteForFinding(finding: FindingForNote): void {
    if (!this.active) return;
    const map = this.freshMap();
    const offsets = offsetsOfRange(map, finding.range);
    const target = offsets && describe(map.text, offsets.start, offsets.end);
    if (!target) return;
    const passage = rangeOfOffsets(map, target.position.start, target.position.end) ?? finding.range;
    this.startNew(target, passage, { kind: finding.kind, label: finding.label });
  }

  private startNew(target: NoteTarget, range: Range, finding?: NoteFinding): void {
    this.editing = { kind: 'new', key: `new:${Date.now()}`, target, range, finding };
    revealPassage(range);
    this.selectionRange = null;
    this.hovered = null;
    void this.loadTags();
    this.render();
  }

  /** Opens an existing note of this page in the editor. */
  editNote(id: string): boolean {
    const note = this.notes.find((n) => n.id === id);
    if (!note) return false;
    const range = this.anchored.find((a) => a.note.id === id)?.range ?? null;
    this.editing = { kind: 'edit', key: `edit:${id}`, note, range };
    this.hovered = null;
    void this.loadTags();
    this.render();
    return true;
  }

  private async loadTags(): Promise<void> {
    try {
      this.tags = await fetchTags();
      this.render();
    } catch {
      // Suggestions are a convenience: the editor works without them.
    }
  }

  // ── editor actions ────────────────────────────────────────

  private async save(draft: NoteDraft): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const edits = { body: draft.body, tags: draft.tags, label: draft.label };
    const note =
      editing.kind === 'new'
        ? createNote({
            url: location.href,
            pageTitle: document.title,
            target: editing.target,
            finding: editing.finding,
            ...edits,
          })
        : editNote(editing.note, edits);
    // Throws with a message the form shows (e.g. storage full); nothing is closed or lost then.
    const saved = await saveNoteViaBackground(note);
    if (this.editing !== editing) return;
    this.editing = null;
    this.notes = [...this.notes.filter((n) => n.id !== saved.id), saved];
    getSelection()?.removeAllRanges();
    await this.reanchor();
  }

  private async remove(): Promise<void> {
    const editing = this.editing;
    if (editing?.kind !== 'edit') return;
    await deleteNoteViaBackground(editing.note.id);
    this.editing = null;
    this.notes = this.notes.filter((n) => n.id !== editing.note.id);
    await this.reanchor();
  }

  private cancel(): void {
    this.editing = null;
    this.render();
  }

  // ── pointer ───────────────────────────────────────────────

  private pointerMoved(x: number, y: number): void {
    if (this.frame || !this.map || this.anchored.length === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.map) return;
      const hit = noteAt(this.map, this.anchored, x, y);
      setNoteUnderPointer(hit !== null);
      if (hit === this.hovered) return;
      this.hovered = hit;
      this.painter.setActive(hit?.range ?? null);
      clearTimeout(this.hoverTimer);
      this.showPreview = false;
      this.render();
      if (hit) {
        this.hoverTimer = setTimeout(() => {
          this.showPreview = true;
          this.render();
        }, HOVER_MS);
      }
    });
  }

  private clicked(e: MouseEvent): void {
    if (!this.map || this.anchored.length === 0) return;
    if (e.composedPath().some((n) => n instanceof Node && isOwnUi(n))) return;
    // The click that ends a drag-selection is not a click on the note.
    if (getSelection()?.isCollapsed === false) return;
    const hit = noteAt(this.map, this.anchored, e.clientX, e.clientY);
    if (hit) this.editNote(hit.note.id);
  }

  // ── popup requests ────────────────────────────────────────

  /** Scrolls to a note's passage and flashes it; false when it is an orphan or unknown. */
  scrollToNote(id: string): boolean {
    const anchored = this.anchored.find((a) => a.note.id === id);
    if (!anchored) return false;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    anchored.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduce ? 'auto' : 'smooth',
    });
    this.painter.flash(anchored.range);
    return true;
  }

  // ── rendering ─────────────────────────────────────────────

  private scheduleRender(): void {
    if (this.frame || (!this.editing && !this.selectionRange && !this.hovered)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private props(): NotesLayerProps {
    let addButton: NotesLayerProps['addButton'] = null;
    if (this.selectionRange && !this.editing) {
      const rects = this.selectionRange.getClientRects();
      const last = rects[rects.length - 1] ?? this.selectionRange.getBoundingClientRect();
      addButton = {
        x: Math.max(8, Math.min(last.right - 40, innerWidth - 110)),
        y: Math.min(last.bottom + 6, innerHeight - 40),
      };
    }
    let editor: EditorState | null = null;
    const editing = this.editing;
    if (editing?.kind === 'new') {
      editor = {
        key: editing.key,
        anchor: rectOf(editing.range),
        quote: editing.target.quote.exact,
        finding: editing.finding,
        isNew: true,
      };
    } else if (editing?.kind === 'edit') {
      const { note } = editing;
      editor = {
        key: editing.key,
        anchor: rectOf(editing.range),
        quote: note.target?.quote.exact,
        finding: note.finding,
        initial: { body: note.body, tags: note.tags, label: note.label },
        isNew: false,
      };
    }
    let preview: PreviewState | null = null;
    if (this.hovered && this.showPreview && !editing) {
      const { note, range } = this.hovered;
      preview = { anchor: rectOf(range), body: note.body, tags: note.tags, label: note.label };
    }
    return {
      addButton,
      editor,
      preview,
      labels: this.settings.labels,
      tagSuggestions: this.tags,
      onAddNote: () => void this.addNoteFromSelection(),
      onSave: (draft) => this.save(draft),
      onCancel: () => this.cancel(),
      onDelete: () => this.remove(),
    };
  }

  private render(): void {
    if (!this.active) return;
    const props = this.props();
    const visible = props.addButton || props.editor || props.preview;
    if (!visible && !this.ui?.isMounted()) return;
    if (!this.ui?.isMounted()) this.ui = mountNotesUi();
    this.ui.update(props);
  }
}
