import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { findTab } from '@/components/popup/tab';

// The entry script is small: it asks for the tab at once, and the browser
// answers while the rest of the popup (Preact, the database) loads.
performance.mark('rl:script');
const tab = findTab(location.search);
import('@/components/popup/mount').then(({ mountPopup }) => mountPopup(document.getElementById('app')!, tab));
