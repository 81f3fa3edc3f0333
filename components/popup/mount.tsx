/** Renders the popup with the reads started before it loaded (see ./earlyRead.ts). */
import { render } from 'preact';
import type { PageNotesRead } from './directNotes';
import { startEarly } from './earlyStart';
import { Popup } from './Popup';
import type { TabInfo } from './tab';

export function mountPopup(
  root: HTMLElement,
  tab: Promise<TabInfo | null>,
  directNotes: Promise<PageNotesRead>,
): void {
  render(<Popup early={startEarly(tab, directNotes)} />, root);
}
