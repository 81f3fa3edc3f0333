/** Renders the popup with the reads started before it loaded (see ./earlyRead.ts). */
import { render } from 'preact';
import type { PageNotesRead } from './directNotes';
import type { EarlyAnswers } from './earlyRead';
import { startEarly } from './earlyStart';
import { Popup } from './Popup';
import type { TabInfo } from './tab';

export function mountPopup(
  root: HTMLElement,
  tab: Promise<TabInfo | null>,
  directNotes: Promise<PageNotesRead>,
  answered?: EarlyAnswers,
): void {
  render(<Popup early={startEarly(tab, directNotes)} answered={answered} />, root);
}
