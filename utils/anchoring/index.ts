/** Note selectors and re-anchoring on plain article text (DOM-free; see utils/content/notes for the page side). */
export { type Anchor, Anchorer, anchor, anchorAll } from './anchor';
export { CONTEXT_LENGTH, describe } from './describe';
