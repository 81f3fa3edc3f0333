/** The in-page notes UI's stylesheet (notes-ui.css) as a minified string, for `adoptStyles`. */
import css from './notes-ui.css?inline';

export const NOTES_CSS: string = css;
