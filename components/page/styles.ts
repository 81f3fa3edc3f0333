/** The in-page UI's stylesheet (page-ui.css) as a minified string, for `adoptStyles`. */
import css from './page-ui.css?inline';

export const PAGE_UI_CSS: string = css;
