/**
 * The content script: composes the in-page features. Highlighting (analysis,
 * painting, legend, card) lives in utils/content; its stylesheet is declared
 * in the manifest so page CSP cannot block it.
 */
import './style.css';
import { startNotes } from '@/utils/content/notes/start';
import { startHighlighting } from '@/utils/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startHighlighting(ctx);
    startNotes(ctx);
  },
});
