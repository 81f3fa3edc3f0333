/**
 * Which in-page card a hover belongs to. A reader's note and a finding can lie
 * on the same words; the note wins (it is the reader's own), so one card opens
 * instead of two side by side. The finding stays reachable from the legend's
 * next/previous and the keyboard shortcuts.
 */
let noteUnderPointer = false;

/** The notes feature says whether the pointer is on one of the reader's notes. */
export function setNoteUnderPointer(on: boolean): void {
  noteUnderPointer = on;
}

export const isNoteUnderPointer = (): boolean => noteUnderPointer;
