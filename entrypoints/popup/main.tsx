import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { type EarlyAnswers, takeEarlyRead } from '@/components/popup/earlyRead';
import { mountPopup } from '@/components/popup/mount';

/** How long the first render waits for the early reads before it shows the loading state instead. */
const FIRST_RENDER_WAIT_MS = 120;

// The tab and the page's notes were asked for by the early script in <head>
// (entrypoints/popup-early.ts). The first render waits for them: rendering a
// loading state first kept the main thread busy when their answers arrived,
// and the notes then reached the screen a render later.
performance.mark('rl:script');
const { tab, notes } = takeEarlyRead(location.search);
let answered: EarlyAnswers | undefined;
const settled = Promise.all([tab, notes]).then(([t, n]) => {
  answered = { tab: t, notes: n };
});
const waitAtMost = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
Promise.race([settled, waitAtMost]).then(() =>
  mountPopup(document.getElementById('app')!, tab, notes, answered),
);
