import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { readTabNotesDirectly } from '@/components/popup/directNotes';
import { findTab } from '@/components/popup/tab';

// The entry script is small: it asks for the tab and reads the page's notes at
// once, and the browser answers while the rest of the popup (Preact, Dexie) loads.
performance.mark('rl:script');
const tab = findTab(location.search);
const notes = readTabNotesDirectly(tab);
import('@/components/popup/mount').then(({ mountPopup }) =>
  mountPopup(document.getElementById('app')!, tab, notes),
);
