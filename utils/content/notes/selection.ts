/**
 * Which selections can become notes: text the reader selected in the page
 * itself, not in a form field, an editable area, or our own UI.
 */
import { isOwnUi } from '../ui-host';

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True when `node` is inside something the reader types into. */
export function isInEditable(node: Node | null): boolean {
  const el = elementOf(node);
  if (!el) return false;
  if (el.closest(EDITABLE)) return true;
  return (el as HTMLElement).isContentEditable === true;
}

/** The selection's range when it is a page-text selection a note can be made on, else null. */
export function noteableSelection(doc: Document = document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  // A selection inside an input or textarea shows up as the focused field, not as its text.
  const active = doc.activeElement;
  if (active && (isInEditable(active) || isOwnUi(active))) return null;
  const range = selection.getRangeAt(0);
  if (isInEditable(range.startContainer) || isInEditable(range.endContainer)) return null;
  if (isOwnUi(range.commonAncestorContainer)) return null;
  if (!selection.toString().trim()) return null;
  return range;
}
