/**
 * Styles of the in-page notes UI, adopted into the shared shadow root (see
 * utils/content/ui-host.ts). Every rule is scoped under `.rl-notes-layer`, so
 * the highlighter's card styles in the same root (e.g. its `.btn`) never win;
 * the shared form pieces (NoteEditForm, TagInput, LabelSelect) bring their
 * class names, styled here for the page context.
 */
export const NOTES_CSS = `
.rl-notes-layer { all: initial; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; }
.rl-notes-layer * { box-sizing: border-box; }
.rl-notes-layer .rl-add-note {
  position: fixed; pointer-events: auto; z-index: 3;
  font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #2a5bd7;
  border: 0; border-radius: 6px; padding: 7px 10px; cursor: pointer;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
}
.rl-notes-layer .rl-add-note:hover { background: #1f48b3; }
.rl-notes-layer .rl-add-note:focus-visible, .rl-notes-layer .rl-note-editor :focus-visible { outline: 2px solid #ffb800; outline-offset: 2px; }
.rl-notes-layer .rl-note-editor, .rl-notes-layer .rl-note-preview {
  position: fixed; pointer-events: auto; z-index: 4; width: min(380px, calc(100vw - 16px));
  background: #fff; color: #1d2330; border: 1px solid #c9d0dc; border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.22); padding: 12px;
}
.rl-notes-layer .rl-note-editor { max-height: min(70vh, 560px); overflow: auto; }
.rl-notes-layer .rl-note-preview { z-index: 2; pointer-events: none; max-height: 260px; overflow: hidden; }
.rl-notes-layer .rl-note-heading { margin: 0 0 6px; font-size: 13px; font-weight: 700; }
.rl-notes-layer .rl-note-quote {
  margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid #c9d0dc; color: #4a5365;
  font-style: italic; max-height: 4.5em; overflow: hidden; white-space: pre-wrap; overflow-wrap: anywhere;
}
.rl-notes-layer .rl-note-finding { margin: 0 0 8px; font-size: 12px; color: #4a5365; }
.rl-notes-layer .rl-note-body { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.rl-notes-layer .rl-note-meta { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 6px; }
.rl-notes-layer .rl-note-badge { font-size: 12px; padding: 1px 7px; border-radius: 10px; background: #eef1f6; border: 1px solid #d5dbe5; }
.rl-notes-layer .rl-note-hint { margin: 6px 0 0; font-size: 12px; color: #5d6678; }
.rl-notes-layer .note-form { display: flex; flex-direction: column; gap: 8px; margin: 0; }
.rl-notes-layer .note-form-row { display: flex; gap: 8px; flex-wrap: wrap; }
.rl-notes-layer .note-form-row > * { flex: 1 1 150px; }
.rl-notes-layer .note-form-buttons, .rl-notes-layer .rl-note-actions { display: flex; gap: 8px; justify-content: flex-end; }
.rl-notes-layer .rl-note-actions { margin-top: 8px; justify-content: flex-start; }
.rl-notes-layer .field { display: flex; flex-direction: column; gap: 3px; font-size: 12px; font-weight: 600; color: #3b4456; }
.rl-notes-layer .field textarea, .rl-notes-layer .field select, .rl-notes-layer .tag-input {
  font: 14px/1.4 system-ui, sans-serif; color: #1d2330; background: #fff;
  border: 1px solid #b8c1d1; border-radius: 6px; padding: 6px 8px; width: 100%;
}
.rl-notes-layer .field textarea { min-height: 96px; max-height: 40vh; resize: vertical; }
.rl-notes-layer .tag-input { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; padding: 4px 6px; }
.rl-notes-layer .tag-input input[type="text"] { flex: 1 1 80px; min-width: 60px; border: 0; outline: none; font: inherit; padding: 2px; background: transparent; color: inherit; }
.rl-notes-layer .chip { display: inline-flex; align-items: center; gap: 2px; font-size: 12px; font-weight: 500; padding: 1px 4px 1px 8px; border-radius: 10px; background: #e6ecf8; }
.rl-notes-layer .chip button { border: 0; background: transparent; cursor: pointer; font-size: 14px; line-height: 1; padding: 0 3px; color: inherit; }
.rl-notes-layer .form-error { margin: 0; color: #b3261e; font-size: 13px; }
.rl-notes-layer .btn { font: 600 13px/1 system-ui, sans-serif; padding: 8px 12px; border-radius: 6px; border: 1px solid #b8c1d1; background: #f5f7fb; color: #1d2330; cursor: pointer; }
.rl-notes-layer .btn:hover:not(:disabled) { background: #e9edf5; }
.rl-notes-layer .btn:disabled { opacity: 0.6; cursor: default; }
.rl-notes-layer .btn-primary { background: #2a5bd7; border-color: #2a5bd7; color: #fff; }
.rl-notes-layer .btn-primary:hover:not(:disabled) { background: #1f48b3; }
.rl-notes-layer .btn-danger { background: #fff; border-color: #c0392b; color: #b3261e; }
.rl-notes-layer .btn-danger:hover:not(:disabled) { background: #fdecea; }
@media (prefers-color-scheme: dark) {
  .rl-notes-layer { color: #e6e9ef; }
  .rl-notes-layer .rl-note-editor, .rl-notes-layer .rl-note-preview { background: #1f232b; color: #e6e9ef; border-color: #3a4150; }
  .rl-notes-layer .rl-note-quote { color: #b8bfcc; border-color: #4a5365; }
  .rl-notes-layer .rl-note-finding, .rl-notes-layer .rl-note-hint { color: #b8bfcc; }
  .rl-notes-layer .rl-note-badge, .rl-notes-layer .chip { background: #2c3340; border-color: #3a4150; }
  .rl-notes-layer .field { color: #c9d0dc; }
  .rl-notes-layer .field textarea, .rl-notes-layer .field select, .rl-notes-layer .tag-input { background: #161a20; color: #e6e9ef; border-color: #4a5365; }
  .rl-notes-layer .btn { background: #2c3340; color: #e6e9ef; border-color: #4a5365; }
  .rl-notes-layer .btn:hover:not(:disabled) { background: #363e4d; }
  .rl-notes-layer .btn-primary { background: #3b6cf0; border-color: #3b6cf0; color: #fff; }
  .rl-notes-layer .btn-danger { background: transparent; color: #ff8a80; border-color: #ff8a80; }
}
@media (prefers-reduced-motion: no-preference) {
  .rl-notes-layer .rl-add-note, .rl-notes-layer .rl-note-editor { animation: rl-note-in 120ms ease-out; }
  @keyframes rl-note-in { from { opacity: 0; transform: translateY(3px); } to { opacity: 1; transform: none; } }
}
`;
